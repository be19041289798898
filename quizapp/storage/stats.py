"""Progress figures for self-learners: activity, streak, retention, forecast, mastery."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from quizapp.scheduling import day_start, from_day_number
from quizapp.storage import quizzes
from quizapp.storage.codec import to_db
from quizapp.storage.queue import MASTERED_STABILITY_DAYS, OUT_OF_STUDY, Window
from quizapp.storage.report_views import SectionMastery, Stats

HEATMAP_DAYS = 182
RECENT_QUIZZES = 5
FORECAST_DAYS = 30


def streak(days: set[int], today: int) -> int:
    """Consecutive study days ending today (or yesterday, when today has no reviews yet)."""
    current = today if today in days else today - 1
    count = 0
    while current in days:
        count += 1
        current -= 1
    return count


def compute_stats(conn: sqlite3.Connection, window: Window, tz) -> Stats:  # type: ignore[no-untyped-def]
    profile = window.profile_id
    today = window.today
    per_day = dict(
        conn.execute(
            "SELECT study_day, count(*) FROM review_log WHERE profile_id = ? AND study_day > ? "
            "GROUP BY study_day",
            (profile, today - HEATMAP_DAYS),
        ).fetchall()
    )
    days = set(per_day)
    run = streak(days, today)
    if run >= HEATMAP_DAYS - 1:  # a long streak: look further back than the heatmap
        days = {
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT study_day FROM review_log WHERE profile_id = ?", (profile,)
            )
        }
        run = streak(days, today)
    total, passed = conn.execute(
        "SELECT count(*), sum(CASE WHEN rating > 1 THEN 1 ELSE 0 END) FROM review_log "
        "WHERE profile_id = ? AND study_day > ? AND phase_before = 2",
        (profile, today - 30),
    ).fetchone()
    reviews, millis = conn.execute(
        "SELECT count(*), coalesce(sum(duration_ms), 0) FROM review_log WHERE profile_id = ?",
        (profile,),
    ).fetchone()
    return Stats(
        today=from_day_number(today),
        reviews_today=per_day.get(today, 0),
        streak_days=run,
        retention_30d=(passed or 0) / total if total else None,
        reviews_per_day={from_day_number(d): n for d, n in sorted(per_day.items())},
        forecast=forecast(conn, window, tz),
        mastery=mastery(conn, profile, window.study_date),
        total_time=timedelta(milliseconds=int(millis or 0)),
        total_reviews=int(reviews or 0),
        recent_quizzes=quizzes.history(conn, profile, RECENT_QUIZZES),
    )


def deck_slugs(conn: sqlite3.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT id, slug FROM deck ORDER BY title").fetchall())


def forecast(conn: sqlite3.Connection, window: Window, tz) -> list[int]:  # type: ignore[no-untyped-def]
    """Items falling due on each of the next 30 study days; overdue ones count for today."""
    start = day_start(from_day_number(window.today), tz)
    end = day_start(from_day_number(window.today + FORECAST_DAYS), tz)
    # Retired and expired items are few: excluding them by a subquery keeps the scan on the
    # covering index.
    rows = conn.execute(
        "SELECT CAST(julianday(due) - julianday(:start) AS INTEGER) AS bucket, count(*) "
        "FROM card_state WHERE profile_id = :profile AND phase > 0 AND suspended = 0 "
        f"AND due < :end AND item_id NOT IN ({OUT_OF_STUDY}) "
        "GROUP BY bucket",
        {"start": to_db(start), "end": to_db(end), "profile": window.profile_id,
         "study_date": window.study_date.isoformat()},
    ).fetchall()
    counts = [0] * FORECAST_DAYS
    for offset, n in rows:
        counts[min(max(int(offset), 0), FORECAST_DAYS - 1)] += n
    return counts


def mastery(conn: sqlite3.Connection, profile: int, study_date: date) -> list[SectionMastery]:
    # Counted from indexes only (items per section; mastered states joined to their section),
    # then put in deck and section order: the item rows, with the cards' text, are not read.
    # Expired items (found by ix_item_valid_until) are out of study, so out of mastery too.
    expired = "i.id NOT IN (SELECT id FROM item WHERE valid_until <= :study_date)"
    cards = dict(
        conn.execute(
            "SELECT section_id, count(*) FROM item i INDEXED BY ix_item_section "
            f"WHERE retired = 0 AND {expired} GROUP BY section_id",
            {"study_date": study_date.isoformat()},
        ).fetchall()
    )
    mastered = dict(
        conn.execute(
            "SELECT i.section_id, count(*) FROM card_state s "
            "JOIN item i INDEXED BY ix_item_section ON i.id = s.item_id "
            f"WHERE s.profile_id = :profile AND s.stability >= :mastered AND i.retired = 0 "
            f"AND {expired} GROUP BY i.section_id",
            {"profile": profile, "mastered": MASTERED_STABILITY_DAYS,
             "study_date": study_date.isoformat()},
        ).fetchall()
    )
    sections = conn.execute(
        "SELECT d.slug, c.slug, c.title, c.id FROM section c JOIN deck d ON d.id = c.deck_id "
        "WHERE c.retired = 0 ORDER BY d.title, c.position"
    ).fetchall()
    return [
        SectionMastery(deck, slug, title, cards[section], mastered.get(section, 0))
        for deck, slug, title, section in sections
        if section in cards
    ]
