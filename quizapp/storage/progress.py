"""Every profile's scheduling state per item, for teachers' progress spreadsheets."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from quizapp.deck import Settings
from quizapp.scheduling import retrievability
from quizapp.storage.codec import STATE_SELECT, settings_from_json, state_of, state_row
from quizapp.storage.report_views import ProgressRow

PHASE_NAMES = ("new", "learning", "review", "relearning")


def progress_rows(
    conn: sqlite3.Connection, now: datetime, deck_id: str | None = None
) -> list[ProgressRow]:
    """A row per live item and profile (never-studied items too), in deck order."""
    params: tuple = ()
    where = "i.retired = 0 AND c.retired = 0"
    if deck_id is not None:
        where += " AND d.slug = ?"
        params = (deck_id,)
    rows = conn.execute(
        f"SELECT p.name, d.slug, d.settings_json, c.slug, i.key, {STATE_SELECT} "
        "FROM profile p CROSS JOIN deck d "  # every profile with every item
        "JOIN section c ON c.deck_id = d.id JOIN item i ON i.section_id = c.id "
        "LEFT JOIN card_state s ON s.item_id = i.id AND s.profile_id = p.id "
        f"WHERE {where} ORDER BY p.name, d.slug, c.position, i.position, i.cloze_number",
        params,
    ).fetchall()
    result: list[ProgressRow] = []
    settings: dict[str, Settings] = {}
    for profile, deck, settings_text, section, key, *values in rows:
        row = state_row(tuple(values))
        state = state_of(row)
        if deck not in settings:
            settings[deck] = settings_from_json(settings_text)
        studied = state.last_review is not None
        recall = retrievability(state, now, settings[deck]) if studied else None
        result.append(
            ProgressRow(
                profile=profile,
                deck=deck,
                section=section,
                card=key,
                state=PHASE_NAMES[int(state.phase)],
                reps=state.reps,
                lapses=state.lapses,
                stability=state.stability,
                retrievability=recall,
                last_review=state.last_review,
                due=state.due,
                flagged=bool(row and row["flagged"]),
                flag_note=row["flag_note"] if row else None,
            )
        )
    return result
