"""A profile's own FSRS parameters: its review history for fitting, the fits kept, rescheduling."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from quizapp.deck.model import Settings
from quizapp.scheduling import Phase, day_start, study_day
from quizapp.scheduling.memory import stored
from quizapp.scheduling.scheduler import exam_cap
from quizapp.storage.codec import from_db, to_db

if TYPE_CHECKING:
    from quizapp.scheduling.optimize import Fit, LoggedReview

Parameters = tuple[float, ...]

IN_FORCE = (
    "SELECT id, parameters_json FROM fsrs_params WHERE profile_id = ? AND undone_at IS NULL "
    "ORDER BY id DESC LIMIT 1"
)


def current(conn: sqlite3.Connection, profile: int) -> Parameters | None:
    """The parameters in force for the profile; None while it uses the defaults."""
    row = conn.execute(IN_FORCE, (profile,)).fetchone()
    return None if row is None else tuple(json.loads(row[1]))


def review_history(conn: sqlite3.Connection, profile: int) -> list[LoggedReview]:
    """The profile's answers in time order, for every card whose history starts when it was new
    (a card whose first answers were undone or never logged would mislead the fit)."""
    # The optimizer loads only when a fit or a reschedule needs it, never at launch.
    from quizapp.scheduling.optimize import LoggedReview

    rows = conn.execute(
        "SELECT item_id, study_day, rating, phase_before FROM review_log"
        " WHERE profile_id = ? ORDER BY reviewed_at, id",
        (profile,),
    )
    started: dict[int, bool] = {}
    history = []
    for item, day, rating, phase in rows:
        if started.setdefault(item, phase == Phase.NEW):
            history.append(LoggedReview(item, day, rating))
    return history


def save(conn: sqlite3.Connection, profile: int, fit: Fit, now: datetime) -> None:
    conn.execute(
        "INSERT INTO fsrs_params (profile_id, parameters_json, fitted_at, reviews, "
        "log_loss_before, log_loss_after, rmse_before, rmse_after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            profile,
            json.dumps(list(fit.parameters)),
            to_db(now),
            fit.items,
            fit.cv_before.log_loss,
            fit.cv_after.log_loss,
            fit.cv_before.rmse,
            fit.cv_after.rmse,
        ),
    )


def undo(conn: sqlite3.Connection, profile: int, now: datetime) -> bool:
    """Set aside the fit in force, bringing back the one before it. False when there is none."""
    row = conn.execute(IN_FORCE, (profile,)).fetchone()
    if row is None:
        return False
    conn.execute("UPDATE fsrs_params SET undone_at = ? WHERE id = ?", (to_db(now), row[0]))
    return True


def reschedule(
    conn: sqlite3.Connection,
    profile: int,
    parameters: Parameters | None,
    tz: tzinfo,
    settings_for: Callable[[sqlite3.Connection, int], Settings],
) -> int:
    """Recompute every studied card's memory state from its history under ``parameters``, and
    give each card in review the interval those parameters set. Returns the cards moved."""
    from quizapp.scheduling.optimize import memory_states, next_interval_days

    states = memory_states(review_history(conn, profile), parameters)
    rows = conn.execute(
        "SELECT card_state.item_id, item.deck_id, card_state.phase, card_state.last_review,"
        " card_state.due FROM card_state JOIN item ON item.id = card_state.item_id"
        " WHERE card_state.profile_id = ?",
        (profile,),
    ).fetchall()
    updates = []
    moved = 0
    for item, deck_id, phase, last_review, due in rows:
        if item not in states:
            continue
        # As Anki stores them: stability to 4 decimals, difficulty to 3, in 32-bit floats.
        memory = stored(states[item][0], states[item][1])
        stability, difficulty = memory.stability, memory.difficulty
        new_due, interval = due, None
        if phase == Phase.REVIEW and last_review is not None:
            deck_settings = settings_for(conn, deck_id)
            days = next_interval_days(stability, deck_settings.desired_retention, parameters)
            last = from_db(last_review)
            assert last is not None
            cap = exam_cap(deck_settings, study_day(last, tz))  # due by the eve of an exam
            days = days if cap is None else min(days, cap)
            new_due = to_db(day_start(study_day(last, tz) + timedelta(days=days), tz))
            moved += new_due != due
            interval = days
        updates.append((stability, difficulty, new_due, interval, profile, item))
    conn.executemany(
        "UPDATE card_state SET stability = ?, difficulty = ?, due = ?,"
        " scheduled_days = COALESCE(?, scheduled_days) WHERE profile_id = ? AND item_id = ?",
        updates,
    )
    return moved
