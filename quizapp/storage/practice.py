"""Custom study that leaves the schedule alone: cram a set of cards, or review ahead.

Answers are written to ``practice_log`` (kind, rating, time, duration) and never to
``card_state`` or ``review_log``: cramming a section the night before a test neither pushes its
cards' next reviews out nor counts in retention or the optimizer's history.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta

from quizapp.plural import plural
from quizapp.scheduling import Rating
from quizapp.storage.codec import to_db
from quizapp.storage.queue import AVAILABLE, Window

__all__ = ["Practice", "log_answer", "practice_item_ids", "undo_last"]

KINDS = ("ahead", "section", "tag", "flagged", "failed")


@dataclass(frozen=True)
class Practice:
    """What to practise: ``kind`` is one of KINDS; ``deck``/``section`` narrow it (slugs).

    ahead: review cards due within ``days`` days (not today's); section: every card of the deck
    or section; tag: cards with ``tag``; flagged: flagged cards; failed: cards answered Again in
    the last ``days`` days.
    """

    kind: str
    deck: str | None = None
    section: str | None = None
    tag: str | None = None
    days: int = 1

    @property
    def log_kind(self) -> str:
        return "ahead" if self.kind == "ahead" else "cram"

    def describe(self, place: str = "") -> str:
        """What is studied; ``place`` names the deck or section by its title (else its id)."""
        place = place or self.section or self.deck or ""
        where = f" in {place}" if self.deck else ""
        if self.kind == "ahead":
            return f"review ahead {plural(self.days, 'day')}{where}"
        if self.kind == "tag":
            return f"cram tag “{self.tag}”{where}"
        if self.kind == "flagged":
            return f"cram flagged cards{where}"
        if self.kind == "failed":
            return f"cram cards failed in the last {plural(self.days, 'day')}{where}"
        return f"cram {place or 'every deck'}"


def practice_item_ids(
    conn: sqlite3.Connection,
    window: Window,
    practice: Practice,
    deck_id: int | None,
    section_id: int | None,
    limit: int,
) -> list[int]:
    """The items of a practice session, in deck order (review ahead: by due date)."""
    # An expired fact (valid_until come) is suspended for everyone: not crammed either.
    where = [
        "i.retired = 0",
        "(i.valid_until IS NULL OR i.valid_until > ?)",
        f"(s.item_id IS NULL OR {AVAILABLE.replace(':now', '?')})",
    ]
    params: list[object] = [window.profile_id, window.study_date.isoformat(), to_db(window.now)]
    order = "d.title, c.position, i.position"
    if deck_id is not None:
        where.append("i.deck_id = ?")
        params.append(deck_id)
    if section_id is not None:
        where.append("i.section_id = ?")
        params.append(section_id)
    if practice.kind == "ahead":
        # Review cards not due today but within the days asked for.
        where += ["s.phase = 2", "s.due >= ?", "s.due < ?"]
        params += [to_db(window.day_end), to_db(window.day_end + timedelta(days=practice.days))]
        order = "s.due, " + order
    elif practice.kind == "tag":
        where.append(
            "EXISTS (SELECT 1 FROM json_each(i.content_json, '$.tags') WHERE lower(value) = ?)"
        )
        params.append((practice.tag or "").lower())
    elif practice.kind == "flagged":
        where.append("s.flagged = 1")
    elif practice.kind == "failed":
        where.append(
            "EXISTS (SELECT 1 FROM review_log r WHERE r.item_id = i.id AND r.profile_id = ? "
            "AND r.rating = 1 AND r.reviewed_at >= ?)"
        )
        params += [window.profile_id, to_db(window.now - timedelta(days=practice.days))]
    params.append(limit)
    rows = conn.execute(
        "SELECT i.id FROM item i JOIN section c ON c.id = i.section_id "
        "JOIN deck d ON d.id = i.deck_id "
        "LEFT JOIN card_state s ON s.item_id = i.id AND s.profile_id = ? "
        f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?",
        params,
    ).fetchall()
    return [row[0] for row in rows]


def log_answer(
    conn: sqlite3.Connection,
    profile_id: int,
    item_id: int,
    kind: str,
    rating: Rating,
    window: Window,
    duration_ms: int | None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO practice_log (profile_id, item_id, kind, rating, reviewed_at, duration_ms) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (profile_id, item_id, kind, int(rating), to_db(window.now), duration_ms),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def undo_last(conn: sqlite3.Connection, profile_id: int) -> int | None:
    """Forget the profile's last practice answer; the item it was about."""
    last = conn.execute(
        "SELECT id, item_id FROM practice_log WHERE profile_id = ? ORDER BY id DESC LIMIT 1",
        (profile_id,),
    ).fetchone()
    if last is None:
        return None
    conn.execute("DELETE FROM practice_log WHERE id = ?", (last[0],))
    return last[1]
