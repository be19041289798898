"""Drive the study app through everything a student can do, checking the screen at each step.

Used by the hostile-text tests and by the property test over decks that pass `check`.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from quizapp.tui.app import QuizApp
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.review import Phase, ReviewScreen

from .screen import screen_text

Check = Callable[[str], None]


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def look(pilot: Pilot[None], check: Check) -> None:
    await settle(pilot)
    check(screen_text(pilot.app))


async def review_everything(pilot: Pilot[None], check: Check, limit: int = 12) -> None:
    """Review all decks: each rating in turn, one undo, then suspend, bury, flag, the source."""
    app = pilot.app
    await pilot.press("a")
    await look(pilot, check)
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    for step in range(limit):
        if not isinstance(app.screen, ReviewScreen) or screen.session.current is None:
            break
        await pilot.press("enter")  # reveal (an empty typed answer reveals too)
        await look(pilot, check)
        assert screen.phase is Phase.BACK
        if screen.check_action("source", ()):
            await pilot.press("p")
            await look(pilot, check)
            await pilot.press("escape")
        await pilot.press(str(1 + step % 4))
        await look(pilot, check)
        if step == 0 and screen.check_action("undo", ()):
            await pilot.press("ctrl+z" if screen._typing() else "u")
            await look(pilot, check)
    for key in ("exclamation_mark", "minus"):  # suspend, bury
        if isinstance(app.screen, ReviewScreen) and screen.check_action("suspend", ()):
            if screen._typing():
                break
            await pilot.press(key)
            await look(pilot, check)
    if isinstance(app.screen, ReviewScreen) and screen.session.current is not None:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f")  # flag, with a note that looks like markup and a formula
        await settle(pilot)
        await pilot.press(*"=1+[b]x", "enter")
        await look(pilot, check)
    await pilot.press("escape")
    await look(pilot, check)
    while not isinstance(app.screen, HomeScreen):
        await pilot.press("escape")
        await settle(pilot)


async def browse_everything(pilot: Pilot[None], check: Check) -> None:
    """Browse: suspend and unsuspend (a toast quotes the card), open a card."""
    await pilot.press("b")
    await look(pilot, check)
    assert isinstance(pilot.app.screen, BrowseScreen)
    await pilot.press("down")
    if pilot.app.screen.highlighted() is not None:
        await pilot.press("exclamation_mark")
        await look(pilot, check)
        await pilot.press("exclamation_mark")
        await look(pilot, check)
        await pilot.press("enter")
        await look(pilot, check)
        await pilot.press("escape")
    await pilot.press("escape")
    await settle(pilot)


async def quiz_everything(pilot: Pilot[None], check: Check) -> None:
    """A quiz on the first deck: every question answered, to the score and the missed list."""
    await pilot.press("q")
    await look(pilot, check)
    screen = pilot.app.screen
    if not isinstance(screen, QuizScreen):
        return
    for _ in range(12):
        session = screen.session
        if session is None or session.finished:
            break
        await pilot.press("x", "enter")  # a typed answer, or the highlighted option
        await look(pilot, check)
        await pilot.press("enter")  # next question (or the score)
        await look(pilot, check)
    await pilot.press("escape")
    await settle(pilot)


async def stats_screen(pilot: Pilot[None], check: Check) -> None:
    await pilot.press("s")
    await look(pilot, check)
    await pilot.press("escape")
    await settle(pilot)


async def walk(app: QuizApp, check: Check) -> None:
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await look(pilot, check)
        await review_everything(pilot, check)
        await browse_everything(pilot, check)
        await quiz_everything(pilot, check)
        await stats_screen(pilot, check)
