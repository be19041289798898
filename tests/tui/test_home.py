"""The home screen: decks and sections with counts, the keys that open the other screens."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import DataTable

from quizapp.cli.context import Options
from quizapp.cli.launch import launch_app
from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Rating, study_day
from quizapp.storage import Store, open_store
from quizapp.tui.app import QuizApp, build_app
from quizapp.tui.screens.help import KEYS, HelpScreen
from quizapp.tui.screens.home import HomeScreen

from .conftest import load_test_deck

SIZE = (100, 30)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def rows(app: App[None]) -> list[list[str]]:
    table = app.screen.query_one("#decks", DataTable)
    return [[str(cell).strip() for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_home_lists_decks_and_sections_with_counts(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.sub_title == "profile: ada"
        shown = rows(app)
        assert [r[:4] for r in shown] == [
            ["Europe basics", "6", "0", "0"],
            ["Capitals", "3", "0", "0"],
            ["History", "3", "0", "0"],
        ]
        assert shown[0][4].endswith("0%")


async def test_counts_and_mastery_update_after_a_review(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "r")  # Capitals
        await settle(pilot)
        await pilot.press("enter", "4", "escape")  # France, shown then Easy; end the session
        await settle(pilot)
        await pilot.press("enter")  # leave the summary
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert rows(app)[1][:2] == ["Capitals", "2"]
        assert app.screen.query_one("#decks", DataTable).cursor_row == 1  # kept its place


async def test_first_launch_imports_in_a_worker(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fresh.db")
    calls: list[Store] = []

    def startup(s: Store) -> None:
        calls.append(s)
        load_test_deck(s)

    app = build_app(store, startup=startup)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert calls == [store]
        assert rows(app)[0][0] == "Europe basics"
        app.screen.load()  # a reload does not import again
        await settle(pilot)
    assert calls == [store]


async def test_empty_database_says_what_to_do(tmp_path: Path) -> None:
    app = build_app(open_store(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "No decks yet" in str(screen.query_one("#empty").visual)  # type: ignore[attr-defined]
        assert screen.check_action("review", ()) is False
        assert screen.check_action("review_all", ()) is False


async def test_help_lists_every_key_and_closes(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = {key for _, keys in KEYS for key, _ in keys}
        assert {"1 2 3 4", "u, ctrl+z", "!, ctrl+s", "-, ctrl+b", "*, ctrl+f", "p", "t, f",
                "a–e", "q", "z", "s", "b", "y"} <= listed
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_every_home_action_is_in_the_command_palette(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Review selected", "Review all decks", "Quiz", "Stats", "Browse", "Help"} <= titles
        assert "Theme" in titles  # Textual's themes
        assert "Keys" not in titles  # one help, not two


async def test_quiz_stats_and_browse_open_from_home(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "z")  # a quiz on the History section
        await settle(pilot)
        quiz = app.screen
        assert type(quiz).__name__ == "QuizScreen"
        await pilot.app.pop_screen()
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert type(app.screen).__name__ == "StatsScreen"
        await pilot.app.pop_screen()
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert type(app.screen).__name__ == "BrowseScreen"


def test_launch_reports_a_bad_database_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(SystemExit) as exit_info:
        launch_app(Options(db=bad, profile="default"))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.db" in err


async def test_help_scrolls_with_the_arrow_keys_at_80_by_24(app: QuizApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        keys = app.screen.query_one("#help-keys")
        assert keys.max_scroll_y > 0  # the list is longer than the screen
        await pilot.press("down", "down", "down")
        assert keys.scroll_y > 0


async def test_a_failed_import_still_shows_the_decks_already_there(store: Store) -> None:
    def broken(store: Store) -> None:
        raise OSError("decks folder unreadable")

    app = build_app(store, startup=broken)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert rows(app)[0][0] == "Europe basics"
        assert any("unreadable" in str(n.message) for n in app._notifications)


def test_help_covers_every_key_the_screens_bind() -> None:
    from textual.binding import Binding

    from quizapp.tui.screens.browse import BrowseScreen
    from quizapp.tui.screens.item_report import ItemReportScreen
    from quizapp.tui.screens.quiz import QuizScreen
    from quizapp.tui.screens.review import ReviewScreen
    from quizapp.tui.screens.stats import StatsScreen

    names = {"escape": "esc", "question_mark": "?", "slash": "/", "exclamation_mark": "!",
             "minus": "-", "asterisk": "*", "space": "space", "enter": "enter", "down": "↓",
             "up": "↑"}
    listed = " ".join(key for _, keys in KEYS for key, _ in keys)
    tokens = set(listed.replace(",", " ").split()) | {"a–e"}
    screens = (HomeScreen, ReviewScreen, QuizScreen, StatsScreen, BrowseScreen, ItemReportScreen)
    for screen in screens:
        for binding in screen.BINDINGS:
            if not isinstance(binding, Binding) or binding.key.startswith("ctrl+"):
                continue
            keys = [names.get(k.strip(), k.strip()) for k in binding.key.split(",")]
            covered = any(k in tokens or (len(k) == 1 and "a" <= k <= "e") for k in keys)
            assert covered, f"{screen.__name__}: {binding.key} ({binding.description}) not in help"


async def test_a_deck_with_an_exam_shows_days_left_and_predicted_recall(
    store: Store, clock: FrozenClock
) -> None:

    exam = study_day(clock.now(), clock.tz) + timedelta(days=20)
    store.import_deck(
        loads(
            "version: 1\nid: bio\ntitle: Biology\n"
            f"settings: {{exam: {exam.isoformat()}}}\n"
            "sections:\n  - id: s\n    title: S\n    cards:\n"
            "      - {id: c, type: qa, question: Q?, answer: A}\n"
        )
    )
    [item] = store.next_items(deck="bio")
    store.review(item.item_id, Rating.Easy)
    async with build_app(store, clock=clock).run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [r[0] for r in rows(pilot.app)]
        assert any(t.startswith("Biology  · exam in 20 d, ") and "% predicted" in t for t in titles)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_help_descriptions_fit_on_one_line(app: QuizApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        keys = app.screen.query_one("#keys")
        # One line per key and per heading, a blank between areas: nothing wrapped.
        lines = sum(len(entries) + 2 for _, entries in KEYS) - 1
        assert keys.size.height == lines
        shown = app.screen.query_one("#help-keys").size.width
        assert size[0] > 80 or shown >= 72  # the dialog takes the width of an 80-column screen
