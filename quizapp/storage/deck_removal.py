"""Remove a deck from the study list, with or without its progress.

Removed, a deck's rows stay (its items retired, the deck marked removed): the review log keeps
pointing at them, stats keep its history, and importing the deck again brings it back with its
progress. Removed with its progress, every row of it goes, every profile's answers included. A
bundled deck removed either way is noted so that start-up does not import it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.storage import bundled
from quizapp.storage.codec import to_db
from quizapp.storage.store import Store

__all__ = ["DeckSize", "deck_size", "remove_deck", "skipped_bundled"]

ITEMS = "SELECT id FROM item WHERE deck_id = ?"


@dataclass(frozen=True)
class DeckSize:
    slug: str
    title: str
    cards: int  # the cards studied (a cloze card's gaps count one each), as home counts them
    reviews: int  # answers in the review log, every profile's


def deck_size(store: Store, slug: str) -> DeckSize | None:
    """The deck's title and how much would go; None when there is no such deck (or removed)."""
    with store.read() as conn:
        row = conn.execute(
            "SELECT id, title FROM deck WHERE slug = ? AND removed_at IS NULL", (slug,)
        ).fetchone()
        if row is None:
            return None
        deck_id, title = row
        cards = conn.execute(
            "SELECT count(*) FROM item WHERE deck_id = ? AND retired = 0", (deck_id,)
        ).fetchone()[0]
        reviews = conn.execute(
            f"SELECT count(*) FROM review_log WHERE item_id IN ({ITEMS})", (deck_id,)
        ).fetchone()[0]
    return DeckSize(slug, title, cards, reviews)


def remove_deck(store: Store, slug: str, *, progress: bool = False) -> DeckSize:
    """Take the deck off the study list; with ``progress``, delete its progress too.

    KeyError when there is no such deck.
    """
    size = deck_size(store, slug)
    if size is None:
        raise KeyError(slug)
    with store.write() as conn:
        deck_id, path = conn.execute(
            "SELECT id, deck_path FROM deck WHERE slug = ?", (slug,)
        ).fetchone()
        if path and Path(path).resolve().is_relative_to(bundled.bundled_decks_dir().resolve()):
            conn.execute(
                "INSERT OR IGNORE INTO bundled_skip (name, slug, why) VALUES (?, ?, 'removed')",
                (Path(path).name, slug),
            )
        if progress:
            for table in ("review_log", "practice_log", "card_state"):
                conn.execute(f"DELETE FROM {table} WHERE item_id IN ({ITEMS})", (deck_id,))
            # quiz_result points at the sections too: it goes before them.
            for table in ("quiz_result", "item", "section"):
                conn.execute(f"DELETE FROM {table} WHERE deck_id = ?", (deck_id,))
            conn.execute("DELETE FROM deck WHERE id = ?", (deck_id,))
        else:
            conn.execute("UPDATE item SET retired = 1 WHERE deck_id = ?", (deck_id,))
            conn.execute("UPDATE section SET retired = 1 WHERE deck_id = ?", (deck_id,))
            # No file hash: importing the same file again reads it, which brings it back.
            conn.execute(
                "UPDATE deck SET removed_at = ?, file_hash = NULL WHERE id = ?",
                (to_db(store.clock.now()), deck_id),
            )
    return size


def skipped_bundled(store: Store) -> set[str]:
    """Bundled deck files start-up leaves alone: removed, or copied to be edited."""
    with store.read() as conn:
        return {row[0] for row in conn.execute("SELECT name FROM bundled_skip")}
