"""The theme chosen in the study app comes back at the next launch; a damaged settings file
costs the saved settings (one line says so), never the app."""

from __future__ import annotations

import json
from pathlib import Path

from textual.pilot import Pilot

from quizapp.scheduling import FrozenClock
from quizapp.storage import Store
from quizapp.tui.app import QuizApp, build_app
from quizapp.tui.theme_memory import SAVE_DELAY
from quizapp.userconfig import UserConfig, config_path

SIZE = (80, 24)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def launch(store: Store, clock: FrozenClock) -> QuizApp:
    # As `quizapp` does: the settings file read afresh at every launch.
    return build_app(store, clock=clock, config=UserConfig.load())


def toasts(app: QuizApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_theme_is_the_same_after_a_relaunch(
    store: Store, clock: FrozenClock, own_config: Path
) -> None:
    assert config_path() == own_config  # QUIZAPP_CONFIG names the file
    first = launch(store, clock)
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert first.theme == "textual-dark"
        first.theme = "nord"  # what the palette's Theme command does
        await pilot.pause(SAVE_DELAY + 0.3)
        await settle(pilot)
    assert json.loads(own_config.read_text(encoding="utf-8")) == {"theme": "nord"}
    again = launch(store, clock)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
        assert not toasts(again)


async def test_a_theme_chosen_just_before_quitting_is_kept(
    store: Store, clock: FrozenClock, own_config: Path
) -> None:
    app = launch(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "gruvbox"
        await pilot.press("q")  # before the save's delay is over
    assert json.loads(own_config.read_text(encoding="utf-8"))["theme"] == "gruvbox"


async def test_a_damaged_settings_file_is_ignored_with_one_line(
    store: Store, clock: FrozenClock, own_config: Path
) -> None:
    own_config.parent.mkdir(parents=True)
    own_config.write_text('{"theme": "nord",', encoding="utf-8")  # cut short
    app = launch(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        (warning,) = toasts(app)
        assert str(own_config) in warning and "ignored" in warning and "\n" not in warning
        app.theme = "nord"
        await pilot.pause(SAVE_DELAY + 0.3)
        await settle(pilot)
    # Saved anew; what was there is kept aside, not lost.
    assert json.loads(own_config.read_text(encoding="utf-8")) == {"theme": "nord"}
    kept = own_config.with_name("config.json.bad").read_text(encoding="utf-8")
    assert kept == '{"theme": "nord",'


async def test_an_unknown_theme_or_a_folder_in_place_of_the_file_is_ignored(
    store: Store, clock: FrozenClock, own_config: Path
) -> None:
    own_config.parent.mkdir(parents=True)
    own_config.write_text('{"theme": "no-such-theme", "other": 1}', encoding="utf-8")
    app = launch(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert any("no-such-theme" in t for t in toasts(app))
    own_config.unlink()
    own_config.mkdir()
    app = launch(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        (warning,) = toasts(app)
        assert "folder" in warning
        app.theme = "nord"
        await pilot.pause(SAVE_DELAY + 0.3)
        await settle(pilot)
        assert any("Could not save the theme" in t for t in toasts(app))
