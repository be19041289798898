"""Card info from review and browse: every answer with local time, rating, interval, S, D, R."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static

from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.card_info import CardInfoScreen
from quizapp.tui.screens.review import ReviewScreen

from .progress_support import Host, plain, solar_store


@pytest.fixture
def solar(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = solar_store(tmp_path / "info.db", clock)
    yield store
    store.close()


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause(0.25)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_browse_i_shows_every_review_of_the_card(solar: Store, clock: FrozenClock) -> None:
    largest = solar.browse("largest")[0]
    solar.review(largest.item_id, Rating.Good, duration_ms=4000)
    clock.advance(timedelta(minutes=10))
    solar.review(largest.item_id, Rating.Good, duration_ms=6000)
    screen = BrowseScreen()
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "i")
        await settle(pilot)
        info = pilot.app.screen
        assert isinstance(info, CardInfoScreen)
        assert "Which planet is the largest?" in plain(info.query_one("#info-front", Static))
        state = plain(info.query_one("#info-state", Static))
        assert "review · 2 reviews · 0 lapses" in state and "recall now 100%" in state
        console = Console(width=76, record=True)
        console.print(info.query_one("#info-history", Static).content)
        history = console.export_text()
        assert "2026-03-02 09:00" in history and "2026-03-02 09:10" in history  # UTC test clock
        assert history.count("Good") == 2 and "4s" in history and "6s" in history
        await pilot.press("escape")
        assert pilot.app.screen is screen
    info_data = solar.card_info(largest.item_id)
    assert [e.rating for e in info_data.reviews] == [3, 3]
    assert info_data.reviews[0].recall is None  # new before the first answer
    assert info_data.reviews[1].stability is not None and info_data.reviews[1].recall is not None


async def test_review_i_opens_card_info_for_the_shown_card(solar: Store) -> None:
    screen = ReviewScreen("solar")
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert screen.session.current is not None
        shown = screen.session.current.item_id
        await pilot.press("i")
        await settle(pilot)
        info = pilot.app.screen
        assert isinstance(info, CardInfoScreen) and info.info.item.item_id == shown
        assert "Not studied yet." in plain(info.query_one("#info-history", Static))
