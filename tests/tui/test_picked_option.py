"""Review records which option a student picked, and the teacher's report counts it."""

from __future__ import annotations

from textual.pilot import Pilot

from quizapp.storage import Store
from quizapp.tui.app import QuizApp


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_picked_option_reaches_the_item_report(app: QuizApp, store: Store) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")  # review the Capitals section
        await settle(pilot)
        await pilot.press(*"paris", "enter")  # France, typed
        await settle(pilot)
        await pilot.press("enter")  # accept Good
        await settle(pilot)
        await pilot.press("a")  # Belgium: Antwerp, wrong
        await settle(pilot)
        await pilot.press("enter")  # accept Again
        await settle(pilot)
    [belgium] = [r for r in store.item_report("europe") if r.item == "belgium-capital"]
    assert belgium.students == 1 and belgium.first_try == 0.0
    assert belgium.options == {"Antwerp": 1, "Brussels": 0, "Ghent": 0, "Bruges": 0}
