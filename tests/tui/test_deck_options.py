"""Deck options from the home screen: stored per profile over the deck file's settings."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from quizapp.deck.model import Settings
from quizapp.storage import Store
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.deck_options import DeckOptionsDialog
from quizapp.tui.screens.home import HomeScreen


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_options_are_saved_for_the_profile_and_change_the_counts(
    app: QuizApp, store: Store
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DeckOptionsDialog)
        assert dialog.query_one("#opt-retention", Input).value == "0.90"
        dialog.query_one("#opt-retention", Input).value = "0.85"
        dialog.query_one("#opt-new", Input).value = "2"
        dialog.query_one("#opt-learning", Input).value = "2m 20m"
        dialog.query_one("#opt-new", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#decks", DataTable)
        assert str(table.get_row_at(0)[1]).strip() == "2"  # the deck row follows the new limit
    settings, own = store.deck_options("europe")
    assert own and settings == Settings(
        desired_retention=0.85, new_per_day=2, learning_steps=(2, 20), relearning_steps=(10,)
    )


async def test_a_bad_value_is_refused_and_ctrl_r_goes_back_to_the_file(
    app: QuizApp, store: Store
) -> None:
    store.save_deck_options("europe", Settings(new_per_day=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DeckOptionsDialog)
        dialog.query_one("#opt-retention", Input).value = "1.5"
        dialog.query_one("#opt-retention", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # refused, with a message
        assert any("0.70 to 0.99" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+r")
        await settle(pilot)
        await settle(pilot)
    assert store.deck_options("europe") == (Settings(), False)


async def test_an_exam_date_is_set_shown_on_home_and_cleared(app: QuizApp, store: Store) -> None:
    from datetime import date

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DeckOptionsDialog)
        exam = dialog.query_one("#opt-exam", Input)
        assert exam.value == ""
        for bad, why in (("2026-03-02", "a day after today (2026-03-02)"),
                         ("next week", "written YYYY-MM-DD"), ("2026-02-30", "YYYY-MM-DD")):
            exam.value = bad
            exam.focus()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is dialog, bad
            assert why in str(list(app._notifications)[-1].message)
        exam.value = "2026-03-20"
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#decks", DataTable)
        assert "· exam in 18 d" in str(table.get_row_at(0)[0])
        assert store.deck_options("europe")[0].exam == date(2026, 3, 20)
        await pilot.press("o")
        await settle(pilot)
        exam = app.screen.query_one("#opt-exam", Input)
        assert exam.value == "2026-03-20"
        exam.value = ""
        exam.focus()
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert "exam" not in str(app.screen.query_one("#decks", DataTable).get_row_at(0)[0])
    assert store.deck_options("europe")[0].exam is None
