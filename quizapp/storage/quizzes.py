"""Quizzes: which items a program can score, and the history of results."""

from __future__ import annotations

import json
import random
from datetime import datetime

from sqlmodel import Session, col, select

from quizapp.deck.model import QACard
from quizapp.storage.codec import card_from_json, from_db, to_db
from quizapp.storage.tables import DeckRow, ItemRow, QuizResultRow, SectionRow
from quizapp.storage.views import QuizRecord


def scorable_item_ids(
    session: Session, deck: int, section: int | None, count: int, seed: int | None
) -> list[int]:
    """A random draw of items with a checkable answer: every type but free-recall qa cards."""
    statement = select(ItemRow.id, ItemRow.type, ItemRow.content_json).where(
        ItemRow.deck_id == deck,
        ItemRow.retired == False,  # noqa: E712
    )
    if section is not None:
        statement = statement.where(ItemRow.section_id == section)
    candidates = []
    for item_id, kind, content in session.exec(statement).all():
        card = card_from_json(content) if kind == "qa" else None
        if card is None or (isinstance(card, QACard) and card.accept):
            candidates.append(item_id)
    return random.Random(seed).sample(candidates, min(count, len(candidates)))


def record(
    session: Session,
    profile_id: int,
    deck: int,
    section: int | None,
    taken_at: datetime,
    total: int,
    correct: int,
    missed: list[str],
) -> None:
    session.add(
        QuizResultRow(
            profile_id=profile_id,
            deck_id=deck,
            section_id=section,
            taken_at=to_db(taken_at),
            total=total,
            correct=correct,
            missed_json=json.dumps(missed),
        )
    )


def history(session: Session, profile_id: int, limit: int) -> list[QuizRecord]:
    rows = session.exec(
        select(QuizResultRow, DeckRow.slug, SectionRow.slug)
        .join(DeckRow, col(DeckRow.id) == QuizResultRow.deck_id)
        .outerjoin(SectionRow, col(SectionRow.id) == QuizResultRow.section_id)
        .where(QuizResultRow.profile_id == profile_id)
        .order_by(col(QuizResultRow.taken_at).desc())
        .limit(limit)
    ).all()
    return [
        QuizRecord(from_db(q.taken_at), d, s, q.total, q.correct, json.loads(q.missed_json))  # type: ignore[arg-type]
        for q, d, s in rows
    ]
