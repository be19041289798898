"""User-caused errors end the command with one line on stderr and exit code 2."""

from __future__ import annotations

import sys
from typing import NoReturn

USER_ERROR = 2


class UserError(Exception):
    """Something the user can fix: shown as one line, never as a traceback."""


def fail(message: str) -> NoReturn:
    from quizapp.terminal_text import terminal_line

    print(f"quizapp: {terminal_line(message)}", file=sys.stderr)
    raise SystemExit(USER_ERROR)
