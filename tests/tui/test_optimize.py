"""Optimizing from the study app: the figures on screen, then save (and reschedule) or close."""

from __future__ import annotations

from pathlib import Path

from quizapp.scheduling import FrozenClock
from quizapp.storage import open_store
from quizapp.tui.screens.optimize import OptimizeDialog
from tests.storage.history_support import long_history, write_history

from .progress_support import Host, plain, solar_store


async def test_fit_shown_then_saved_and_rescheduled(tmp_path: Path, clock: FrozenClock) -> None:
    store = open_store(tmp_path / "fit.db", clock=clock)
    items = write_history(store, long_history())
    due_before = store.item(items[0]).state.due
    dialog = OptimizeDialog()
    async with Host(store, dialog).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        report = plain(dialog.query_one("#report"))
        assert "fitted FSRS-6 parameters to" in report
        assert "trained on earlier reviews, tested on later ones:" in report
        assert "r save and reschedule" in plain(dialog.query_one("#keys"))
        fit = dialog.fit
        assert fit is not None
        await pilot.press("r")
        await pilot.pause()
        assert pilot.app.screen is not dialog
    assert store.fsrs_parameters() == fit.parameters
    assert store.item(items[0]).state.due != due_before
    store.close()


async def test_short_history_is_explained_and_nothing_saved(
    tmp_path: Path, clock: FrozenClock
) -> None:
    store = solar_store(tmp_path / "short.db", clock)
    dialog = OptimizeDialog()
    async with Host(store, dialog).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        report = plain(dialog.query_one("#report"))
        assert "too little review history" in report and "450 needed" in report
        assert plain(dialog.query_one("#keys")) == "esc close"
        await pilot.press("s")
        await pilot.press("escape")
        await pilot.pause()
    assert store.fsrs_parameters() is None
    store.close()
