"""Retention as Anki's statistics show it ("true retention"): per deck and overall, young and
mature cards apart, over today, yesterday, the last 7, 30 and 365 days and all time.

An answer counts when the card was in review (or on a learning step of a day or more); it passed
unless it was Again. Young cards had an interval under 21 days, mature ones 21 or more.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from quizapp.storage.report_views import DeckRetention, RetentionCounts

MATURE_DAYS = 21
PERIODS = ("today", "yesterday", "week", "month", "year", "all_time")  # week: the last 7 days

# One pass over the partial index, in its order (day, then deck), summing the four counts.
_QUERY = """
    SELECT study_day, deck_id,
           sum(last_interval < :mature AND rating > 1),
           sum(last_interval < :mature AND rating = 1),
           sum(last_interval >= :mature AND rating > 1),
           sum(last_interval >= :mature AND rating = 1)
    FROM review_log INDEXED BY ix_review_log_retention
    WHERE profile_id = :profile AND (phase_before = 2 OR last_interval <= -86400)
    GROUP BY study_day, deck_id
"""


def _periods(back: int) -> tuple[str, ...]:
    """The periods an answer ``back`` study days ago falls in."""
    if back <= 0:
        return ("today", "week", "month", "year", "all_time")
    if back == 1:
        return ("yesterday", "week", "month", "year", "all_time")
    if back < 7:
        return ("week", "month", "year", "all_time")
    if back < 30:
        return ("month", "year", "all_time")
    if back < 365:
        return ("year", "all_time")
    return ("all_time",)


def true_retention(
    conn: sqlite3.Connection, profile: int, today: int, decks: dict[int, str]
) -> list[DeckRetention]:
    """The overall figures first, then one entry per deck (``decks``: id -> slug, in order)."""
    per_deck: dict[int | None, dict[str, list[int]]] = defaultdict(
        lambda: {name: [0, 0, 0, 0] for name in PERIODS}
    )
    args = {"mature": MATURE_DAYS, "profile": profile}
    for day, deck_id, *counts in conn.execute(_QUERY, args).fetchall():
        names = _periods(today - day)
        for scope in (None, deck_id):
            for name in names:
                slots = per_deck[scope][name]
                for slot, n in enumerate(counts):
                    slots[slot] += n or 0
    result = [_entry(None, None, per_deck[None])]
    for deck_id, slug in decks.items():
        result.append(_entry(deck_id, slug, per_deck[deck_id]))
    return result


def _entry(deck_id: int | None, slug: str | None, counts: dict[str, list[int]]) -> DeckRetention:
    return DeckRetention(
        deck_slug=slug,
        periods={name: RetentionCounts(*counts[name]) for name in PERIODS},
    )
