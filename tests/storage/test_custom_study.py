"""Custom study in storage: more new cards today, cram and review ahead that leave the schedule
alone, and a profile's own deck options over the deck file's settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.deck import load_deck
from quizapp.deck.model import Settings
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store, open_store
from quizapp.storage.practice import Practice

DECK = Path(__file__).parents[1] / "tui" / "data" / "solar.yaml"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def store(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = open_store(tmp_path / "custom.db", clock=clock)
    store.fuzz = False
    store.import_deck(load_deck(DECK), DECK)
    yield store
    store.close()


def test_more_new_cards_raise_todays_limit_and_the_home_counts(store: Store) -> None:
    store.save_deck_options("solar", Settings(new_per_day=2))
    (deck,) = store.deck_summaries()
    assert (deck.counts.new, deck.new_limit, deck.unseen) == (2, 2, 9)
    for item in store.next_items():
        store.review(item.item_id, Rating.Easy)
    (deck,) = store.deck_summaries()
    assert deck.counts.new == 0 and deck.limit_reached
    assert store.next_items() == []
    store.add_new_today("solar", 3)
    (deck,) = store.deck_summaries()
    assert (deck.counts.new, deck.new_limit) == (3, 5) and not deck.limit_reached
    assert len(store.next_items()) == 3


def test_the_extra_is_for_today_only(store: Store, clock: FrozenClock) -> None:
    store.add_new_today("solar", 5)
    assert store.deck_summaries()[0].new_limit == 25
    clock.advance(timedelta(days=1))
    assert store.deck_summaries()[0].new_limit == 20


def test_cram_logs_answers_but_leaves_the_schedule(store: Store) -> None:
    items = store.practice_items(Practice("section", deck="solar", section="planets"))
    assert items and {item.section_slug for item in items} == {"planets"}
    before = [store.item(item.item_id).state for item in items]
    for item in items:
        store.practise(item.item_id, Rating.Again, "cram", 3000)
    assert [store.item(item.item_id).state for item in items] == before
    assert store.stats().total_reviews == 0
    assert store.practice_count() == len(items)
    assert store.undo_last_practice() == items[-1].item_id
    assert store.practice_count() == len(items) - 1


def test_review_ahead_takes_review_cards_due_within_the_days(
    store: Store, clock: FrozenClock
) -> None:
    first, second = store.next_items()[:2]
    store.review(first.item_id, Rating.Good)
    store.review(first.item_id, Rating.Good)  # out of learning: due in a few days
    store.review(second.item_id, Rating.Again)  # learning: not "ahead"
    due = store.item(first.item_id).state.due
    assert due is not None and due > START + timedelta(days=1)
    days = (due - START).days + 1
    assert [i.item_id for i in store.practice_items(Practice("ahead", days=days))] == [
        first.item_id
    ]
    assert store.practice_items(Practice("ahead", days=1)) == []


def test_cram_tag_flagged_and_recently_failed(store: Store, clock: FrozenClock) -> None:
    ids = [row.item_id for row in store.browse()]
    store.set_flagged(ids[2], True)
    assert [i.item_id for i in store.practice_items(Practice("flagged"))] == [ids[2]]
    store.review(ids[4], Rating.Again)
    assert [i.item_id for i in store.practice_items(Practice("failed", days=7))] == [ids[4]]
    clock.advance(timedelta(days=8))
    assert store.practice_items(Practice("failed", days=7)) == []
    found = store.practice_items(Practice("tag", tag="Giants"))  # tags match without case
    assert [item.card.id for item in found] == ["largest", "rings"]
