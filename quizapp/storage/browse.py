"""The card list students search: every live item with its state, filtered by a search."""

from __future__ import annotations

import sqlite3
from datetime import date

from quizapp.deck.model import ClozeCard
from quizapp.search import parse
from quizapp.storage.codec import card_from_json, from_db
from quizapp.storage.report_views import BrowseRow
from quizapp.storage.search_sql import SearchContext, order_by, where

PHASE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}


def browse_rows(
    conn: sqlite3.Connection,
    context: SearchContext,
    query: str,
    deck: str | None,
    limit: int,
    sort: str = "deck",
    descending: bool = False,
    today: date | None = None,
) -> list[BrowseRow]:
    """Live items matching the search ``query`` (``quizapp.search`` syntax), sorted.

    Raises ``SearchError`` for a query that cannot be read.
    """
    condition = where(parse(query), context)
    params: list[object] = [context.profile_id, *context.params]
    deck_filter = ""
    if deck:
        deck_filter = " AND d.slug = ?"
        params.append(deck)
    params.append(limit)
    rows = conn.execute(
        "SELECT i.id, i.key, i.type, i.content_json, c.title, d.slug, "
        "s.phase, s.due, s.suspended, s.flagged, s.buried_until, i.valid_until "
        "FROM item i JOIN section c ON c.id = i.section_id JOIN deck d ON d.id = i.deck_id "
        "LEFT JOIN card_state s ON s.item_id = i.id AND s.profile_id = ? "
        f"WHERE i.retired = 0 AND {condition}{deck_filter} "
        f"ORDER BY {order_by(sort, descending)}, i.id LIMIT ?",
        params,
    ).fetchall()
    now = context.now
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
                context=card.context,
            )
        )
    return result
