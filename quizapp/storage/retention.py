"""Retention as Anki's statistics show it ("true retention"): per deck and overall, young and
mature cards apart, over today, yesterday, the last 7, 30 and 365 days and all time.

An answer counts when the card was in review (or on a learning step of a day or more); it passed
unless it was Again. Young cards had an interval under 21 days, mature ones 21 or more.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from quizapp.storage.views import DeckRetention, RetentionCounts

MATURE_DAYS = 21
PERIODS = ("today", "yesterday", "week", "month", "year", "all_time")  # week: the last 7 days

# One pass over the partial index: answers bucketed by how many study days ago they were.
_QUERY = """
    SELECT deck_id,
           CASE WHEN :today - study_day <= 0 THEN 0 WHEN :today - study_day = 1 THEN 1
                WHEN :today - study_day < 7 THEN 7 WHEN :today - study_day < 30 THEN 30
                WHEN :today - study_day < 365 THEN 365 ELSE 366 END AS back,
           last_interval < :mature AS young, rating > 1 AS passed, count(*)
    FROM review_log INDEXED BY ix_review_log_retention
    WHERE profile_id = :profile AND (phase_before = 2 OR last_interval <= -86400)
    GROUP BY 1, 2, 3, 4
"""
# bucket -> the periods it falls in
_BUCKETS = {
    0: ("today", "week", "month", "year", "all_time"),
    1: ("yesterday", "week", "month", "year", "all_time"),
    7: ("week", "month", "year", "all_time"),
    30: ("month", "year", "all_time"),
    365: ("year", "all_time"),
    366: ("all_time",),
}


def _add(counts: dict[str, list[int]], period: str, young: bool, passed: bool, n: int) -> None:
    slot = (0 if young else 2) + (0 if passed else 1)
    counts[period][slot] += n


def true_retention(
    conn: sqlite3.Connection, profile: int, today: int, decks: dict[int, str]
) -> list[DeckRetention]:
    """The overall figures first, then one entry per deck (``decks``: id -> slug, in order)."""
    per_deck: dict[int | None, dict[str, list[int]]] = defaultdict(
        lambda: {name: [0, 0, 0, 0] for name in PERIODS}
    )
    args = {"mature": MATURE_DAYS, "profile": profile, "today": today}
    for deck_id, back, young, passed, n in conn.execute(_QUERY, args).fetchall():
        for scope in (None, deck_id):
            for name in _BUCKETS[back]:
                _add(per_deck[scope], name, bool(young), bool(passed), n)
    result = [_entry(None, None, per_deck[None])]
    for deck_id, slug in decks.items():
        result.append(_entry(deck_id, slug, per_deck[deck_id]))
    return result


def _entry(deck_id: int | None, slug: str | None, counts: dict[str, list[int]]) -> DeckRetention:
    return DeckRetention(
        deck_slug=slug,
        periods={name: RetentionCounts(*counts[name]) for name in PERIODS},
    )
