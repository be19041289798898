"""The review's "left" count: learning cards that come back later in the session are counted
from their answer on, so the count never jumps up when they return."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from textual.pilot import Pilot

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock
from quizapp.storage import open_store
from quizapp.tui.app import build_app
from quizapp.tui.screens.review import ReviewScreen
from quizapp.tui.screens.summary import SummaryScreen

from .progress_support import plain

CARDS = 5
HEAD = "version: 1\nid: facts\ntitle: Facts\nsections:\n  - id: s\n    title: S\n    cards:\n"
DECK = HEAD + "".join(
    f"      - {{id: f{i}, type: qa, question: Fact {i}?, answer: A{i}}}\n" for i in range(CARDS)
)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def counts(pilot: Pilot[None]) -> tuple[int, int]:
    text = plain(pilot.app.screen.query_one("#counts"))
    done, left = re.fullmatch(r"done (\d+) · left (\d+)", text).groups()  # type: ignore[union-attr]
    return int(done), int(left)


async def test_left_does_not_jump_when_learning_cards_come_back(
    tmp_path: Path, clock: FrozenClock
) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(DECK, encoding="utf-8")
    store = open_store(tmp_path / "left.db", clock=clock)
    store.fuzz = False
    store.import_deck(load_deck(path), path)
    app = build_app(store, clock=clock)
    seen: list[tuple[int, int]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        seen.append(counts(pilot))
        # Every new card: Again (back in a minute). Then every card Good until they graduate.
        for answer in ["1"] * CARDS + ["3"] * (4 * CARDS):
            if not isinstance(app.screen, ReviewScreen):
                break
            await pilot.press("space", answer)
            await settle(pilot)
            if isinstance(app.screen, ReviewScreen):
                seen.append(counts(pilot))
        assert isinstance(app.screen, SummaryScreen)
    store.close()
    assert seen[0] == (0, CARDS)
    lefts = [left for _, left in seen]
    assert all(b <= a for a, b in pairwise(lefts)), seen  # never up
    # After the five Agains all five are still left: they come back in this session.
    assert seen[CARDS] == (CARDS, CARDS)
    assert lefts[-1] == 1 and len(seen) > 2 * CARDS  # each card was shown more than once
