"""The card browser: filtering, opening a card, suspending and unsuspending."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from quizapp.plural import plural
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store
from quizapp.tui.app import build_app
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.card_detail import CardDetailScreen

from .progress_support import Host, plain, solar_store


@pytest.fixture
def solar(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = solar_store(tmp_path / "browse.db", clock)
    yield store
    store.close()


def shown_texts(screen: BrowseScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause(0.25)  # the search runs once typing pauses
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_lists_every_card_and_filters_as_you_type(solar: Store) -> None:
    screen = BrowseScreen()
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(shown_texts(screen)) == 9
        assert "9 cards" in plain(screen.query_one("#status", Static))
        await pilot.press(*"moons")
        await settle(pilot)
        assert shown_texts(screen) == ["How many moons does Mars have?"]
        screen.query_one(Input).value = "cloze"
        await settle(pilot)
        first, second = shown_texts(screen)
        assert first.startswith("The Sun is a [star] at the")
        assert second.startswith("Sunlight takes about [8] minutes")
        screen.query_one(Input).value = "zzz"
        await settle(pilot)
        assert shown_texts(screen) == []
        assert "0 cards" in plain(screen.query_one("#status", Static))


async def test_enter_opens_the_card_with_its_answer_and_source(solar: Store) -> None:
    screen = BrowseScreen("solar")
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down")  # from the filter into the table
        assert isinstance(screen.focused, DataTable)
        await pilot.press("enter")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, CardDetailScreen)
        assert detail.item.card.id == "largest"
        assert "Which planet is the largest?" in plain(detail.query_one("#card-front", Static))
        assert "Jupiter" in plain(detail.query_one("#card-answer", Static))
        details = plain(detail.query_one("#card-details", Static))
        assert "largest planet in the Solar System" in details
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen


async def test_bang_suspends_then_unsuspends_the_highlighted_card(solar: Store) -> None:
    screen = BrowseScreen()
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")
        row = screen.highlighted()
        assert row is not None and row.text == "Which planet is called the Red Planet?"
        await pilot.press("exclamation_mark")
        await settle(pilot)
        table = screen.query_one(DataTable)
        assert str(table.get_row(str(row.item_id))[3]) == "suspended"
        assert solar.item(row.item_id).suspended
        assert [r.suspended for r in solar.browse("red planet")] == [True]
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert str(table.get_row(str(row.item_id))[3]) == "new"
        assert not solar.item(row.item_id).suspended


async def test_a_card_opens_with_the_mouse(solar: Store) -> None:
    screen = BrowseScreen()
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The header row is row 0, so the third card is on row 3.
        table = screen.query_one(DataTable)
        await pilot.click(table, offset=(5, 3))
        await pilot.click(table, offset=(5, 3))
        await settle(pilot)
        assert isinstance(pilot.app.screen, CardDetailScreen)
        assert pilot.app.screen.item.card.id == "rings"


async def test_browse_from_the_real_app_and_back(solar: Store, clock: FrozenClock) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # type: ignore[arg-type]
        screen = BrowseScreen()
        app.push_screen(screen)
        await settle(pilot)  # type: ignore[arg-type]
        assert len(shown_texts(screen)) == 9
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BrowseScreen)


async def test_buried_and_flagged_cards_show_as_such(solar: Store) -> None:
    rows = solar.browse()
    solar.bury(rows[0].item_id)
    solar.set_flagged(rows[1].item_id, True, "unclear")
    screen = BrowseScreen()
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = screen.query_one(DataTable)
        first, second = table.get_row_at(0), table.get_row_at(1)
        assert str(first[3]) == "buried"  # not "new"
        assert str(second[3]) == "new" and str(second[4]) == "⚑"
        await pilot.press("down", "enter")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, CardDetailScreen)
        assert "buried until tomorrow" in plain(detail.query_one("#card-state", Static))
    assert solar.item(rows[0].item_id).buried


async def test_a_deck_from_home_starts_the_search_and_typing_adds_to_it(solar: Store) -> None:
    screen = BrowseScreen("solar")
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        box = screen.query_one(Input)
        assert box.value == "deck:solar "
        await pilot.press(*"moons")
        await settle(pilot)
        assert box.value == "deck:solar moons"
        assert shown_texts(screen) == ["How many moons does Mars have?"]
        await pilot.press(*" is:lost")
        await settle(pilot)
        assert "is: is one of" in plain(screen.query_one("#search-error", Static))
        assert shown_texts(screen) == ["How many moons does Mars have?"]  # the last results stay


def burst(pilot: Pilot[None], keys: list[str]) -> None:
    """Keys as a terminal delivers them at typing speed: all queued at once, none awaited."""
    from textual import events

    for key in keys:
        character = key if len(key) == 1 else None
        pilot.app.post_message(events.Key(key, character))


@pytest.mark.parametrize("gap", [0.0, 0.05, 0.13, 0.3])
async def test_the_filter_keeps_every_key_at_typing_speed(
    solar: Store, monkeypatch: pytest.MonkeyPatch, gap: float
) -> None:
    import time

    slow = solar.browse

    def loaded_machine(*args: object, **kwargs: object) -> object:
        time.sleep(0.08)  # a search that takes a while, as on a busy machine
        return slow(*args, **kwargs)  # type: ignore[arg-type]

    screen = BrowseScreen()
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(solar, "browse", loaded_machine)
        # Type "moons", hold backspace, type "sun" (as "water", backspace, "salt" in the deck
        # of the report): pauses of `gap` between the bursts let searches start and finish
        # in the middle of the typing.
        for keys in (list("mo"), list("ons"), ["backspace"] * 8 + list("s"), list("un")):
            burst(pilot, keys)
            await pilot.pause(gap)
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        assert screen.query_one(Input).value == "sun"
        monkeypatch.setattr(solar, "browse", slow)
        expected = [str(row.item_id) for row in solar.browse("sun")]
        assert expected and len(expected) < 9
        table = screen.query_one(DataTable)
        assert [key.value for key in table.rows] == expected
        assert f"{plural(len(expected), 'card')} " in plain(screen.query_one("#status", Static))


async def test_ctrl_s_sorts_by_the_next_column_and_says_so(solar: Store) -> None:
    screen = BrowseScreen(None)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        in_deck_order = shown_texts(screen)
        assert in_deck_order != sorted(in_deck_order, key=str.casefold)
        await pilot.press("ctrl+s")  # deck -> text
        await settle(pilot)
        texts = shown_texts(screen)
        assert texts == sorted(texts, key=str.casefold) and len(texts) > 2
        assert "by text" in plain(screen.query_one("#status", Static))
