"""What to study now: due counts per deck and section, and the ordered queue of items."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from quizapp.deck.model import Settings
from quizapp.scheduling import from_day_number
from quizapp.scheduling.exam import ExamOutlook, outlook
from quizapp.storage.codec import STATE_SELECT, settings_from_json, state_of, state_row, to_db
from quizapp.storage.deck_options import daily_new_limit, extra_new
from quizapp.storage.views import Counts, DeckSummary, SectionSummary

MASTERED_STABILITY_DAYS = 21.0

# Not suspended, and not buried past ``now`` (parameter :now).
AVAILABLE = "s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= :now)"
# In the deck and not expired: from its valid_until day on an item is hidden (:study_date).
LIVE = "i.retired = 0 AND (i.valid_until IS NULL OR i.valid_until > :study_date)"
# The ids of items out of study (retired or expired), for counts over card states that should
# not read the item rows: both parts are answered from indexes (ix_item_section and
# ix_item_valid_until). Parameter :study_date.
OUT_OF_STUDY = (
    "SELECT id FROM item WHERE retired = 1 "
    "UNION ALL SELECT id FROM item WHERE valid_until <= :study_date"
)


@dataclass(frozen=True)
class Window:
    """The moments that bound "due today" for one profile."""

    profile_id: int
    now: datetime
    day_end: datetime  # when the current study day ends (UTC)
    today: int  # day number of the current study day

    @property
    def study_date(self) -> date:
        return from_day_number(self.today)

    def params(self) -> dict[str, object]:
        return {
            "profile": self.profile_id,
            "now": to_db(self.now),
            "day_end": to_db(self.day_end),
            "today": self.today,
            "study_date": self.study_date.isoformat(),
        }


def introduced_today(conn: sqlite3.Connection, window: Window) -> dict[int, int]:
    """New items first studied today, per deck id (for the daily new-card limit)."""
    rows = conn.execute(
        "SELECT i.deck_id, count(*) FROM card_state s JOIN item i ON i.id = s.item_id "
        "WHERE s.profile_id = ? AND s.introduced_day = ? GROUP BY i.deck_id",
        (window.profile_id, window.today),
    )
    return dict(rows.fetchall())


SECTION_COUNTS = f"""
SELECT i.section_id,
       count(*),
       sum(CASE WHEN s.phase IN (1, 3) AND s.due < :day_end AND {AVAILABLE} THEN 1 ELSE 0 END),
       sum(CASE WHEN s.phase = 2 AND s.due < :day_end AND {AVAILABLE} THEN 1 ELSE 0 END),
       sum(CASE WHEN s.stability >= {MASTERED_STABILITY_DAYS} THEN 1 ELSE 0 END)
FROM item i JOIN card_state s ON s.item_id = i.id
WHERE s.profile_id = :profile AND {LIVE}
  AND (s.phase > 0 OR s.suspended = 1 OR (s.buried_until IS NOT NULL AND s.buried_until > :now))
