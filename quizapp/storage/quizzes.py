"""Quizzes: which items a program can score, and the history of results."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, datetime

from quizapp.deck.model import QACard
from quizapp.storage.codec import card_from_json, from_db, to_db
from quizapp.storage.report_views import QuizRecord


def scorable_item_ids(
    conn: sqlite3.Connection,
    deck: int,
    section: int | None,
    count: int,
    seed: int | None,
    today: date | None = None,
) -> list[int]:
    """A random draw of items with a checkable answer: every type but free-recall qa cards."""
    query = "SELECT id, type, content_json FROM item WHERE deck_id = ? AND retired = 0"
    params: tuple = (deck,)
    if section is not None:
        query += " AND section_id = ?"
        params += (section,)
    if today is not None:  # an expired fact is not tested
        query += " AND (valid_until IS NULL OR valid_until > ?)"
        params += (today.isoformat(),)
    query += " ORDER BY id"
    candidates = []
    for item_id, kind, content in conn.execute(query, params).fetchall():
        card = card_from_json(content) if kind == "qa" else None
        if card is None or (isinstance(card, QACard) and card.accept):
            candidates.append(item_id)
    return random.Random(seed).sample(candidates, min(count, len(candidates)))


def record(
    conn: sqlite3.Connection,
    profile_id: int,
    deck: int,
    section: int | None,
    taken_at: datetime,
    total: int,
    correct: int,
    missed: list[str],
) -> None:
    conn.execute(
        "INSERT INTO quiz_result (profile_id, deck_id, section_id, taken_at, total, correct, "
        "missed_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (profile_id, deck, section, to_db(taken_at), total, correct, json.dumps(missed)),
    )


def history(conn: sqlite3.Connection, profile_id: int, limit: int) -> list[QuizRecord]:
    rows = conn.execute(
        "SELECT q.taken_at, d.slug, c.slug, q.total, q.correct, q.missed_json "
        "FROM quiz_result q JOIN deck d ON d.id = q.deck_id "
        "LEFT JOIN section c ON c.id = q.section_id "
        "WHERE q.profile_id = ? ORDER BY q.taken_at DESC LIMIT ?",
        (profile_id, limit),
    ).fetchall()
    return [
        QuizRecord(from_db(taken), d, s, total, correct, json.loads(missed))  # type: ignore[arg-type]
        for taken, d, s, total, correct, missed in rows
    ]
