"""Import a validated deck: add new items, update edited ones, retire the ones that left.

Progress lives in card_state keyed by item id, and an item keeps its id as long as its key
(card id, plus the cloze number) stays in the file, so edits never reset progress.

One pass over the deck's items, written with executemany in batches inside the caller's
transaction: memory grows with the deck, not with the number of statements.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

from quizapp.deck import Deck, items_of
from quizapp.deck.cloze import plain
from quizapp.deck.model import AnyCard, CardType, ClozeCard, Settings
from quizapp.storage.codec import card_json, settings_from_json, settings_json, to_db
from quizapp.storage.file_hashes import file_digest, known_file, unchanged_report
from quizapp.storage.views import ImportReport

__all__ = ["file_digest", "import_deck", "known_file", "unchanged_report"]

BATCH = 5000
TYPE_NAMES = {t: t.value for t in CardType}  # an enum's .value is slow on a hot loop
SEARCH_FIELDS = ("question", "statement", "answer", "correction", "explanation", "source")


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _search_text(card: AnyCard) -> str:
    """Every word a student might search for, lower-cased once at import."""
    parts = [getattr(card, name, None) for name in SEARCH_FIELDS]
    if isinstance(card, ClozeCard):
        parts.append(plain(card.text))
    return " ".join(p for p in parts if isinstance(p, str)).lower()


def import_deck(
    conn: sqlite3.Connection,
    deck: Deck,
    now: datetime,
    deck_path: Path | None = None,
    source_path: Path | None = None,
    digest: str | None = None,
) -> ImportReport:
    """Bring the database in line with ``deck``; the caller commits (or rolls back) the unit.

    ``digest`` is the file's hash when the file imported cleanly (no warnings to repeat), so
    importing the same bytes again can skip reading it.
    """
    found = conn.execute(
        "SELECT id, settings_json FROM deck WHERE slug = ?", (deck.id,)
    ).fetchone()
    created = found is None
    meta = (deck.title, deck.description, settings_json(deck.settings), to_db(now))
    paths = (str(deck_path) if deck_path else None, str(source_path) if source_path else None)
    if found is None:
        cursor = conn.execute(
            "INSERT INTO deck (slug, title, description, settings_json, imported_at, deck_path, "
            "source_path, content_hash, file_hash) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)",
            (deck.id, *meta, *paths, digest),
        )
        deck_id = cursor.lastrowid
        assert deck_id is not None
    else:
        deck_id = found[0]
        conn.execute(
            # A removed deck imported again is back on the study list, with its progress.
            "UPDATE deck SET title = ?, description = ?, settings_json = ?, imported_at = ?, "
            "deck_path = ?, source_path = ?, file_hash = ?, removed_at = NULL WHERE id = ?",
            (*meta, *paths, digest, deck_id),
        )
    section_ids = _sync_sections(conn, deck_id, deck)
    added, updated, retired, unchanged, content_hash = _sync_items(conn, deck_id, deck, section_ids)
    conn.execute("UPDATE deck SET content_hash = ? WHERE id = ?", (content_hash, deck_id))
    change = None if found is None else schedule_change(settings_from_json(found[1]), deck.settings)
    return ImportReport(
        deck.id, added, updated, retired, unchanged, created=created, schedule_change=change
    )


def schedule_change(old: Settings, new: Settings) -> str | None:
    """The scheduling settings that changed, in words; None when neither did."""
    changes = []
    if old.desired_retention != new.desired_retention:
        changes.append(f"desired retention {old.desired_retention} → {new.desired_retention}")
    if old.exam != new.exam:
        changes.append(f"exam {old.exam or 'none'} → {new.exam or 'none'}")
    return ", ".join(changes) or None


def _sync_sections(conn: sqlite3.Connection, deck_id: int, deck: Deck) -> dict[str, int]:
    existing = dict(
        conn.execute("SELECT slug, id FROM section WHERE deck_id = ?", (deck_id,)).fetchall()
    )
    ids: dict[str, int] = {}
    for position, section in enumerate(deck.sections):
        section_id = existing.pop(section.id, None)
        if section_id is None:
            cursor = conn.execute(
                "INSERT INTO section (deck_id, slug, title, position, retired) "
                "VALUES (?, ?, ?, ?, 0)",
                (deck_id, section.id, section.title, position),
            )
            section_id = cursor.lastrowid
            assert section_id is not None
        else:
            conn.execute(
                "UPDATE section SET title = ?, position = ?, retired = 0 WHERE id = ?",
                (section.title, position, section_id),
            )
        ids[section.id] = section_id
    conn.executemany(
        "UPDATE section SET retired = 1 WHERE id = ?", [(i,) for i in existing.values()]
    )
    return ids


INSERT_ITEM = (
    "INSERT INTO item (deck_id, section_id, key, card_id, cloze_number, type, content_json, "
    "search_text, position, content_hash, valid_until, retired) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
)
UPDATE_ITEM = (
    "UPDATE item SET section_id = ?, type = ?, content_json = ?, search_text = ?, position = ?, "
    "content_hash = ?, valid_until = ?, retired = 0 WHERE id = ?"
)


def _sync_items(
    conn: sqlite3.Connection, deck_id: int, deck: Deck, section_ids: dict[str, int]
) -> tuple[int, int, int, int, str]:
    existing = {
        key: (item_id, section_id, position, content_hash, retired)
        for item_id, key, section_id, position, content_hash, retired in conn.execute(
            "SELECT id, key, section_id, position, content_hash, retired FROM item "
            "WHERE deck_id = ?",
            (deck_id,),
        )
    }
    deck_hash = hashlib.sha1()
    inserts: list[tuple] = []
    updates: list[tuple] = []
    added = updated = unchanged = 0
    # Cards of a cloze card share their JSON: encode each card once.
    last_card: AnyCard | None = None
    content = search = ""
    for position, item in enumerate(items_of(deck)):
        key, card, section, cloze_number = item.key, item.card, item.section, item.cloze_number
        if card is not last_card:
            content, search, last_card = card_json(card), _search_text(card), card
        # A section's valid_until is not in the card's JSON: it joins the hash when set, so
        # changing it updates the item (and hashes of items without one stay as they were).
        until = card.valid_until or section.valid_until
        day = until.isoformat() if until is not None else None
        content_hash = _hash(f"{cloze_number}\x1f{content}" + (f"\x1f{day}" if day else ""))
        deck_hash.update(f"{section.id}\x1f{key}\x1f{content_hash}\x1e".encode())
        section_id = section_ids[section.id]
        old = existing.pop(key, None)
        if old is None:
            inserts.append(
                (deck_id, section_id, key, card.id, cloze_number, TYPE_NAMES[card.type], content,
                 search, position, content_hash, day)
            )
            added += 1
            if len(inserts) >= BATCH:
                conn.executemany(INSERT_ITEM, inserts)
                inserts.clear()
            continue
        item_id, old_section, old_position, old_hash, was_retired = old
        if old_hash != content_hash or was_retired:
            updated += 1
        else:
            unchanged += 1
            if (old_section, old_position) == (section_id, position):
                continue  # nothing to write
        updates.append(
            (section_id, TYPE_NAMES[card.type], content, search, position, content_hash, day,
             item_id)
        )
        if len(updates) >= BATCH:
            conn.executemany(UPDATE_ITEM, updates)
            updates.clear()
    conn.executemany(INSERT_ITEM, inserts)
    conn.executemany(UPDATE_ITEM, updates)
    retired = [(item_id,) for item_id, _, _, _, was_retired in existing.values() if not was_retired]
    conn.executemany("UPDATE item SET retired = 1 WHERE id = ?", retired)
    return added, updated, len(retired), unchanged, deck_hash.hexdigest()
