"""Deck and section titles by id, so screens and reports name a deck as its author titled it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

__all__ = ["Titles", "read_titles"]


@dataclass(frozen=True)
class Titles:
    """Titles by slug; a slug not known (a deck deleted since) names itself."""

    decks: dict[str, str] = field(default_factory=dict)
    sections: dict[tuple[str, str], str] = field(default_factory=dict)

    def deck(self, slug: str) -> str:
        return self.decks.get(slug, slug)

    def section(self, deck: str, section: str) -> str:
        return self.sections.get((deck, section), section)

    def place(self, deck: str | None, section: str | None = None) -> str:
        """"Deck title · Section title", the deck's title alone, or "every deck"."""
        if deck is None:
            return "every deck"
        if section is None:
            return self.deck(deck)
        return f"{self.deck(deck)} · {self.section(deck, section)}"


def read_titles(conn: sqlite3.Connection) -> Titles:
    decks = dict(conn.execute("SELECT slug, title FROM deck"))
    sections = {
        (deck, section): title
        for deck, section, title in conn.execute(
            "SELECT d.slug, c.slug, c.title FROM section c JOIN deck d ON d.id = c.deck_id"
        )
    }
    return Titles(decks, sections)
