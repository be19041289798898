"""Headers and stats name decks and sections by their titles, never their ids, and long titles
are not cut where the terminal has room for them."""

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
from quizapp.tui.screens.stats import StatsScreen
from quizapp.tui.widgets.share_bars import ShareBars
from tests.hostile.screen import screen_text

DECK_TITLE = "The Roman Republic from the Kings to the Principate"  # 51 characters
SECTION_TITLE = "Civil wars from Sulla to Actium"

DECK = f"""\
version: 1
id: rrp-deck
title: {DECK_TITLE}
sections:
  - id: cw-part
    title: {SECTION_TITLE}
    cards:
      - id: actium
        type: choice
        question: Who won at Actium?
        options: [Octavian, Antony, Lepidus, Pompey]
        answer: Octavian
      - id: sulla
        type: truefalse
        statement: Sulla marched on Rome.
        answer: true
      - id: pharsalus
        type: qa
        question: Where did Caesar beat Pompey?
        answer: Pharsalus
        accept: [Pharsalos]
"""


@pytest.fixture
def rome(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    path = tmp_path / "rome.yaml"
    path.write_text(DECK, encoding="utf-8")
    store = open_store(tmp_path / "titles.db", clock=clock)
    store.import_deck(load_deck(path), path)
    yield store
    store.close()


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def header(pilot: Pilot[None]) -> str:
    return screen_text(pilot.app).splitlines()[0]


async def test_quiz_review_and_cram_headers_show_titles(rome: Store, clock: FrozenClock) -> None:
    app = build_app(rome, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert DECK_TITLE in shown and f"  {SECTION_TITLE}" in shown  # whole at 120 columns
        await pilot.press("down", "z")  # a quiz on the section
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
        assert f"Quiz — {DECK_TITLE} · {SECTION_TITLE}" in header(pilot)
        assert "rrp-deck" not in header(pilot) and "cw-part" not in header(pilot)
        await pilot.press("escape", "up", "r")  # review the whole deck
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert f"Review — {DECK_TITLE}" in header(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("c", "down", "down", "enter")  # cram the selected deck
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert f"cram {DECK_TITLE} · the schedule is not changed" in header(pilot)


async def test_a_quiz_opened_without_titles_finds_them(rome: Store, clock: FrozenClock) -> None:
    from .progress_support import Host

    async with Host(rome, QuizScreen("rrp-deck", "cw-part")).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert f"{DECK_TITLE} · {SECTION_TITLE}" in header(pilot)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_stats_name_decks_by_title_as_wide_as_there_is_room(
    rome: Store, clock: FrozenClock, size: tuple[int, int]
) -> None:
    rome.record_quiz("rrp-deck", "cw-part", 3, 2, ["actium"])
    app = build_app(rome, clock=clock)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)
        body = app.screen.query_one("#stats-body")
        body.scroll_to_widget(app.screen.query_one(ShareBars), animate=False, top=True)
        await pilot.pause()
        rows = [line for line in screen_text(app).splitlines() if "0/3" in line]
        assert len(rows) == 2  # the deck, then its section
        deck_row, section_row = rows
        assert "rrp-deck" not in deck_row and "cw-part" not in section_row
        # Whole at 80 columns too: the bar gives way before the title is cut.
        assert DECK_TITLE in deck_row and SECTION_TITLE in section_row
        body.scroll_end(animate=False)
        await pilot.pause()
        assert f"{DECK_TITLE} · {SECTION_TITLE}"[: size[0] - 30] in screen_text(app)
