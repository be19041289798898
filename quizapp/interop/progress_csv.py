"""Progress as a CSV a teacher opens in a spreadsheet: a row per study item and profile."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.interop.atomic import write_text_atomically

COLUMNS = (
    "profile",
    "deck",
    "section",
    "card",
    "state",
    "reps",
    "lapses",
    "stability (days)",
    "retrievability now",
    "last review (UTC)",
    "due (UTC)",
)


@dataclass(frozen=True)
class ProgressRow:
    """One study item (a card, or one deletion of a cloze card) for one profile."""

    profile: str
    deck: str  # deck id
    section: str  # section id
    card: str  # item key: the card id, with "#cN" for a cloze deletion
    state: str  # new, learning, review, relearning
    reps: int
    lapses: int
    stability: float | None  # days; None before the first review
    retrievability: float | None  # chance of recall now, 0–1; None before the first review
    last_review: datetime | None
    due: datetime | None


def _time(moment: datetime | None) -> str:
    # A space rather than ISO's "T": spreadsheets read it as a date and time.
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def dumps_progress(rows: list[ProgressRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.profile,
                r.deck,
                r.section,
                r.card,
                r.state,
                r.reps,
                r.lapses,
                _number(r.stability, 2),
                _number(r.retrievability, 3),
                _time(r.last_review),
                _time(r.due),
            ]
        )
    return out.getvalue()


def write_progress(rows: list[ProgressRow], path: Path) -> None:
    write_text_atomically(path, dumps_progress(rows))
