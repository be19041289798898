"""Start-up: the garbage collector, off while `quizapp` starts, is back on once home is shown."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

import pytest
from textual.widgets import DataTable

from quizapp.tui.app import QuizApp


@pytest.fixture
def collector_off() -> Iterator[None]:
    # As quizapp.cli.entry leaves it when it opens the study app.
    was = gc.isenabled()
    gc.disable()
    yield
    gc.unfreeze()
    if was:
        gc.enable()


async def test_the_collector_is_back_on_once_home_lists_the_decks(
    app: QuizApp, collector_off: None
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("#decks", DataTable).row_count == 3
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # start-up's objects are out of later collections


async def test_the_collector_comes_back_even_if_home_never_loads(
    app: QuizApp, collector_off: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.tui import app as app_module
    from quizapp.tui.screens.home import HomeScreen

    monkeypatch.setattr(HomeScreen, "load", lambda self: None)
    monkeypatch.setattr(app_module, "STARTUP_GC_DEADLINE", 1.0)
    async with app.run_test(size=(100, 30)) as pilot:
        started = time.monotonic()
        await pilot.pause()
        if time.monotonic() - started < 0.9:  # a loaded machine may take longer to get here
            assert not gc.isenabled()
        while not gc.isenabled() and time.monotonic() - started < 20:
            await pilot.pause(0.05)
        assert gc.isenabled()


async def test_home_is_styled_from_the_start_and_a_screen_opened_later_gets_its_styles(
    app: QuizApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        # home.tcss is read with the app's styles: the deck table keeps its side margins.
        decks = app.screen.query_one("#decks", DataTable)
        assert (decks.styles.margin.left, decks.styles.margin.right) == (1, 1)
        assert decks.region.x == 1
        await pilot.press("s")  # Stats brings stats.tcss only when it is opened
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "StatsScreen"
        body = app.screen.query_one("#stats-body")
        assert (body.styles.padding.left, body.styles.padding.right) == (2, 2)
