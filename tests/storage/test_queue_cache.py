"""Asking for the queue again gives what a fresh read would, whatever changed in between."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store, open_store
from tests.conftest import SAMPLE_DECK


def keys(store: Store) -> list[str]:
    return [item.key for item in store.next_items()]


def fresh_keys(db: Path, clock: FrozenClock) -> list[str]:
    other = open_store(db, clock=clock)
    try:
        return keys(other)
    finally:
        other.close()


def test_the_queue_follows_reviews_time_and_other_programs(
    store: Store, db_path: Path, clock: FrozenClock
) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    first = keys(store)
    assert keys(store) == first == fresh_keys(db_path, clock)
    item = store.next_items()[0]
    store.review(item.item_id, Rating.Again)  # learning again in a minute or so
    assert keys(store) == fresh_keys(db_path, clock)
    assert item.key not in keys(store)
    clock.advance(timedelta(minutes=30))  # the learning card falls due
    assert item.key in keys(store)
    assert keys(store) == fresh_keys(db_path, clock)
    # another program (another connection) suspends a card: this store sees it at once
    other = open_store(db_path, clock=clock)
    victim = other.next_items()[0]
    other.set_suspended(victim.item_id, True)
    other.close()
    assert victim.key not in keys(store)
    assert keys(store) == fresh_keys(db_path, clock)
    clock.advance(timedelta(days=1))  # a new study day brings new cards
    assert keys(store) == fresh_keys(db_path, clock)
