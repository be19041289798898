"""Drive the study app through everything a student can do, checking the screen at each step.

Used by the hostile-text tests and by the property test over decks that pass `check`.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.pilot import Pilot

from quizapp.tui.app import QuizApp
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.review import Phase, ReviewScreen

from .screen import screen_text

Check = Callable[[str], None]


def key_for(screen: object, action: str) -> str:
    """The key a screen binds to ``action`` (so the walk follows the keys as they change)."""
    for binding in type(screen).BINDINGS:  # type: ignore[attr-defined]
        if isinstance(binding, Binding) and binding.action == action:
            return binding.key.split(",")[0]
    raise LookupError(f"{type(screen).__name__} binds no key to {action}")


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def look(pilot: Pilot[None], check: Check) -> None:
    await settle(pilot)
    check(screen_text(pilot.app))


async def review_everything(pilot: Pilot[None], check: Check, limit: int = 12) -> None:
    """Review all decks: each rating in turn, one undo, then suspend, bury, flag, the source."""
    app = pilot.app
    await pilot.press(key_for(app.screen, "review_all"))
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
            await pilot.press(key_for(screen, "source"))
            await look(pilot, check)
            await pilot.press("escape")
        await pilot.press(str(1 + step % 4))
        await look(pilot, check)
        if step == 0 and screen.check_action("undo", ()):
            await pilot.press("ctrl+z" if screen._typing() else key_for(screen, "undo"))
            await look(pilot, check)
    for action in ("suspend", "bury"):
        if isinstance(app.screen, ReviewScreen) and screen.check_action(action, ()):
            if screen._typing():
                break
            await pilot.press(key_for(screen, action))
            await look(pilot, check)
    if isinstance(app.screen, ReviewScreen) and screen.session.current is not None:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(key_for(screen, "flag"))  # a note that looks like markup, a formula
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
    await pilot.press(key_for(pilot.app.screen, "browse"))
    await look(pilot, check)
    assert isinstance(pilot.app.screen, BrowseScreen)
    suspend = key_for(pilot.app.screen, "toggle_suspend")
    await pilot.press("down")
    if pilot.app.screen.highlighted() is not None:
        await pilot.press(suspend)
        await look(pilot, check)
        await pilot.press(suspend)
        await look(pilot, check)
        await pilot.press("enter")
        await look(pilot, check)
        await pilot.press("escape")
    await pilot.press("escape")
    await settle(pilot)


async def quiz_everything(pilot: Pilot[None], check: Check) -> None:
    """A quiz on the first deck: every question answered, to the score and the missed list."""
    await pilot.press(key_for(pilot.app.screen, "quiz"))
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
    await pilot.press(key_for(pilot.app.screen, "stats"))
    await look(pilot, check)
    await pilot.press("escape")
    await settle(pilot)


async def walk(app: QuizApp, check: Check, review_limit: int = 12) -> None:
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await look(pilot, check)
        await review_everything(pilot, check, review_limit)
        await browse_everything(pilot, check)
        await quiz_everything(pilot, check)
        await stats_screen(pilot, check)
