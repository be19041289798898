"""The card list students search: every live item with its state, filtered by words."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from quizapp.deck.model import ClozeCard
from quizapp.storage.codec import card_from_json, from_db
from quizapp.storage.views import BrowseRow

PHASE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}


def browse_rows(
    conn: sqlite3.Connection,
    profile_id: int,
    query: str,
    deck: str | None,
    limit: int,
    now: datetime,
    today: date | None = None,
) -> list[BrowseRow]:
    """Items whose text, section title or type match every word of ``query``, in deck order."""
    where = ["i.retired = 0"]
    params: list[object] = [profile_id]
    if deck:
        where.append("d.slug = ?")
        params.append(deck)
    for word in query.lower().split():
        # search_text is lower-cased at import; the section title is matched without case
        where.append("(i.search_text LIKE ? OR lower(c.title) LIKE ? OR i.type = ?)")
        params += [f"%{word}%", f"%{word}%", word]
    params.append(limit)
    rows = conn.execute(
        "SELECT i.id, i.key, i.type, i.content_json, c.title, d.slug, "
        "s.phase, s.due, s.suspended, s.flagged, s.buried_until, i.valid_until "
        "FROM item i JOIN section c ON c.id = i.section_id JOIN deck d ON d.id = i.deck_id "
        "LEFT JOIN card_state s ON s.item_id = i.id AND s.profile_id = ? "
        f"WHERE {' AND '.join(where)} ORDER BY d.title, i.position LIMIT ?",
        params,
    ).fetchall()
    result = []
    for row in rows:
        item_id, key, kind, content, section_title, deck_slug, phase, due = row[:8]
        suspended, flagged, buried_until, until = row[8:]
        card = card_from_json(content)
        text = card.text if isinstance(card, ClozeCard) else getattr(card, "question", None)
        result.append(
            BrowseRow(
                item_id=item_id,
                key=key,
                deck_slug=deck_slug,
                section_title=section_title,
                type=kind,
                text=text or getattr(card, "statement", ""),
                phase=PHASE_NAMES[phase or 0],
                due=from_db(due),
                suspended=bool(suspended),
                flagged=bool(flagged),
                buried=buried_until is not None and from_db(buried_until) > now,  # type: ignore[operator]
                # ISO dates compare as text
                expired=today is not None and until is not None and until <= today.isoformat(),
            )
        )
    return result
