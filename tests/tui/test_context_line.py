"""A card's context line (what it is about) reads above its prompt, in review, a quiz, Browse,
the curation screen and the item report, as written: deck text is untrusted, so markup and
control characters show literally. The card editor adds, changes and clears it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from quizapp.curation.drafts import load_drafts
from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, open_store
from quizapp.storage.card_edit import deck_file
from quizapp.tui.app import build_app
from quizapp.tui.curate_app import CurateApp
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.card_detail import CardDetailScreen
from quizapp.tui.screens.item_report import ItemReportScreen
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.review import ReviewScreen
from quizapp.tui.widgets.card_editor import CardEditor
from tests.hostile.screen import screen_text
from tests.tui.progress_support import Host, plain

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
      - id: rise
        type: qa
        question: How high does the flight rise?
        answer: 72 m
"""
CONTEXT = "Kennet and Avon Canal — [bold]Caen Hill[/bold]"


@pytest.fixture
def canals(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    path = (tmp_path / "canals.yaml").resolve()
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


async def browse_settle(pilot: Pilot[None]) -> None:
    await pilot.pause(0.25)  # the search runs once typing pauses
    await settle(pilot)


async def test_browse_shows_the_context_before_the_text_and_above_the_opened_card(
    canals: Store,
) -> None:
    screen = BrowseScreen("canals")
    async with Host(canals, screen).run_test(size=(100, 30)) as pilot:
        await browse_settle(pilot)
        table = screen.query_one(DataTable)
        first, second = (table.get_row_at(i)[0] for i in range(table.row_count))
        # The context is cut to a third of the cell, so the prompt still shows.
        assert str(first).startswith("Kennet and Avon Can… · How many locks does the flight")
        assert str(second) == "How high does the flight rise?"  # no context, nothing added
        await pilot.press("down", "enter")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, CardDetailScreen)
        front = plain(detail.query_one("#card-front", Static)).splitlines()
        assert front[0] == CONTEXT
        assert front[1].startswith("How many locks does the flight climb?")


async def test_the_item_report_shows_the_context_in_its_table_and_above_the_prompt(
    canals: Store,
) -> None:
    screen = ItemReportScreen("canals", "Canals")
    async with Host(canals, screen).run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = screen.query_one("#items", DataTable)
        cell = str(table.get_row_at(0)[-1])
        assert cell == "Kennet and Avon Canal — [… · How many locks does the flight climb? [29]"
        assert str(table.get_row_at(1)[-1]) == "How high does the flight rise?"
        lines = plain(screen.query_one("#detail", Static)).splitlines()
        assert lines[1] == CONTEXT
        assert lines[2].startswith("How many locks does the flight climb?")


async def test_the_curation_screen_shows_the_context_above_the_card(tmp_path: Path) -> None:
    path = tmp_path / "canals.yaml"
    path.write_text(DECK.replace("Caen Hill[/bold]", "Caen Hill[/bold] \\e[2J"), "utf-8")
    app = CurateApp(load_drafts(path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = str(app.screen.query_one("#card").render()).splitlines()
        assert lines[0] == CONTEXT + " ␛[2J"  # the escape code made visible
        assert lines[1].startswith("Cloze  How many locks")


async def test_the_editor_adds_then_clears_the_context_in_the_deck_file(
    canals: Store, clock: FrozenClock
) -> None:
    path = deck_file(canals, "canals")
    assert path is not None
    before = path.read_text(encoding="utf-8")
    app = build_app(canals, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await browse_settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await pilot.press("down")
        table = browse.query_one(DataTable)
        for text in ("Kennet and Avon Canal — Devizes", ""):
            table.move_cursor(row=1)  # "rise", which has no context at first
            await pilot.press("e")
            await settle(pilot)
            editor = app.screen
            assert isinstance(editor, CardEditor)
            editor.query_one("#field-context", Input).value = text
            await pilot.press("ctrl+s")
            await browse_settle(pilot)
            assert app.screen is browse
            file_text = path.read_text(encoding="utf-8")
            if text:
                assert str(table.get_row_at(1)[0]).startswith("Kennet and Avon")
                rise = file_text[file_text.index("- id: rise") :]
                assert f"context: {text}" in rise
                # Only the edited card's lines changed: the first card is as it was.
                assert (
                    file_text[: file_text.index("- id: rise")]
                    == before[: before.index("- id: rise")]
                )
            else:
                assert str(table.get_row_at(1)[0]) == "How high does the flight rise?"
                assert file_text == before  # the key is gone again
