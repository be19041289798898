"""A profile with a long review history, written straight into the log (as years of study would
leave it), for the optimizer's storage and command tests."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

from quizapp.deck import Deck, QACard, Section
from quizapp.scheduling import day_number, day_start, from_day_number
from quizapp.scheduling.optimize import LoggedReview
from quizapp.storage import Store
from tests.scheduling.simulated_learner import simulate, true_parameters


def big_deck(cards: int) -> Deck:
    section = Section(
        id="facts",
        title="Facts",
        cards=tuple(
            QACard(id=f"c{i}", question=f"Fact {i}?", answer=f"Answer {i}") for i in range(cards)
        ),
    )
    return Deck(id="big", title="Big deck", sections=(section,))


def _db(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def write_history(store: Store, log: list[LoggedReview]) -> list[int]:
    """Log ``log``'s answers for the deck's cards, ending before today; every card in review,
    due a day after its last answer. Returns the item id of each simulated card."""
    cards = max(r.card for r in log) + 1
    store.import_deck(big_deck(cards))
    conn = sqlite3.connect(store.path)
    try:
        cur = conn.cursor()
        query = "SELECT item.id FROM item JOIN deck ON deck.id = item.deck_id"
        items = [row[0] for row in cur.execute(f"{query} WHERE slug = 'big' ORDER BY position")]
        today = day_number(store.clock.now().date())
        shift = today - 1 - max(r.day for r in log)
        tz = store.clock.tz
        seen: set[int] = set()
        last: dict[int, datetime] = {}
        for r in log:
            day = r.day + shift
            at = day_start(from_day_number(day), tz) + timedelta(hours=8)
            phase = 2 if r.card in seen else 0
            seen.add(r.card)
            cur.execute(
                "INSERT INTO review_log (profile_id, item_id, rating, reviewed_at, study_day,"
                " state_before, state_after, phase_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (store.profile_id, items[r.card], r.rating, _db(at),
                 day, json.dumps(None), json.dumps(None), phase),
            )
            last[r.card] = at
        for card, at in last.items():
            cur.execute(
                "INSERT INTO card_state (profile_id, item_id, phase, stability, difficulty, due,"
                " last_review, reps) VALUES (?, ?, 2, 1.0, 5.0, ?, ?, 1)",
                (store.profile_id, items[card],
                 _db(at + timedelta(days=1)),
                 _db(at)),
            )
        conn.commit()
    finally:
        conn.close()
    return items


def long_history(cards: int = 400, reviews_per_card: int = 6) -> list[LoggedReview]:
    return simulate(true_parameters(), cards, reviews_per_card, seed=5, horizon=730)
