"""The review screen keeps its layout from a card's front to its back and on to the next card."""

from __future__ import annotations

from textual.widgets import Button

from quizapp.tui.app import QuizApp
from quizapp.tui.widgets.card_view import CardView

from .test_review import open_review, settle


def grade_buttons_shown(app: QuizApp) -> list[bool]:
    return [b.display for b in app.screen.query(Button) if b.id and b.id.startswith("grade-")]


async def test_the_card_stays_put_while_the_grades_come_and_go(app: QuizApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot, "down")  # Capitals: typed answers
        card = screen.query_one(CardView)
        front = card.region
        assert grade_buttons_shown(app) == [False] * 4
        await pilot.press("enter")  # an empty answer shows the card
        await pilot.pause()
        assert grade_buttons_shown(app) == [True] * 4
        assert card.region == front
        await pilot.press("3")
        await settle(pilot)
        assert grade_buttons_shown(app) == [False] * 4
        assert card.region == front
