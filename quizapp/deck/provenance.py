"""Find where a card came from in its article: the paragraph around the source sentence."""

from __future__ import annotations

import re
from pathlib import Path


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_paragraph(article: str, sentence: str) -> str | None:
    """The paragraph of ``article`` that contains ``sentence`` (whitespace-insensitive)."""
    needle = _squash(sentence)
    if not needle:
        return None
    blocks = re.split(r"\n\s*\n", article.replace("\r\n", "\n"))
    # Articles come one paragraph per line or as blank-line separated blocks; try lines first.
    for candidate in [*article.splitlines(), *blocks]:
        if needle in _squash(candidate):
            return _squash(candidate)
    return None


def paragraph_from_file(path: str | Path | None, sentence: str | None) -> str | None:
    if not path or not sentence:
        return None
    from quizapp.userfiles import read_user_file

    try:  # only a regular file, and not without end: a pipe or a device would never finish
        text = read_user_file(Path(path)).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return find_paragraph(text, sentence)
