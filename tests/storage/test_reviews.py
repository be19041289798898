"""Reviews are logged with their states; undo restores exactly; the queue respects limits."""

from __future__ import annotations

from datetime import timedelta

from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Phase, Rating
from quizapp.storage import Store
from tests.conftest import SAMPLE_DECK


def log_count(store: Store) -> int:
    with store.read() as conn:
        return conn.execute("SELECT count(*) FROM review_log").fetchone()[0]


def state_row(store: Store, item_id: int) -> tuple:
    with store.read() as conn:
        return conn.execute(
            "SELECT * FROM card_state WHERE profile_id = ? AND item_id = ?",
            (store.profile_id, item_id),
        ).fetchone()


def test_review_writes_state_and_log(store: Store) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    first = store.next_items()[0]
    outcome = store.review(first.item_id, Rating.Good, 2500)
    assert outcome.state.phase is Phase.LEARNING
    with store.read() as conn:
        [log] = conn.execute(
            "SELECT rating, duration_ms, phase_before, state_after FROM review_log"
        ).fetchall()
    assert log[:3] == (3, 2500, 0)
    assert '"phase": 1' in log[3]


def test_undo_restores_state_exactly_and_removes_the_log(store: Store, clock: FrozenClock) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    item = store.next_items()[0]
    store.review(item.item_id, Rating.Good)
    clock.advance(timedelta(minutes=10))
    store.review(item.item_id, Rating.Good)
    before = state_row(store, item.item_id)
    clock.advance(timedelta(days=2))
    store.review(item.item_id, Rating.Again)
    assert store.undo_last_review() == item.item_id
    after = state_row(store, item.item_id)
    assert after == before
    assert log_count(store) == 2
    # undoing a first review makes the card new again
    store.undo_last_review()
    store.undo_last_review()
    assert store.item(item.item_id).state.phase is Phase.NEW
    assert log_count(store) == 0
    assert store.undo_last_review() is None


def test_new_cards_limited_per_day_and_queue_in_section_order(
    store: Store, clock: FrozenClock
) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    queue = store.next_items()
    assert [i.key for i in queue] == ["paris", "pact#c1", "pact#c2", "leader", "sky"]
    for item in queue:
        store.review(item.item_id, Rating.Easy)
    # the five new cards of today are used up: nothing new until tomorrow
    assert store.next_items() == []
    assert store.deck_summaries()[0].counts.new == 0
    clock.advance(timedelta(days=1))
    assert [i.key for i in store.next_items()] == ["grass", "snow"]


def test_due_cards_come_by_due_time(store: Store, clock: FrozenClock) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    items = {i.key: i for i in store.next_items()}
    store.review(items["sky"].item_id, Rating.Easy)  # longer interval
    store.review(items["paris"].item_id, Rating.Hard)  # learning, due soon
    clock.advance(timedelta(days=60))
    keys = [i.key for i in store.next_items()]
    assert keys.index("paris") < keys.index("sky")


def test_suspend_and_bury_hide_a_card(store: Store, clock: FrozenClock) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    first, second = store.next_items()[:2]
    store.set_suspended(first.item_id)
    store.bury(second.item_id)
    keys = [i.key for i in store.next_items()]
    assert first.key not in keys and second.key not in keys
    clock.advance(timedelta(days=1))
    keys = [i.key for i in store.next_items()]
    assert second.key in keys and first.key not in keys
    store.set_suspended(first.item_id, False)
    assert first.key in [i.key for i in store.next_items()]


def test_flag_is_kept_for_the_teacher(store: Store) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    item = store.next_items()[0]
    store.set_flagged(item.item_id, True, "the answer is ambiguous")
    [row] = [r for r in store.browse() if r.item_id == item.item_id]
    assert row.flagged


def test_quizzes_are_kept_in_history_and_never_touch_the_schedule(store: Store) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    items = store.quiz_items("demo", count=10, seed=3)
    # free-recall qa cards cannot be scored by a program, so they are left out
    assert {i.key for i in items} == {"paris", "pact#c1", "pact#c2", "leader", "sky"}
    store.record_quiz("demo", "capitals", 4, 3, ["leader"])
    [record] = store.stats().recent_quizzes
    assert (record.deck_slug, record.section_slug, record.total, record.correct) == (
        "demo",
        "capitals",
        4,
        3,
    )
    assert record.missed == ["leader"]
    assert log_count(store) == 0
    assert all(i.state.phase is Phase.NEW for i in store.next_items())
