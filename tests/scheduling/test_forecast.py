"""The workload forecast: new cards as fsrs-rs's simulator has them, studied cards from their
due dates, and more reviews at a higher desired retention."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import fsrs_rs_python as fsrs_rs
from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import Settings, loads
from quizapp.scheduling import DEFAULT_PARAMETERS, CardState, FrozenClock, Rating, answer
from quizapp.scheduling.forecast import new_card_load, studied_load
from quizapp.storage import open_store

TODAY = date(2026, 5, 4)
NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)


def deck_text(count: int, per_day: int) -> str:
    cards = "\n".join(
        f"      - {{id: c{i}, type: qa, question: Q{i}?, answer: A{i}}}" for i in range(count)
    )
    return (
        f"version: 1\nid: big\ntitle: Big\nsettings: {{new_per_day: {per_day}}}\n"
        f"sections:\n  - id: s\n    title: S\n    cards:\n{cards}\n"
    )


def test_new_cards_sum_to_what_the_simulator_gives(tmp_path: Path) -> None:
    store = open_store(tmp_path / "f.db", clock=FrozenClock(NOW))
    store.import_deck(loads(deck_text(120, 15)))
    own, *others = store.workload("big", days=30)
    config = fsrs_rs.default_simulator_config()
    config.deck_size, config.learn_span, config.learn_limit = 120, 30, 15
    config.review_limit, config.max_cost_perday = 10**9, 1e9
    expected = fsrs_rs.simulate(list(DEFAULT_PARAMETERS), 0.9, config, 0)
    assert own.total == sum(expected.review_cnt_per_day) + sum(expected.learn_cnt_per_day)
    assert sum(own.reviews) == 0  # nothing studied yet
    assert own.new[:8] and all(n >= 15 for n in own.new[:8])  # 15 new a day for 8 days
    assert [w.retention for w in others] == [0.80, 0.85, 0.90, 0.95]
    assert others[0].total < others[-1].total  # higher retention, more reviews


def test_a_studied_card_is_counted_on_its_due_day() -> None:
    state = answer(CardState(), Rating.Easy, NOW, Settings(), fuzz=False).state
    assert state.scheduled_days == 8
    load = studied_load([state], TODAY, UTC, 30, 0.9, DEFAULT_PARAMETERS)
    assert load[8] >= 1 and sum(load[:8]) == 0
    later = studied_load([state], TODAY, UTC, 365, 0.9, DEFAULT_PARAMETERS)
    assert later[:30] == load and sum(later) >= 3  # and again after it, further apart


def test_new_card_load_is_empty_without_new_cards() -> None:
    assert new_card_load(0, 20, 10, 0.9, DEFAULT_PARAMETERS, 2, 1) == [0.0] * 10


def test_forecast_command(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    store = open_store(db, clock=FrozenClock(datetime.now(UTC) - timedelta(days=1)))
    store.import_deck(loads(deck_text(40, 10)))
    for item in store.next_items(deck="big"):
        store.review(item.item_id, Rating.Good, duration_ms=12_000)
    shown = CliRunner().invoke(app, ["--db", str(db), "forecast", "big", "--days", "90"])
    assert shown.exit_code == 0, shown.output
    assert "next 90 days at desired retention 0.90:" in shown.output
    assert "0.95" in shown.output
    listed = CliRunner().invoke(app, ["--db", str(db), "forecast", "big", "--json"])
    data = json.loads(listed.output)
    assert len(data["forecast"]) == 5 and len(data["forecast"][0]["answers_per_day"]) == 30
    # minutes follow the logged 12 s an answer
    first = data["forecast"][0]
    assert abs(sum(first["minutes_per_day"]) - first["total_answers"] * 12 / 60) < 1
    missing = CliRunner().invoke(app, ["--db", str(db), "forecast", "nope"])
    assert missing.exit_code == 2 and "no deck 'nope'" in missing.output
