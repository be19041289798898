"""Anki cloze syntax: ``{{c1::answer}}`` or ``{{c1::answer::hint}}``."""

from __future__ import annotations

import re
from dataclasses import dataclass

CLOZE_RE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Deletion:
    number: int
    answer: str
    hint: str | None


def deletions(text: str) -> list[Deletion]:
    return [Deletion(int(m.group(1)), m.group(2), m.group(3)) for m in CLOZE_RE.finditer(text)]


def numbers(text: str) -> list[int]:
    """The distinct cN numbers of a cloze text, in ascending order: one study item each."""
    return sorted({d.number for d in deletions(text)})


def front(text: str, number: int) -> str:
    """The text with deletion ``number`` hidden as ``[...]`` (or ``[hint]``), others shown."""

    def replace(m: re.Match[str]) -> str:
        if int(m.group(1)) == number:
            return f"[{m.group(3)}]" if m.group(3) else "[...]"
        return m.group(2)

    return CLOZE_RE.sub(replace, text)


def back(text: str, number: int, mark: str = "{}") -> str:
    """The full text; the answers of deletion ``number`` are formatted through ``mark``."""

    def replace(m: re.Match[str]) -> str:
        return mark.format(m.group(2)) if int(m.group(1)) == number else m.group(2)

    return CLOZE_RE.sub(replace, text)


def answers(text: str, number: int) -> list[str]:
    return [d.answer for d in deletions(text) if d.number == number]


def plain(text: str) -> str:
    """The sentence with every deletion filled in."""
    return CLOZE_RE.sub(lambda m: m.group(2), text)
