"""The workload forecast for one deck or all: reviews and minutes per day ahead, at the decks'
desired retention and at the alternatives 0.80–0.95."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, tzinfo

from quizapp.deck.model import Settings
from quizapp.scheduling.forecast import RETENTIONS, Workload, workload
from quizapp.storage.codec import STATE_SELECT, state_of, state_row
from quizapp.storage.queue import LIVE, unseen_count

DEFAULT_SECONDS_PER_ANSWER = 10.0
MAX_SECONDS_PER_ANSWER = 60.0  # as Anki caps an answer's time


def _seconds_per_answer(conn: sqlite3.Connection, profile: int, deck_id: int) -> float:
    mean = conn.execute(
        "SELECT avg(min(duration_ms, ?)) FROM review_log r JOIN item i ON i.id = r.item_id "
        "WHERE r.profile_id = ? AND i.deck_id = ? AND r.duration_ms IS NOT NULL",
        (MAX_SECONDS_PER_ANSWER * 1000, profile, deck_id),
    ).fetchone()[0]
    return mean / 1000 if mean else DEFAULT_SECONDS_PER_ANSWER


def _combine(parts: list[Workload], retention: float, days: int) -> Workload:
    reviews = [sum(p.reviews[d] for p in parts) for d in range(days)]
    new = [sum(p.new[d] for p in parts) for d in range(days)]
    answers = sum(p.total for p in parts)
    seconds = (
        sum(p.total * p.seconds_per_answer for p in parts) / answers
        if answers
        else DEFAULT_SECONDS_PER_ANSWER
    )
    return Workload(retention, reviews, new, seconds)


def forecast_workload(
    conn: sqlite3.Connection,
    profile: int,
    deck_ids: list[int],
    settings_for: Callable[[sqlite3.Connection, int], Settings],
    today: date,
    tz: tzinfo,
    days: int,
    params: tuple[float, ...] | None,
) -> list[Workload]:
    """The forecast at each deck's own retention first (``retention`` 0 when decks differ), then
    at each of RETENTIONS for every deck."""
    per_deck = []
    for deck_id in deck_ids:
        # Expired cards (valid_until come) are never shown again: no reviews to forecast.
        rows = conn.execute(
            f"SELECT {STATE_SELECT} FROM card_state s JOIN item i ON i.id = s.item_id "
            f"WHERE s.profile_id = :profile AND i.deck_id = :deck AND {LIVE} AND s.phase > 0 "
            "AND s.suspended = 0",
            {"profile": profile, "deck": deck_id, "study_date": today.isoformat()},
        ).fetchall()
        states = [state_of(state_row(row)) for row in rows]
        settings = settings_for(conn, deck_id)
        steps = (len(settings.learning_steps), len(settings.relearning_steps))
        per_deck.append(
            (states, unseen_count(conn, profile, deck_id, today), settings, steps,
             _seconds_per_answer(conn, profile, deck_id))
        )

    def at(retention: float | None) -> Workload:
        parts = [
            workload(states, unseen, s.new_per_day, steps, today, tz, days,
                     retention or s.desired_retention, seconds, params)
            for states, unseen, s, steps, seconds in per_deck
        ]
        own = {s.desired_retention for _, _, s, _, _ in per_deck}
        shown = retention if retention is not None else (own.pop() if len(own) == 1 else 0.0)
        return _combine(parts, shown, days)

    return [at(None), *(at(r) for r in RETENTIONS)]
