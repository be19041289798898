"""`quizapp generate ARTICLE [options]` run without loading the command-line parser.

Typer, Click and building every command cost about a sixth of a whole `quizapp generate`. The
command lines people type are read here instead: `generate`, the article, and any of
`-o`/`--output FILE`, `--id ID`, `--title TEXT` (also `--name=VALUE`), `--report` and `--force`,
each at most once. Anything else — `--help`, an option before `generate`, an unknown, repeated
or attached (`-oFILE`) option, an empty value or one starting with "-" (but `-o -`), a second
article, a shell-completion request, a path Click would refuse as unreadable — returns None and
goes to the parser, which explains or refuses it. The options mirror the Typer declaration in
quizapp.cli.commands_generate, and tests check that both read a command line alike and that a
run prints and exits as the parser's does.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

__all__ = ["FLAG_OPTIONS", "VALUE_OPTIONS", "generate_call", "run_generate_call"]

# Option -> the parameter of quizapp.cli.generate_run.run_generate it sets.
VALUE_OPTIONS = {"-o": "output", "--output": "output", "--id": "deck_id", "--title": "title"}
FLAG_OPTIONS = {"--report": "report", "--force": "force"}


def _readable(path: str) -> bool:
    """What Click's path type accepts: a path that does not exist, or one that can be read."""
    try:
        os.stat(path)
    except ValueError:
        return False  # a NUL in the path: left to the parser, however it fails
    except OSError:
        return True
    return os.access(path, os.R_OK)


def generate_call(args: Sequence[str], environ: Mapping[str, str]) -> dict[str, Any] | None:
    """The keyword arguments of run_generate for a plain `generate` command line, or None for
    the parser (see the module's docstring)."""
    if not args or args[0] != "generate" or os.name == "nt":
        return None
    if any(k.startswith("_") and k.endswith("_COMPLETE") and v for k, v in environ.items()):
        return None
    db = environ.get("QUIZAPP_DB")  # the parser reads (and checks) it for every command
    if db and not _readable(db):
        return None
    call: dict[str, Any] = {
        "article": None, "output": None, "deck_id": None, "title": None,
        "report": False, "force": False,
    }
    given: set[str] = set()
    rest = list(args[1:])
    while rest:
        word = rest.pop(0)
        name, equals, value = word.partition("=")
        if word in FLAG_OPTIONS:
            key = FLAG_OPTIONS[word]
            if key in given:
                return None
            given.add(key)
            call[key] = True
        elif name in VALUE_OPTIONS and (not equals or name.startswith("--")):
            key = VALUE_OPTIONS[name]
            if key in given:
                return None
            given.add(key)
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
            if not value or (value.startswith("-") and (key, value) != ("output", "-")):
                return None
            call[key] = value
        elif word.startswith("-") or not word or call["article"] is not None:
            return None
        else:
            if not _readable(word):
                return None
            call["article"] = Path(word)
    if call["article"] is None:
        return None
    return call


class _QuietFlush:
    """A stream whose flush ignores a closed pipe, as Click leaves stdout after EPIPE."""

    def __init__(self, wrapped: TextIO) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.wrapped, attr)


def run_generate_call(call: dict[str, Any]) -> None:
    """Run `generate` with exits as the parser's standalone mode gives them: Ctrl+C is status
    130, end of input "Aborted!" and 1, a closed output pipe a quiet 1."""
    import quizapp.generate  # noqa: F401  (loaded here so that the freeze below holds it)
    from quizapp.cli.generate_run import run_generate

    # quizapp.cli.entry turned the collector off for the start-up. What start-up loaded (the
    # generator's modules among it) lives until the process ends: frozen, the collector no
    # longer walks it on each full pass, which would cost a tenth of the generator's time.
    gc.freeze()
    gc.enable()

    try:
        run_generate(**call)
    except EOFError:
        sys.stderr.write("\n")
        sys.stderr.flush()
        sys.stderr.write("Aborted!\n")
        sys.stderr.flush()
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _QuietFlush(sys.stdout)  # type: ignore[assignment]
        sys.stderr = _QuietFlush(sys.stderr)  # type: ignore[assignment]
        sys.exit(1)
