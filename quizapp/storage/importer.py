"""Import a validated deck: add new items, update edited ones, retire the ones that left.

Progress lives in card_state keyed by item id, and an item keeps its id as long as its key
(card id, plus the cloze number) stays in the file, so edits never reset progress.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, update
from sqlmodel import Session, select

from quizapp.deck import Deck, dumps, items_of
from quizapp.deck.cloze import plain
from quizapp.deck.model import AnyCard, ClozeCard
from quizapp.storage.codec import card_json, settings_json, to_db
from quizapp.storage.tables import DeckRow, ItemRow, SectionRow
from quizapp.storage.views import ImportReport


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _search_text(card: AnyCard) -> str:
    """Every word a student might search for, lower-cased once at import."""
    parts = [
        getattr(card, name, None)
        for name in ("question", "statement", "answer", "correction", "explanation", "source")
    ]
    if isinstance(card, ClozeCard):
        parts.append(plain(card.text))
    return " ".join(p for p in parts if isinstance(p, str)).lower()


def import_deck(
    session: Session,
    deck: Deck,
    now: datetime,
    deck_path: Path | None = None,
    source_path: Path | None = None,
) -> ImportReport:
    """Bring the database in line with ``deck``; the caller commits (or rolls back) the unit."""
    deck_hash = _hash(dumps(deck))
    row = session.exec(select(DeckRow).where(DeckRow.slug == deck.id)).first()
    created = row is None
    if row is not None and row.content_hash == deck_hash:
        unchanged = session.exec(
            select(func.count())
            .select_from(ItemRow)
            .where(ItemRow.deck_id == row.id, ItemRow.retired == False)  # noqa: E712
        ).one()
        row.deck_path = str(deck_path) if deck_path else row.deck_path
        row.source_path = str(source_path) if source_path else row.source_path
        session.add(row)
        return ImportReport(deck.id, unchanged=unchanged)
    if row is None:
        row = DeckRow(
            slug=deck.id,
            title=deck.title,
            settings_json="",
            content_hash="",
            imported_at=to_db(now),
        )
    row.title = deck.title
    row.description = deck.description
    row.settings_json = settings_json(deck.settings)
    row.content_hash = deck_hash
    row.imported_at = to_db(now)
    row.deck_path = str(deck_path) if deck_path else None
    row.source_path = str(source_path) if source_path else None
    session.add(row)
    session.flush()
    assert row.id is not None
    section_ids = _sync_sections(session, row.id, deck)
    report = _sync_items(session, row.id, deck, section_ids)
    return ImportReport(deck.id, *report, created=created)


def _sync_sections(session: Session, deck_id: int, deck: Deck) -> dict[str, int]:
    existing = {
        s.slug: s for s in session.exec(select(SectionRow).where(SectionRow.deck_id == deck_id))
    }
    ids: dict[str, int] = {}
    for position, section in enumerate(deck.sections):
        row = existing.pop(section.id, None) or SectionRow(
            deck_id=deck_id, slug=section.id, title=section.title, position=position
        )
        row.title, row.position, row.retired = section.title, position, False
        session.add(row)
        session.flush()
        assert row.id is not None
        ids[section.id] = row.id
    for row in existing.values():
        row.retired = True
        session.add(row)
    return ids


def _sync_items(
    session: Session, deck_id: int, deck: Deck, section_ids: dict[str, int]
) -> tuple[int, int, int, int]:
    existing = {
        key: (item_id, content_hash, retired)
        for item_id, key, content_hash, retired in session.exec(
            select(ItemRow.id, ItemRow.key, ItemRow.content_hash, ItemRow.retired).where(
                ItemRow.deck_id == deck_id
            )
        )
    }
    inserts: list[dict] = []
    updates: list[dict] = []
    added = updated = unchanged = 0
    for position, item in enumerate(items_of(deck)):
        content = card_json(item.card)
        content_hash = _hash(f"{item.cloze_number}\x1f{content}")
        values = {
            "section_id": section_ids[item.section.id],
            "position": position,
            "content_json": content,
            "content_hash": content_hash,
            "search_text": _search_text(item.card),
            "type": item.card.type.value,
            "retired": False,
        }
        found = existing.pop(item.key, None)
        if found is None:
            inserts.append(
                {
                    **values,
                    "deck_id": deck_id,
                    "key": item.key,
                    "card_id": item.card.id,
                    "cloze_number": item.cloze_number,
                }
            )
            added += 1
            continue
        item_id, old_hash, was_retired = found
        updates.append({**values, "id": item_id})
        if old_hash != content_hash or was_retired:
            updated += 1
        else:
            unchanged += 1
    retired = [
        {"id": item_id, "retired": True}
        for item_id, _, was_retired in existing.values()
        if not was_retired
    ]
    if inserts:
        session.execute(insert(ItemRow), inserts)
    if updates:
        session.execute(update(ItemRow), updates)
    if retired:
        session.execute(update(ItemRow), retired)
    return added, updated, len(retired), unchanged
