"""Conversions between domain values and table rows (every stored datetime is UTC).

Times are stored as text, ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, so they sort and compare as
strings in SQL (the format earlier releases wrote, so old databases read the same).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Any

from quizapp.deck import AnyCard, Settings, card_from_dict, card_to_dict
from quizapp.scheduling import CardState, Phase
from quizapp.storage.views import Marks

DB_TIME = "%Y-%m-%d %H:%M:%S.%f"

# The columns of card_state that hold a profile's progress on an item, in this order
# wherever a state row is read (``StateRow``) or written.
STATE_COLUMNS = (
    "phase",
    "step",
    "stability",
    "difficulty",
    "due",
    "last_review",
    "reps",
    "lapses",
    "scheduled_days",
    "suspended",
    "buried_until",
    "flagged",
    "flag_note",
    "introduced_day",
)
TIME_COLUMNS = frozenset({"due", "last_review", "buried_until"})
STATE_SELECT = ", ".join(f"s.{name}" for name in STATE_COLUMNS)

StateRow = dict[str, Any]  # a card_state row by column name; None when the item is unstudied


def to_db(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime(DB_TIME)


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# Made once: import is hot. default=str: a valid_until date is stored as its ISO text.
_CARD_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def card_json(card: AnyCard) -> str:
    return _CARD_ENCODER.encode(card_to_dict(card))


def card_from_json(text: str) -> AnyCard:
    return card_from_dict(json.loads(text))


def settings_json(settings: Settings) -> str:
    data = asdict(settings)
    data["exam"] = settings.exam.isoformat() if settings.exam else None
    return json.dumps(data, sort_keys=True)


def settings_from_json(text: str) -> Settings:
    from quizapp.deck.limits import MAX_STEP_MINUTES

    data = json.loads(text)
    # `check` refuses longer steps now; a deck imported before it did must not crash a review
    # with a date past the calendar's end.
    for key in ("learning_steps", "relearning_steps"):
        data[key] = tuple(min(int(step), MAX_STEP_MINUTES) for step in data[key])
    exam = data.pop("exam", None)  # absent from settings stored before exam dates
    return Settings(**data, exam=date.fromisoformat(exam) if exam else None)


def state_row(values: tuple[Any, ...] | None) -> StateRow | None:
    """A row of STATE_COLUMNS as read (phase NULL means no state row: an outer join miss)."""
    if values is None or values[0] is None:
        return None
    return dict(zip(STATE_COLUMNS, values, strict=True))


def state_of(row: StateRow | None) -> CardState:
    if row is None:
        return CardState()
    return CardState(
        phase=Phase(row["phase"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=from_db(row["due"]),
        last_review=from_db(row["last_review"]),
        reps=row["reps"],
        lapses=row["lapses"],
        scheduled_days=row["scheduled_days"] or 0,
    )


def with_state(row: StateRow | None, state: CardState) -> StateRow:
    """``row`` (or a fresh one) with the scheduling fields of ``state``."""
    fresh: StateRow = dict.fromkeys(STATE_COLUMNS) if row is None else dict(row)
    if row is None:
        fresh.update(suspended=0, flagged=0, scheduled_days=0)
    fresh.update(
        phase=int(state.phase),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=to_db(state.due),
        last_review=to_db(state.last_review),
        reps=state.reps,
        lapses=state.lapses,
        scheduled_days=state.scheduled_days,
    )
    return fresh


def marks_of(row: StateRow | None) -> Marks:
    if row is None:
        return Marks()
    return Marks(
        suspended=bool(row["suspended"]),
        buried_until=from_db(row["buried_until"]),
        flagged=bool(row["flagged"]),
        flag_note=row["flag_note"],
    )


def is_buried(row: StateRow | None, now: datetime) -> bool:
    """Hidden until the next study day (a bury from an earlier day has run out)."""
    until = from_db(row["buried_until"]) if row else None
    return until is not None and until > now


def snapshot(row: StateRow | None) -> str:
    """Every stored field of a state row, so undo can put it back exactly."""
    if row is None:
        return json.dumps(None)
    data = {}
    for name in STATE_COLUMNS:
        value = row[name]
        if name in TIME_COLUMNS and value is not None:
            value = from_db(value).isoformat()  # type: ignore[union-attr]
        elif name in ("suspended", "flagged"):
            value = bool(value)
        data[name] = value
    return json.dumps(data, sort_keys=True)


def restore(text: str) -> StateRow | None:
    """The state row a snapshot was taken of (None: the item had no state)."""
    data = json.loads(text)
    if data is None:
        return None
    row: StateRow = {}
    for name in STATE_COLUMNS:
        # Snapshots from before scheduled_days was kept have none: 0, the column's default.
        value = data.get(name, 0 if name == "scheduled_days" else None)
        if name in TIME_COLUMNS and value is not None:
            value = to_db(from_db(value))
        elif name in ("suspended", "flagged"):
            value = int(bool(value))
        row[name] = value
    return row
