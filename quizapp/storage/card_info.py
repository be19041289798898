"""A card's whole history for the card info: every answer with its interval, S, D and R."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, tzinfo

from quizapp.scheduling.clock import days_elapsed
from quizapp.scheduling.memory import recall_probability
from quizapp.storage.codec import from_db
from quizapp.storage.report_views import ReviewEntry

__all__ = ["review_entries"]


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    moment = datetime.fromisoformat(value)  # snapshots keep ISO times, aware or UTC
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def review_entries(
    conn: sqlite3.Connection, profile_id: int, item_id: int, tz: tzinfo, params: tuple[float, ...]
) -> list[ReviewEntry]:
    rows = conn.execute(
        "SELECT reviewed_at, rating, duration_ms, state_before, state_after FROM review_log "
        "WHERE profile_id = ? AND item_id = ? ORDER BY id",
        (profile_id, item_id),
    ).fetchall()
    entries = []
    for reviewed_text, rating, duration_ms, before_text, after_text in rows:
        reviewed = from_db(reviewed_text)
        assert reviewed is not None
        before = json.loads(before_text) or {}
        after = json.loads(after_text) or {}
        due = _moment(after.get("due"))
        recall = None
        last = _moment(before.get("last_review"))
        if before.get("stability") and last is not None:
            elapsed = days_elapsed(reviewed, last, tz)
            recall = recall_probability(before["stability"], elapsed, params)
        entries.append(
            ReviewEntry(
                reviewed_at=reviewed,
                rating=rating,
                interval=(due - reviewed) if due is not None else None,
                stability=after.get("stability"),
                difficulty=after.get("difficulty"),
                recall=recall,
                duration_ms=duration_ms,
            )
        )
    return entries


