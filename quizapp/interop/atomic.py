"""Replace a file whole: kept for callers that own their target (it replaces whatever is there).

Commands that write a file from another one use ``quizapp.userfiles`` directly, which also
refuses to replace a file quizapp did not write; the writing itself is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quizapp.userfiles import write_user_file


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a fresh temporary file next to ``path``, then move it into place."""
    write_user_file(path, write, force=True)


def write_text_atomically(path: Path, text: str) -> None:
    write_user_file(path, text, force=True)
