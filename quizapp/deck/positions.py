"""Line and column of a place in a deck, counted as an editor counts them.

YAML counts NEL, U+2028 and U+2029 as line breaks, so PyYAML's marks fall one line behind
the editor for each of them; editors break lines only at LF, CRLF and CR. Marks also carry
the character offset, which is mapped here onto the editor's lines.
"""

from __future__ import annotations

import bisect
import re

_YAML_ONLY_BREAKS = re.compile("[\x85\u2028\u2029]")
_EDITOR_BREAKS = re.compile(r"\r\n|\r|\n")


class Positions:
    """``(line, column)``, both 1-based, of character offsets in one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        # With none of YAML's extra breaks in the text its own counting is the editor's.
        self.exact_marks = _YAML_ONLY_BREAKS.search(text) is None

    def of_index(self, index: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _EDITOR_BREAKS.finditer(self.text))]
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1

    def of_mark(self, line: int, column: int, index: int) -> tuple[int, int]:
        """From a YAML mark's 0-based line and column and its offset."""
        return (line + 1, column + 1) if self.exact_marks else self.of_index(index)
