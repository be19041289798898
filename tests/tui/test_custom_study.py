"""Custom study from the home screen: the daily limit shown, more new cards, cram and review
ahead that are logged but leave the schedule alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from quizapp.deck.model import Settings
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store
from quizapp.tui.app import build_app
from quizapp.tui.screens.custom_study import CustomStudyDialog
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.review import ReviewScreen
from quizapp.tui.screens.summary import SummaryScreen

from .progress_support import plain, solar_store

SIZE = (80, 24)


@pytest.fixture
def solar(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = solar_store(tmp_path / "custom.db", clock)
    store.save_deck_options("solar", Settings(new_per_day=2))
    for item in store.next_items():
        store.review(item.item_id, Rating.Easy)
    yield store
    store.close()


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def deck_row(pilot: Pilot[None]) -> list[str]:
    table = pilot.app.screen.query_one("#decks", DataTable)
    return [str(cell).strip() for cell in table.get_row_at(0)]


async def test_home_says_the_daily_limit_is_reached(solar: Store, clock: FrozenClock) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert deck_row(pilot)[1] == "0"
        hint = plain(app.screen.query_one("#home-hint", Static))
        assert "Daily limit of 2 new cards reached (7 unseen)" in hint
        assert "c custom study" in hint


async def test_more_new_cards_today(solar: Store, clock: FrozenClock) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        dialog = app.screen
        assert isinstance(dialog, CustomStudyDialog)
        assert dialog.query_one("#amount", Input).value == "10"
        await pilot.press("enter")  # the first choice: more new cards; the box asks how many
        await pilot.press("ctrl+u", "3", "enter")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "left 3" in plain(review.query_one("#counts", Static))
        await pilot.press("escape")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert deck_row(pilot)[1] == "3"  # the deck row's New count follows the raised limit
    (deck,) = solar.deck_summaries()
    assert (deck.new_limit, deck.counts.new) == (5, 3)


async def test_cram_a_section_is_logged_and_leaves_the_schedule(
    solar: Store, clock: FrozenClock
) -> None:
    before = {row.item_id: solar.item(row.item_id).state for row in solar.browse()}
    app = build_app(solar, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # the Sun section
        await pilot.press("c", "down", "down", "enter")  # cram the selected section
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "the schedule is not changed" in review.sub_title
        assert "left 4" in plain(review.query_one("#counts", Static))
        if review._typing():
            await pilot.press("escape")  # out of the answer box
        await pilot.press("space")
        labels = [str(b.label) for b in review.query("GradeBar Button")]
        assert labels == ["1 Again", "2 Hard", "3 Good", "4 Easy"]  # no intervals: none change
        await pilot.press("1")  # Again: the card comes back at the end
        await settle(pilot)
        assert "done 1 · left 4" in plain(review.query_one("#counts", Static))
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "done 0 · left 4" in plain(review.query_one("#counts", Static))
        for _ in range(4):
            if review._typing():
                await pilot.press("escape")
            await pilot.press("space", "3")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    assert {row.item_id: solar.item(row.item_id).state for row in solar.browse()} == before
    assert solar.practice_count() == 4
    assert solar.stats().total_reviews == 2  # only the two real reviews of the fixture


async def test_review_ahead_with_nothing_due_soon_says_so(solar: Store, clock: FrozenClock) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "down", "enter")
        await pilot.press("ctrl+u", "1", "enter")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    assert solar.practice_count() == 0
