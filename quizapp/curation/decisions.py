"""The teacher's decisions on a deck's cards, kept in a file beside the deck.

``DECK.curation.json`` beside ``DECK.yaml``, not inside the deck: regenerating the deck from
its article (`quizapp generate`) rewrites the YAML, and dropped cards are in no deck at all.
Each decision is stored under the id of the card the generator made for a sentence (the
"slot"), with the sentence it was made from, so a regenerated deck finds it again and can tell
when the sentence has changed since.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from quizapp.deck.dump import card_from_dict, card_to_dict
from quizapp.deck.model import AnyCard

__all__ = [
    "FORMAT",
    "Decision",
    "Decisions",
    "DecisionsError",
    "Verdict",
    "decisions_path",
    "load_decisions",
    "save_decisions",
]

FORMAT = "quizapp-curation"
VERSION = 1


class DecisionsError(ValueError):
    """The decisions file cannot be read (one line, without the path)."""


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    EDITED = "edited"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    section: str
    source: str | None  # the sentence the card was made from when it was decided
    card: AnyCard | None = None  # the card as it goes in the deck; None when dropped

    @property
    def keeps(self) -> bool:
        return self.verdict is not Verdict.DROPPED


@dataclass
class Decisions:
    """Decisions by slot id, in the order they were made."""

    by_slot: dict[str, Decision] = field(default_factory=dict)

    def get(self, slot: str) -> Decision | None:
        return self.by_slot.get(slot)

    def set(self, slot: str, decision: Decision) -> None:
        self.by_slot[slot] = decision

    def forget(self, slot: str) -> None:
        self.by_slot.pop(slot, None)

    def __iter__(self) -> Iterator[tuple[str, Decision]]:
        return iter(list(self.by_slot.items()))

    def __len__(self) -> int:
        return len(self.by_slot)

    def to_json(self) -> str:
        cards: dict[str, Any] = {}
        for slot, d in self.by_slot.items():
            entry: dict[str, Any] = {"decision": d.verdict.value, "section": d.section}
            if d.source is not None:
                entry["source"] = d.source
            if d.card is not None:
                entry["card"] = _jsonable(card_to_dict(d.card))
            cards[slot] = entry
        return json.dumps({"format": FORMAT, "version": VERSION, "cards": cards}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Decisions:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DecisionsError(f"not a curation file: {exc}") from None
        if not is_decisions(data):
            raise DecisionsError("not a quizapp curation file")
        if data.get("version") != VERSION:
            raise DecisionsError(f"curation file version {data.get('version')!r} is not known")
        found = cls()
        for slot, entry in data.get("cards", {}).items():
            try:
                verdict = Verdict(entry["decision"])
                card = card_from_dict(entry["card"]) if entry.get("card") else None
                section = str(entry["section"])
            except (KeyError, TypeError, ValueError) as exc:
                raise DecisionsError(f"card {slot!r}: unreadable decision ({exc})") from None
            if verdict is not Verdict.DROPPED and card is None:
                raise DecisionsError(f"card {slot!r}: {verdict.value} without its card")
            found.set(str(slot), Decision(verdict, section, entry.get("source"), card))
        return found


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    # valid_until is a date in the writer's dict; JSON keeps its ISO text.
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


def is_decisions(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def _ours(data: bytes) -> bool:
    """A file quizapp may replace: one of its own curation files."""
    try:
        return is_decisions(json.loads(data))
    except ValueError:
        return False


def decisions_path(deck_path: Path) -> Path:
    """``lakes.yaml`` -> ``lakes.curation.json``, in the same folder."""
    return deck_path.with_name(f"{deck_path.stem}.curation.json")


def load_decisions(deck_path: Path) -> Decisions:
    """The decisions kept for the deck at ``deck_path``; none when there is no file yet.

    DecisionsError (one line) when the file is there but cannot be read.
    """
    from quizapp.userfiles import UserFileError, read_user_file

    path = decisions_path(deck_path)
    if not path.exists() and not path.is_symlink():
        return Decisions()
    try:
        raw = read_user_file(path)
    except UserFileError as exc:
        raise DecisionsError(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DecisionsError("not UTF-8 text") from None
    return Decisions.from_json(text)


def save_decisions(deck_path: Path, decisions: Decisions) -> None:
    """Write the decisions file atomically; only over a curation file of quizapp's own.

    UserFileError (one line) when it may not or cannot be written.
    """
    from quizapp.userfiles import write_user_file

    write_user_file(decisions_path(deck_path), decisions.to_json(), ours=_ours)
