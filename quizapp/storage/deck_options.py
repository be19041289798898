"""A profile's own options for a deck, over the deck file's settings, and the extra new cards
granted for a day by custom study.

The deck file's ``settings`` stay the default: a profile's row replaces them for that profile
only, and removing the row brings the file's settings back.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from quizapp.deck.model import Settings
from quizapp.scheduling.exam import new_cards_allowed
from quizapp.storage.codec import settings_from_json, settings_json

__all__ = [
    "add_extra_new",
    "daily_new_limit",
    "deck_settings",
    "extra_new",
    "has_own_options",
    "save_options",
]


def deck_settings(conn: sqlite3.Connection, profile_id: int, deck_id: int) -> Settings:
    """The settings in force for a profile: its own options, else the deck file's."""
    found = conn.execute(
        "SELECT o.settings_json, d.settings_json FROM deck d "
        "LEFT JOIN deck_option o ON o.deck_id = d.id AND o.profile_id = ? WHERE d.id = ?",
        (profile_id, deck_id),
    ).fetchone()
    if found is None:
        raise KeyError(f"no deck {deck_id}")
    return settings_from_json(found[0] or found[1])


def has_own_options(conn: sqlite3.Connection, profile_id: int, deck_id: int) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM deck_option WHERE profile_id = ? AND deck_id = ?", (profile_id, deck_id)
        ).fetchone()
        is not None
    )


def save_options(
    conn: sqlite3.Connection, profile_id: int, deck_id: int, settings: Settings | None
) -> None:
    """Store the profile's options for the deck; None goes back to the deck file's."""
    if settings is None:
        conn.execute(
            "DELETE FROM deck_option WHERE profile_id = ? AND deck_id = ?", (profile_id, deck_id)
        )
        return
    conn.execute(
        "INSERT INTO deck_option (profile_id, deck_id, settings_json) VALUES (?, ?, ?) "
        "ON CONFLICT (profile_id, deck_id) DO UPDATE SET settings_json = excluded.settings_json",
        (profile_id, deck_id, settings_json(settings)),
    )


def extra_new(conn: sqlite3.Connection, profile_id: int, today: int) -> dict[int, int]:
    """Extra new cards allowed today, per deck id, on top of the daily limit."""
    rows = conn.execute(
        "SELECT deck_id, extra FROM extra_new WHERE profile_id = ? AND study_day = ?",
        (profile_id, today),
    )
    return dict(rows.fetchall())


def add_extra_new(
    conn: sqlite3.Connection, profile_id: int, deck_id: int, today: int, count: int
) -> None:
    conn.execute(
        "INSERT INTO extra_new (profile_id, deck_id, study_day, extra) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (profile_id, deck_id, study_day) DO UPDATE SET extra = extra + excluded.extra",
        (profile_id, deck_id, today, count),
    )


def daily_new_limit(
    settings: Settings, today: date, unseen: int, introduced: int, extra: int
) -> int:
    """Today's whole new-card limit: the deck's (or the exam's pace), plus custom study's extra."""
    # new_cards_allowed gives what is left of the limit after ``introduced``; from nothing
    # introduced yet (and those cards still unseen) it is the limit itself.
    return new_cards_allowed(settings, today, unseen + introduced, 0) + extra
