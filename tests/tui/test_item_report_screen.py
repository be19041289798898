"""The item report screen over a class of simulated students: the deliberately bad card (always
missed, one distractor always picked) is first with its figures, and its detail shows the picks
and the flag note; deck and note text are shown as written, never as markup."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from quizapp.scheduling import FrozenClock
from quizapp.tui.app import build_app
from quizapp.tui.screens.card_info import CardInfoScreen
from quizapp.tui.screens.curate import CurateScreen
from quizapp.tui.screens.item_report import ItemReportScreen

from .class_support import NOTE, START, teacher_store
from .progress_support import Host, plain, solar_store


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def cells(screen: ItemReportScreen) -> list[list[str]]:
    table = screen.query_one("#items", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def detail_lines(screen: ItemReportScreen) -> list[str]:
    return [line.rstrip() for line in plain(screen.query_one("#detail", Static)).splitlines()]


async def test_the_bad_card_is_first_with_its_figures_picks_and_flag_note(tmp_path: Path) -> None:
    store = teacher_store(tmp_path / "class.db")
    screen = ItemReportScreen("quiz", "Capitals quiz")
    async with Host(store, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = cells(screen)
        # first try, D, students, lapses, flags, card
        assert rows[0] == ["0%", "+0.00", "6", "0", "1", "Capital of Australia?"]
        assert [row[-1] for row in rows] == [
            "Capital of Australia?", "Capital of Canada?", "Capital of Peru?",
            "Capital of France?", "[bold]Bern[/bold] is the capital.",
        ]
        assert rows[2][:3] == ["50%", "+1.00", "6"]  # the strong half right, the weak half not
        lines = detail_lines(screen)
        assert lines[:4] == [
            "bad · choice · Capitals",
            "Capital of Australia?",
            "Answer: Canberra",
            "6 students · first try 0% · D +0.00 · 0 lapses",
        ]
        assert lines[5].startswith("✓ Canberra") and lines[5].endswith("0%  0/6")
        assert "Sydney" in lines[6] and lines[6].endswith("100%  6/6")
        assert [line.split()[0] for line in lines[7:9]] == ["Melbourne", "Perth"]
        assert all(line.endswith("   0%  0/6") for line in lines[7:9])
        # "[red]" as written, the escape code made visible
        assert lines[9:] == ["Flagged by 1 student", f"  “{NOTE.replace(chr(27), '␛')}”"]


async def test_moving_down_shows_the_next_cards_detail(tmp_path: Path) -> None:
    store = teacher_store(tmp_path / "class.db")
    screen = ItemReportScreen("quiz", "Capitals quiz")
    async with Host(store, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")
        lines = detail_lines(screen)
        assert lines[0] == "telling · choice · Capitals"
        assert "D +1.00" in lines[3]
        assert lines[5].startswith("✓ Lima") and lines[5].endswith("50%  3/6")
        assert lines[6].lstrip().startswith("Cusco") and lines[6].endswith("50%  3/6")
        assert not any("Flagged" in line for line in lines)
        await pilot.press("down", "down")
        lines = detail_lines(screen)
        assert lines[0] == "unseen · truefalse · Capitals"
        assert lines[1:] == ["[bold]Bern[/bold] is the capital.", "Answer: true",
                             "Nobody has studied it yet."]


async def test_i_opens_the_selected_cards_info(tmp_path: Path) -> None:
    store = teacher_store(tmp_path / "class.db")
    screen = ItemReportScreen("quiz", "Capitals quiz")
    async with Host(store, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "i")
        await settle(pilot)
        info = pilot.app.screen
        assert isinstance(info, CardInfoScreen)
        assert info.info.item.key == "telling"
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen


async def test_a_deck_nobody_studied_lists_its_cards_in_deck_order(tmp_path: Path) -> None:
    store = solar_store(tmp_path / "solo.db", FrozenClock(START))
    keys = [row.key for row in store.browse()]
    screen = ItemReportScreen("solar")
    async with Host(store, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert [row[:3] for row in cells(screen)] == [["—", "—", "0"]] * len(keys)
        assert [r.item for r in screen.rows] == keys
        assert detail_lines(screen)[-1] == "Nobody has studied it yet."


async def test_u_opens_the_card_in_curation_and_a_dropped_card_leaves_the_report(
    tmp_path: Path,
) -> None:
    store = teacher_store(tmp_path / "class.db", tmp_path / "quiz.yaml")
    app = build_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        report = app.screen
        assert isinstance(report, ItemReportScreen)
        await pilot.press("u")
        await settle(pilot)
        curate = app.screen
        assert isinstance(curate, CurateScreen) and curate.curation is not None
        assert curate.curation.current is not None and curate.curation.current.slot == "bad"
        # Drop the bad card and accept the two after it; back to the first two and accept
        # them (the deck written holds the cards decided in); write; leave.
        await pilot.press("d", "a", "a", *["left"] * 5, "a", "a")
        await settle(pilot)
        assert curate.curation.decided == 5
        await pilot.press("w")
        await settle(pilot)
        toasts = [str(n.message) for n in app._notifications]
        assert any("4 cards written" in t for t in toasts), toasts
        await pilot.press("escape")
        await settle(pilot)
        await settle(pilot)
        assert app.screen is report
        assert "bad" not in (tmp_path / "quiz.yaml").read_text(encoding="utf-8")
        assert cells(report)[0][-1] == "Capital of Canada?"
        assert "bad" not in [r.item for r in report.rows]


async def test_w_on_home_opens_the_selected_decks_report(tmp_path: Path) -> None:
    store = teacher_store(tmp_path / "class.db")
    app = build_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ItemReportScreen) and screen.deck == "quiz"
        assert cells(screen)[0][-1] == "Capital of Australia?"
        assert "Capitals quiz · 5 cards" in screen.sub_title
        await pilot.press("escape")
        assert app.screen.__class__.__name__ == "HomeScreen"


def test_snapshot_of_the_report_at_80x24(snap_compare, tmp_path: Path) -> None:
    store = teacher_store(tmp_path / "snap.db")
    assert snap_compare(
        Host(store, ItemReportScreen("quiz", "Capitals quiz")),
        terminal_size=(80, 24),
        run_before=settle,
    )
