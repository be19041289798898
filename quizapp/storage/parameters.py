"""A profile's own FSRS parameters: its review history for fitting, the fits kept, rescheduling."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from sqlmodel import Session, col, select

from quizapp.deck.model import Settings
from quizapp.scheduling import Phase, day_start, study_day
from quizapp.scheduling.memory import stored
from quizapp.scheduling.optimize import Fit, LoggedReview, memory_states, next_interval_days
from quizapp.storage.codec import from_db, to_db
from quizapp.storage.tables import FsrsParamsRow

Parameters = tuple[float, ...]


def _in_force(session: Session, profile: int) -> FsrsParamsRow | None:
    return session.exec(
        select(FsrsParamsRow)
        .where(FsrsParamsRow.profile_id == profile, col(FsrsParamsRow.undone_at).is_(None))
        .order_by(col(FsrsParamsRow.id).desc())
        .limit(1)
    ).first()


def current(session: Session, profile: int) -> Parameters | None:
    """The parameters in force for the profile; None while it uses the defaults."""
    row = _in_force(session, profile)
    return None if row is None else tuple(json.loads(row.parameters_json))


def review_history(session: Session, profile: int) -> list[LoggedReview]:
    """The profile's answers in time order, for every card whose history starts when it was new
    (a card whose first answers were undone or never logged would mislead the fit)."""
    # Plain rows: tens of thousands of them, read on every fit.
    rows = session.connection().exec_driver_sql(
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


def save(session: Session, profile: int, fit: Fit, now: datetime) -> None:
    session.add(
        FsrsParamsRow(
            profile_id=profile,
            parameters_json=json.dumps(list(fit.parameters)),
            fitted_at=to_db(now),  # type: ignore[arg-type]
            reviews=fit.items,
            log_loss_before=fit.cv_before.log_loss,
            log_loss_after=fit.cv_after.log_loss,
            rmse_before=fit.cv_before.rmse,
            rmse_after=fit.cv_after.rmse,
        )
    )


def undo(session: Session, profile: int, now: datetime) -> bool:
    """Set aside the fit in force, bringing back the one before it. False when there is none."""
    row = _in_force(session, profile)
    if row is None:
        return False
    row.undone_at = to_db(now)
    session.add(row)
    return True


def reschedule(
    session: Session,
    profile: int,
    parameters: Parameters | None,
    tz: tzinfo,
    settings_for: Callable[[Session, int], Settings],
) -> int:
    """Recompute every studied card's memory state from its history under ``parameters``, and
    give each card in review the interval those parameters set. Returns the cards moved."""
    states = memory_states(review_history(session, profile), parameters)
    conn = session.connection()
    rows = conn.exec_driver_sql(
        "SELECT card_state.item_id, item.deck_id, card_state.phase, card_state.last_review,"
        " card_state.due FROM card_state JOIN item ON item.id = card_state.item_id"
        " WHERE card_state.profile_id = ?",
        (profile,),
    ).all()
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
            retention = settings_for(session, deck_id).desired_retention
            days = next_interval_days(stability, retention, parameters)
            last = from_db(datetime.fromisoformat(last_review))
            new_due = _db(day_start(study_day(last, tz) + timedelta(days=days), tz))
            moved += new_due != due
            interval = days
        updates.append((stability, difficulty, new_due, interval, profile, item))
    conn.exec_driver_sql(
        "UPDATE card_state SET stability = ?, difficulty = ?, due = ?,"
        " scheduled_days = COALESCE(?, scheduled_days) WHERE profile_id = ? AND item_id = ?",
        updates,
    )
    return moved


def _db(moment: datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite, so the ORM reads it back unchanged."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
