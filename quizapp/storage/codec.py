"""Conversions between domain values and table rows (every stored datetime is UTC)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime

from quizapp.deck import AnyCard, Settings, card_from_dict, card_to_dict
from quizapp.scheduling import CardState, Phase
from quizapp.storage.tables import CardStateRow


def to_db(moment: datetime | None) -> datetime | None:
    """Aware UTC: SQLite keeps the wall-clock digits, so every stored time is UTC."""
    return None if moment is None else moment.astimezone(UTC)


def from_db(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def card_json(card: AnyCard) -> str:
    return json.dumps(card_to_dict(card), ensure_ascii=False, sort_keys=True)


def card_from_json(text: str) -> AnyCard:
    return card_from_dict(json.loads(text))


def settings_json(settings: Settings) -> str:
    return json.dumps(asdict(settings), sort_keys=True)


def settings_from_json(text: str) -> Settings:
    data = json.loads(text)
    data["learning_steps"] = tuple(data["learning_steps"])
    data["relearning_steps"] = tuple(data["relearning_steps"])
    return Settings(**data)


def state_of(row: CardStateRow | None) -> CardState:
    if row is None:
        return CardState()
    return CardState(
        phase=Phase(row.phase),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=from_db(row.due),
        last_review=from_db(row.last_review),
        reps=row.reps,
        lapses=row.lapses,
        scheduled_days=row.scheduled_days or 0,
    )


def apply_state(row: CardStateRow, state: CardState) -> None:
    row.phase = int(state.phase)
    row.step = state.step
    row.stability = state.stability
    row.difficulty = state.difficulty
    row.due = to_db(state.due)
    row.last_review = to_db(state.last_review)
    row.reps = state.reps
    row.lapses = state.lapses
    row.scheduled_days = state.scheduled_days


SNAPSHOT_FIELDS = (
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


def snapshot(row: CardStateRow | None) -> str:
    """Every stored field of a state row, so undo can put it back exactly."""
    if row is None:
        return json.dumps(None)
    data = {}
    for name in SNAPSHOT_FIELDS:
        value = getattr(row, name)
        data[name] = value.isoformat() if isinstance(value, datetime) else value
    return json.dumps(data, sort_keys=True)


def restore(row: CardStateRow, text: str) -> None:
    data = json.loads(text)
    for name in SNAPSHOT_FIELDS:
        value = data.get(name, 0 if name == "scheduled_days" else None)
        if name in ("due", "last_review", "buried_until") and value is not None:
            value = from_db(datetime.fromisoformat(value))
        setattr(row, name, value)
