"""Snapshots of home, review (front and back) and help at 80×24, on fixed data and a frozen clock.

Regenerate with ``pytest tests/tui/test_snapshots_review.py --snapshot-update`` and look at them.
"""

from __future__ import annotations

from textual.pilot import Pilot

from quizapp.scheduling import Rating
from quizapp.storage import Store
from quizapp.tui.app import QuizApp

SIZE = (80, 24)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_home(app: QuizApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_review_front_of_a_choice_card(app: QuizApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def to_choice(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("enter", "3")  # France: show it, Good
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=to_choice)


def test_review_back_of_a_typed_card(app: QuizApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def answered(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press(*"pariss", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=answered)


def test_help(app: QuizApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def help_open(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=help_open)


def test_custom_study_dialog(app: QuizApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def dialog_open(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=dialog_open)


def test_card_info(app: QuizApp, store: Store, snap_compare) -> None:  # type: ignore[no-untyped-def]
    store.review(1, Rating.Good, duration_ms=5000)  # France, answered once
    store.review(1, Rating.Easy, duration_ms=3000)

    async def info_open(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("b")
        await pilot.pause(0.3)
        await settle(pilot)
        await pilot.press("down", "i")  # into the list, then card info of its first card
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=info_open)


def test_deck_options_dialog(app: QuizApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def dialog_open(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=dialog_open)
