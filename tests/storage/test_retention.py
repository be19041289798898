"""Retention as Anki counts it: per deck and overall, young and mature apart, by period."""

from __future__ import annotations

import json
from datetime import timedelta

from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Phase, Rating
from quizapp.storage import Store
from tests.conftest import SAMPLE_DECK


def graduate(store: Store, clock: FrozenClock, item_id: int) -> None:
    """Learning answers, which retention does not count, until the card is in review."""
    while store.item(item_id).state.phase is not Phase.REVIEW:
        store.review(item_id, Rating.Good)
        clock.advance(timedelta(minutes=10))


def set_interval(store: Store, item_id: int, days: int) -> None:
    with store.write() as conn:
        conn.execute(
            "UPDATE card_state SET scheduled_days = ? WHERE profile_id = ? AND item_id = ?",
            (days, store.profile_id, item_id),
        )


def test_young_and_mature_answers_by_period(store: Store, clock: FrozenClock) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    young, mature = (item.item_id for item in store.next_items()[:2])
    for item in (young, mature):
        graduate(store, clock, item)
    set_interval(store, mature, 30)
    # 40 days ago the mature card is forgotten, 10 days ago the young one passes, today it fails
    clock.advance(timedelta(days=1))
    store.review(mature, Rating.Again)  # counted, mature (30 days), failed
    set_interval(store, mature, 25)
    clock.advance(timedelta(days=30))
    store.review(young, Rating.Hard)  # young, passed
    clock.advance(timedelta(days=10))
    set_interval(store, young, 5)
    store.review(young, Rating.Again)  # young, failed (today)
    overall, deck = store.retention()
    assert overall.deck_slug is None and deck.deck_slug == "demo"
    today, week, month, year = (overall.periods[p] for p in ("today", "week", "month", "year"))
    assert (today.young_passed, today.young_failed, today.count) == (0, 1, 1)
    assert week.count == 1
    assert (month.young_passed, month.young_failed, month.mature_failed) == (1, 1, 0)
    assert (year.young, year.mature, year.total) == (0.5, 0.0, 1 / 3)
    assert deck.periods == overall.periods


def test_learning_answers_do_not_count(store: Store, clock: FrozenClock) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    item = store.next_items()[0].item_id
    store.review(item, Rating.Again)
    store.review(item, Rating.Good)
    assert store.retention()[0].periods["all_time"].count == 0


def test_stats_json_has_retention_per_deck(store: Store, clock: FrozenClock, db_path) -> None:  # type: ignore[no-untyped-def]
    store.import_deck(loads(SAMPLE_DECK))
    item = store.next_items()[0].item_id
    graduate(store, clock, item)
    clock.advance(timedelta(days=3))
    store.review(item, Rating.Good)
    result = CliRunner().invoke(app, ["--db", str(db_path), "stats", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)["true_retention"]
    assert {"all", "demo"} <= set(data)  # the bundled decks are there too
    # the command runs on the real clock, so the review (on the fixture's date) is "all time"
    assert data["demo"]["all_time"]["young"] == {"passed": 1, "failed": 0}
    assert data["all"]["all_time"]["share"] == 1.0
    assert data["all"]["all_time"]["mature_share"] is None
