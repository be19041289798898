"""A card's context line (what it is about) reads above its prompt, in review and in a quiz,
as written: deck text is untrusted, so markup and control characters show literally."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, open_store
from quizapp.tui.app import build_app
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.review import ReviewScreen
from tests.hostile.screen import screen_text

DECK = """\
version: 1
id: canals
title: Canals
sections:
  - id: locks
    title: Locks
    cards:
      - id: flight
        type: cloze
        context: "Kennet and Avon Canal — [bold]Caen Hill[/bold]"
        text: "How many locks does the flight climb? {{c1::29}}"
"""


@pytest.fixture
def canals(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    path = tmp_path / "canals.yaml"
    path.write_text(DECK, encoding="utf-8")
    store = open_store(tmp_path / "context.db", clock=clock)
    store.import_deck(load_deck(path), path)
    yield store
    store.close()


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def line_above(text: str, prompt: str) -> str:
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if prompt in line)
    return lines[index - 1]


async def test_review_shows_the_context_above_the_question(
    canals: Store, clock: FrozenClock
) -> None:
    app = build_app(canals, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        above = line_above(screen_text(app), "How many locks does the flight climb?")
        assert "Kennet and Avon Canal — [bold]Caen Hill[/bold]" in above


async def test_a_quiz_shows_the_context_above_the_question(
    canals: Store, clock: FrozenClock
) -> None:
    app = build_app(canals, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("down", "z")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
        above = line_above(screen_text(app), "How many locks does the flight climb?")
        assert "Kennet and Avon Canal — [bold]Caen Hill[/bold]" in above