GROUP BY i.section_id
"""


def summaries(
    conn: sqlite3.Connection,
    window: Window,
    tz: tzinfo = UTC,
    params: tuple[float, ...] | None = None,
) -> list[DeckSummary]:
    decks = conn.execute(
        "SELECT id, slug, title, description, settings_json FROM deck WHERE removed_at IS NULL "
        "ORDER BY title"
    ).fetchall()
    sections = conn.execute(
        "SELECT id, deck_id, slug, title, position FROM section WHERE retired = 0 "
        "ORDER BY position"
    ).fetchall()
    totals = dict(
        conn.execute(
            f"SELECT i.section_id, count(*) FROM item i WHERE {LIVE} GROUP BY i.section_id",
            window.params(),
        ).fetchall()
    )
    # items no longer new (or hidden), so not part of the new count
    per_section = {
        row[0]: row[1:] for row in conn.execute(SECTION_COUNTS, window.params()).fetchall()
    }
    introduced = introduced_today(conn, window)
    extra = extra_new(conn, window.profile_id, window.today)
    own = dict(
        conn.execute(
            "SELECT deck_id, settings_json FROM deck_option WHERE profile_id = ?",
            (window.profile_id,),
        ).fetchall()
    )
    by_deck: dict[int, list[tuple]] = defaultdict(list)
    for section in sections:
        by_deck[section[1]].append(section)
    result = []
    today = from_day_number(window.today)
    for deck_id, slug, title, description, settings_text in decks:
        settings = settings_from_json(own.get(deck_id, settings_text))
        unseen = sum(
            totals.get(section[0], 0) - per_section.get(section[0], (0,))[0]
            for section in by_deck[deck_id]
        )
        done = introduced.get(deck_id, 0)
        limit = daily_new_limit(settings, today, unseen, done, extra.get(deck_id, 0))
        remaining = max(0, limit - done)
        section_views = []
        deck_new = deck_learning = deck_due = deck_cards = deck_mastered = 0
        for section_id, _, section_slug, section_title, position in by_deck[deck_id]:
            cards = totals.get(section_id, 0)
            touched, learning, due, mastered = per_section.get(section_id, (0, 0, 0, 0))
            learning, due, mastered = learning or 0, due or 0, mastered or 0
            new = cards - touched
            section_views.append(
                SectionSummary(
                    deck_slug=slug,
                    slug=section_slug,
                    title=section_title,
                    position=position,
                    cards=cards,
                    counts=Counts(new=min(new, remaining), learning=learning, due=due),
                    mastery=mastered / cards if cards else 0.0,
                )
            )
            deck_new += new
            deck_learning += learning
            deck_due += due
            deck_cards += cards
            deck_mastered += mastered
        result.append(
            DeckSummary(
                slug=slug,
                title=title,
                description=description,
                cards=deck_cards,
                counts=Counts(new=min(deck_new, remaining), learning=deck_learning, due=deck_due),
                mastery=deck_mastered / deck_cards if deck_cards else 0.0,
                sections=section_views,
                exam=exam_outlook(conn, window, deck_id, settings, unseen, tz, params),
                new_limit=limit,
                unseen=deck_new,
            )
        )
    return result


def unseen_count(conn: sqlite3.Connection, profile: int, deck_id: int, today: date) -> int:
    """Live items of a deck not yet introduced (for pacing new cards to an exam): an expired
    card will never be introduced, so it does not speed up the pace."""
    return conn.execute(
        "SELECT count(*) FROM item i LEFT JOIN card_state s "
        "ON s.item_id = i.id AND s.profile_id = :profile "
        f"WHERE i.deck_id = :deck AND {LIVE} AND (s.item_id IS NULL OR s.phase = 0)",
        {"profile": profile, "deck": deck_id, "study_date": today.isoformat()},
    ).fetchone()[0]


def exam_outlook(
    conn: sqlite3.Connection,
    window: Window,
    deck_id: int,
    settings: Settings,
    unseen: int,
    tz: tzinfo,
    params: tuple[float, ...] | None,
) -> ExamOutlook | None:
    if settings.exam is None:
        return None
    # Expired cards are not studied any more, so they are not predicted for the exam either.
    rows = conn.execute(
        f"SELECT {STATE_SELECT} FROM card_state s JOIN item i ON i.id = s.item_id "
        f"WHERE s.profile_id = :profile AND i.deck_id = :deck AND {LIVE} AND s.phase > 0",
        {**window.params(), "deck": deck_id},
    ).fetchall()
    states = [state_of(state_row(row)) for row in rows]
    return outlook(states, unseen, settings, from_day_number(window.today), tz, params)


def due_item_ids(
    conn: sqlite3.Connection,
    window: Window,
    deck_id: int | None,
    section_id: int | None,
    limit: int,
    learn_ahead: datetime | None = None,
) -> list[int]:
    """Learning cards due now and review cards due today, by due time, then section order."""
    where = ""
    params = window.params()
    params.update(cutoff=to_db(learn_ahead or window.now), limit=limit)
    if deck_id is not None:
        where += " AND i.deck_id = :deck"
        params["deck"] = deck_id
    if section_id is not None:
        where += " AND i.section_id = :section"
        params["section"] = section_id
    rows = conn.execute(
        "SELECT i.id FROM card_state s JOIN item i ON i.id = s.item_id "
        "JOIN section c ON c.id = i.section_id "
        "WHERE s.profile_id = :profile AND s.due < :day_end "
        "AND (s.phase = 2 OR (s.phase IN (1, 3) AND s.due <= :cutoff)) "
        f"AND {AVAILABLE} AND {LIVE}{where} "
        "ORDER BY s.due, c.position, i.position LIMIT :limit",
        params,
    )
    return [row[0] for row in rows.fetchall()]


def new_item_ids(
    conn: sqlite3.Connection, window: Window, deck_id: int, section_id: int | None, limit: int
) -> list[int]:
    """Items never studied, in the deck's order (sections first to last)."""
    if limit <= 0:
        return []
    params = {**window.params(), "deck": deck_id, "limit": limit}
    where = ""
    if section_id is not None:
        where = " AND i.section_id = :section"
        params["section"] = section_id
    rows = conn.execute(
        "SELECT i.id FROM item i LEFT JOIN card_state s "
        "ON s.item_id = i.id AND s.profile_id = :profile "
        f"WHERE i.deck_id = :deck AND {LIVE} "
        f"AND (s.item_id IS NULL OR (s.phase = 0 AND {AVAILABLE})){where} "
        "ORDER BY i.position LIMIT :limit",
        params,
    )
    return [row[0] for row in rows.fetchall()]
