"""An expired card says why it is suspended: in the browser, the card view and review."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from quizapp.deck import loads
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, open_store
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.card_detail import CardDetailScreen
from quizapp.tui.screens.review import ReviewScreen

from .progress_support import Host, plain

DECK = """\
version: 1
id: news
title: News
sections:
  - id: week
    title: This week
    cards:
      - {id: minister, type: qa, question: Who is the minister?, answer: Ada,
         valid_until: 2026-03-05}
      - {id: capital, type: qa, question: Capital of France?, answer: Paris}
"""


def news_store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "news.db", clock=FrozenClock(datetime(2026, 3, 5, 9, tzinfo=UTC)))
    store.import_deck(loads(DECK))
    return store


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_browse_marks_the_expired_card_and_its_view_gives_the_reason(tmp_path: Path) -> None:
    store = news_store(tmp_path)
    screen = BrowseScreen()
    async with Host(store, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = screen.query_one(DataTable)
        states = [str(table.get_row_at(i)[3]) for i in range(table.row_count)]
        assert states == ["expired", "new"]
        await pilot.press("down", "enter")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, CardDetailScreen)
        state = plain(detail.query_one("#card-state", Static))
        assert "suspended: its fact expired on 2026-03-05" in state


async def test_review_says_how_many_cards_expired_and_never_shows_them(tmp_path: Path) -> None:
    store = news_store(tmp_path)
    screen = ReviewScreen("news")
    async with Host(store, screen).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        messages = [n.message for n in pilot.app._notifications]
        assert any("1 card suspended: the fact expired" in m for m in messages)
        assert screen.session.current is not None
        assert screen.session.current.key == "capital"
        assert [i.key for i in screen.session.queue] == []
