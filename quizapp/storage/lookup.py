"""Small queries shared by the store's modules: ids from slugs, and an item's context."""

from __future__ import annotations

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from quizapp.storage.tables import CardStateRow, DeckRow, ItemRow, SectionRow


def deck_id(session: Session, slug: str) -> int:
    found = session.exec(select(DeckRow.id).where(DeckRow.slug == slug)).first()
    if found is None:
        raise KeyError(f"no deck '{slug}'")
    return found


def section_id(session: Session, deck: int, slug: str) -> int:
    found = session.exec(
        select(SectionRow.id).where(SectionRow.deck_id == deck, SectionRow.slug == slug)
    ).first()
    if found is None:
        raise KeyError(f"no section '{slug}'")
    return found


def with_item_context(statement: Select, profile_id: int) -> Select:
    """Join an item query to its section, its deck and the profile's state (if any)."""
    return (
        statement.join(SectionRow, col(SectionRow.id) == ItemRow.section_id)
        .join(DeckRow, col(DeckRow.id) == ItemRow.deck_id)
        .outerjoin(
            CardStateRow,
            (col(CardStateRow.item_id) == ItemRow.id)
            & (col(CardStateRow.profile_id) == profile_id),
        )
    )
