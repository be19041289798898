"""Regular expressions compiled when first used rather than when their module is imported.

The generator's modules define some 200 patterns and one article uses about two thirds of them;
compiling the others cost `quizapp generate` some 30 ms on every run. A pattern made here
compiles on its first use and from then on calls the compiled pattern's methods directly.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

# Looked up on every use: once compiled they are stored on the proxy itself, so a call
# costs what it costs on the pattern (no __getattr__ in between).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only reached for what is not stored yet: the first use, or a rarer attribute.
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = compiled
            for method in _METHODS:
                self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
