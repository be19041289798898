"""Take over review history from another app: its log rows and each item's schedule.

The other app's log is replayed through our scheduler (without fuzz), which gives every log
row the before/after states that undo and card info read; the item then ends where the other
app left it (its due date, interval and FSRS memory state when it had one), not where our
replay would have put it. An item this profile has already studied here keeps its own
progress, so importing the same package twice adds nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import timedelta, tzinfo

from quizapp.deck.model import Settings
from quizapp.scheduling import CardState, Phase, day_number, study_day
from quizapp.scheduling import answer as schedule_answer
from quizapp.storage.codec import STATE_COLUMNS, snapshot, to_db, with_state
from quizapp.storage.report_views import CardHistory, HistoryReport

# Anki's default when a card has neither an FSRS state nor reviews to replay.
DEFAULT_DIFFICULTY = 5.0

STATE_INSERT = (
    f"INSERT INTO card_state (profile_id, item_id, {', '.join(STATE_COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' * len(STATE_COLUMNS))})"
)
LOG_INSERT = (
    "INSERT INTO review_log (profile_id, item_id, rating, reviewed_at, study_day, duration_ms, "
    "state_before, state_after, phase_before, last_interval, deck_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class Replay:
    """How to replay reviews: the deck's settings, the study-day zone, the FSRS parameters."""

    settings: Settings
    tz: tzinfo
    params: tuple[float, ...] | None = None


def import_history(
    conn: sqlite3.Connection,
    deck_id: int,
    deck_slug: str,
    profile_id: int,
    histories: list[CardHistory],
    replay: Replay,
) -> HistoryReport:
    """Add the state and log rows of every history whose item this profile never studied."""
    items = dict(
        conn.execute("SELECT key, id FROM item WHERE deck_id = ? AND retired = 0", (deck_id,))
    )
    studied = {
        item_id
        for (item_id,) in conn.execute(
            "SELECT s.item_id FROM card_state s JOIN item i ON i.id = s.item_id "
            "WHERE s.profile_id = ? AND i.deck_id = ? "
            "UNION SELECT l.item_id FROM review_log l JOIN item i ON i.id = l.item_id "
            "WHERE l.profile_id = ? AND i.deck_id = ?",
            (profile_id, deck_id, profile_id, deck_id),
        )
    }
    cards = reviews = skipped = 0
    states: list[tuple] = []
    logs: list[tuple] = []
    for history in histories:
        item_id = items.get(history.key)
        if item_id is None or (history.phase == 0 and not history.suspended):
            continue
        if item_id in studied:
            skipped += 1
            continue
        row, rows = _replay(history, replay)
        states.append((profile_id, item_id, *(row[name] for name in STATE_COLUMNS)))
        logs += [(profile_id, item_id, *log, deck_id) for log in rows]
        cards += 1
        reviews += len(rows)
    conn.executemany(STATE_INSERT, states)
    conn.executemany(LOG_INSERT, logs)
    return HistoryReport(deck_slug, cards, reviews, skipped)


def _replay(history: CardHistory, replay: Replay) -> tuple[dict, list[tuple]]:
    """The item's final state row, and the log rows that led there (without their ids)."""
    state = CardState()
    row: dict | None = None
    logs: list[tuple] = []
    reviews = sorted(history.reviews, key=lambda r: r.reviewed_at)
    introduced = None
    for n, past in enumerate(reviews):
        old = state
        state = schedule_answer(
            old,
            past.rating,
            past.reviewed_at,
            replay.settings,
            tz=replay.tz,
            fuzz=False,
            params=replay.params,
        ).state
        if n == len(reviews) - 1:
            state = _final(state, history)
        day = day_number(study_day(past.reviewed_at, replay.tz))
        introduced = introduced if introduced is not None else day
        after = with_state(row, state)
        after["introduced_day"] = introduced
        if n == len(reviews) - 1:
            after["suspended"] = int(history.suspended)
        logs.append(
            (
                int(past.rating),
                to_db(past.reviewed_at),
                day,
                past.duration_ms,
                snapshot(row),
                snapshot(after),
                int(old.phase),
                past.last_interval,
            )
        )
        row = after
    if row is None:
        row = with_state(None, _final(state, history))
        row["suspended"] = int(history.suspended)
    return row, logs


def _final(replayed: CardState, history: CardHistory) -> CardState:
    """Where the other app left the item; what it did not say comes from the replay."""
    phase = Phase(history.phase)
    stability = history.stability or replayed.stability
    difficulty = history.difficulty or replayed.difficulty
    last = history.last_review or replayed.last_review
    if phase is not Phase.NEW:
        stability = stability or 1.0
        difficulty = difficulty or DEFAULT_DIFFICULTY
        if last is None and history.due is not None:
            last = history.due - timedelta(days=history.scheduled_days or stability)
    learning = phase in (Phase.LEARNING, Phase.RELEARNING)
    return replace(
        replayed,
        phase=phase,
        step=(replayed.step or 0) if learning else None,
        stability=stability,
        difficulty=difficulty,
        due=history.due or replayed.due,
        last_review=last,
        reps=max(history.reps, len(history.reviews)),
        lapses=history.lapses,
        scheduled_days=history.scheduled_days or replayed.scheduled_days,
    )
