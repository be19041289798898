"""Small queries shared by the store's modules: ids from slugs, and an item's context."""

from __future__ import annotations

import sqlite3

from quizapp.storage.codec import STATE_SELECT


def deck_id(conn: sqlite3.Connection, slug: str) -> int:
    found = conn.execute("SELECT id FROM deck WHERE slug = ?", (slug,)).fetchone()
    if found is None:
        raise KeyError(f"no deck '{slug}'")
    return found[0]


def section_id(conn: sqlite3.Connection, deck: int, slug: str) -> int:
    found = conn.execute(
        "SELECT id FROM section WHERE deck_id = ? AND slug = ?", (deck, slug)
    ).fetchone()
    if found is None:
        raise KeyError(f"no section '{slug}'")
    return found[0]


# An item with its section, its deck and the profile's state (if any): parameters are the
# profile id, then the item ids.
ITEM_CONTEXT = (
    "SELECT i.id, i.key, i.deck_id, i.content_json, i.cloze_number, d.slug, d.title, "
    f"d.source_path, c.slug, c.title, i.valid_until, {STATE_SELECT} "
    "FROM item i JOIN section c ON c.id = i.section_id JOIN deck d ON d.id = i.deck_id "
    "LEFT JOIN card_state s ON s.item_id = i.id AND s.profile_id = ? "
    "WHERE i.id IN ({ids})"
)
