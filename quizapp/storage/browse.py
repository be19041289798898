"""The card list students search: every live item with its state, filtered by words."""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import Session, col, select

from quizapp.deck.model import ClozeCard
from quizapp.storage.codec import card_from_json, from_db
from quizapp.storage.lookup import with_item_context
from quizapp.storage.tables import CardStateRow, DeckRow, ItemRow, SectionRow
from quizapp.storage.views import BrowseRow

PHASE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}


def browse_rows(
    session: Session, profile_id: int, query: str, deck: str | None, limit: int
) -> list[BrowseRow]:
    """Items whose text, section title or type match every word of ``query``, in deck order."""
    statement = (
        with_item_context(select(ItemRow, SectionRow.title, DeckRow.slug, CardStateRow), profile_id)
        .where(ItemRow.retired == False)  # noqa: E712
        .order_by(DeckRow.title, ItemRow.position)
        .limit(limit)
    )
    if deck:
        statement = statement.where(DeckRow.slug == deck)
    for word in query.lower().split():
        pattern = f"%{word}%"
        statement = statement.where(
            or_(
                col(ItemRow.search_text).like(pattern),
                col(SectionRow.title).ilike(pattern),
                col(ItemRow.type) == word,
            )
        )
    result = []
    for item, section_title, deck_slug, state in session.exec(statement).all():
        assert item.id is not None
        card = card_from_json(item.content_json)
        text = card.text if isinstance(card, ClozeCard) else getattr(card, "question", None)
        result.append(
            BrowseRow(
                item_id=item.id,
                key=item.key,
                deck_slug=deck_slug,
                section_title=section_title,
                type=item.type,
                text=text or getattr(card, "statement", ""),
                phase=PHASE_NAMES[state.phase if state else 0],
                due=from_db(state.due) if state else None,
                suspended=bool(state and state.suspended),
                flagged=bool(state and state.flagged),
            )
        )
    return result
