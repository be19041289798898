"""Counts read as people write them: "1 day", "1 review", "1 card", in the app and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quizapp.scheduling import FrozenClock, Rating
from quizapp.tui.screens.card_detail import state_line
from quizapp.tui.screens.stats import StatsScreen

from .progress_support import Host, plain, solar_store

ONE_CARD = """\
version: 1
id: one
title: One card
sections:
  - id: only
    title: Only
    cards:
      - {id: sky, type: qa, question: What colour is the sky?, answer: Blue}
"""


async def test_stats_after_one_review_say_1_day_and_1_review(
    tmp_path: Path, clock: FrozenClock
) -> None:
    store = solar_store(tmp_path / "one.db", clock)
    item = store.next_items()[0].item_id
    store.review(item, Rating.Again, duration_ms=5000)
    async with Host(store, StatsScreen()).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        summary = plain(pilot.app.screen.query_one("#summary"))
    assert "Streak 1 day " in summary and "Today 1 review " in summary
    assert "over 1 review" in summary and "reviews" not in summary
    assert "1 review, 0 lapses" in state_line(store.item(item))  # a new card's Again: no lapse
    store.review(item, Rating.Good)
    assert "2 reviews, 0 lapses" in state_line(store.item(item))
    store.close()


def _run(*args: str, db: Path) -> str:
    env = {**os.environ, "QUIZAPP_DB": str(db)}
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    return done.stdout


def test_cli_counts_one_card_in_the_singular(tmp_path: Path) -> None:
    deck = tmp_path / "one.yaml"
    deck.write_text(ONE_CARD, encoding="utf-8")
    db = tmp_path / "cli.db"
    assert "ok (1 section, 1 card)" in _run("check", str(deck), db=db)
    _run("import", str(deck), db=db)
    listing = _run("decks", db=db)
    assert "One card  [one]  1 card " in listing and "(1 card)" in listing
    assert "0 reviews" in _run("profiles", db=db)
