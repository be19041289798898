"""Review flows driven through the real app, checking the screen and the database afterwards."""

from __future__ import annotations

from datetime import timedelta

from textual.pilot import Pilot
from textual.widgets import Button, Static

from quizapp.scheduling import FrozenClock, Phase
from quizapp.storage import Store
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.flag import FlagDialog
from quizapp.tui.screens.review import ReviewScreen
from quizapp.tui.screens.source import SourceDialog
from quizapp.tui.screens.summary import SummaryScreen
from quizapp.tui.widgets.choice_list import ChoiceList

from .conftest import START

SIZE = (100, 30)
FRANCE, BELGIUM, SPAIN, WW2, VERSAILLES, ROME = 1, 2, 3, 4, 5, 6


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_review(pilot: Pilot[None], *keys: str) -> ReviewScreen:
    """From home, move to a row with ``keys`` and press enter; wait for the first card."""
    await settle(pilot)
    await pilot.press(*keys, "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def shown(screen: ReviewScreen, name: str) -> str:
    if name == "choices":
        return screen.query_one(ChoiceList).text
    widget = screen.query_one(f"#{name}", Static)
    return str(widget.visual) if widget.display else ""


def current_id(screen: ReviewScreen) -> int:
    assert screen.session.current is not None
    return screen.session.current.item_id


async def type_answer(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text, "enter")
    await pilot.pause()


async def test_review_a_whole_deck_to_the_summary(app: QuizApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        assert "done 0 · left 6" in str(screen.query_one("#counts", Static).visual)
        await type_answer(pilot, "Paris")  # typed qa
        await pilot.press("4")
        await pilot.press("b", "4")  # choice: Brussels
        await pilot.press("f", "4")  # true/false: false
        await type_answer(pilot, "1945")
        await pilot.press("4")
        await type_answer(pilot, "versailles")  # typed cloze
        await pilot.press("4")
        assert "Who, in legend, founded Rome?" in shown(screen, "front")
        await pilot.press("space", "4")  # plain qa: reveal, then grade yourself
        await settle(pilot)
        summary = pilot.app.screen
        assert isinstance(summary, SummaryScreen)
        text = str(summary.query_one("#summary", Static).visual)
        assert "Reviewed  6" in text and "Accuracy  100%" in text
        assert "Next card due in" in text
    assert store.next_items() == []
    for item_id in range(1, 7):
        state = store.item(item_id).state
        assert state.phase is Phase.REVIEW and state.reps == 1
    assert store.stats().total_reviews == 6


async def test_choice_card_answered_by_key(app: QuizApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")  # the Capitals section
        await type_answer(pilot, "Paris")
        await pilot.press("enter")  # accept the suggested Good
        assert current_id(screen) == BELGIUM
        assert "b) Brussels" in shown(screen, "choices")
        await pilot.press("a")  # Antwerp: wrong
        assert "Wrong" in shown(screen, "verdict")
        assert "✓ b) Brussels" in shown(screen, "choices")
        assert "✗ a) Antwerp" in shown(screen, "choices")
        assert screen.suggested is not None and screen.suggested.name == "Again"
        await pilot.press("enter")
        await settle(pilot)
    belgium = store.item(BELGIUM).state
    assert belgium.phase is Phase.LEARNING
    assert belgium.due == START + timedelta(minutes=1)  # Again: the first learning step
    assert store.item(FRANCE).state.due == START + timedelta(minutes=10)  # Good: the second


async def test_typed_answer_with_a_typo_is_accepted_and_a_wrong_number_refused(
    app: QuizApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")
        await type_answer(pilot, "pariss")
        assert "Right" in shown(screen, "verdict") and "close enough" in shown(screen, "verdict")
        await pilot.press("enter")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")  # summary -> home
        await settle(pilot)
        screen = await open_review(pilot, "down", "down")  # the History section
        assert current_id(screen) == WW2
        await type_answer(pilot, "1946")
        assert "Wrong" in shown(screen, "verdict")
        assert "Answer: 1945" in shown(screen, "answer")
        await pilot.press("enter")
        await settle(pilot)
    assert store.item(FRANCE).state.due == START + timedelta(minutes=10)  # Good
    assert store.item(WW2).state.due == START + timedelta(minutes=1)  # Again


async def test_undo_goes_back_to_the_previous_card_and_forgets_the_grade(
    app: QuizApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        await type_answer(pilot, "Paris")
        await pilot.press("4")
        await settle(pilot)
        assert store.item(FRANCE).state.phase is Phase.REVIEW
        assert current_id(screen) == BELGIUM
        await pilot.press("u")
        await settle(pilot)
        assert current_id(screen) == FRANCE
        assert screen.phase == "front"
        assert "done 0" in str(screen.query_one("#counts", Static).visual)
        # Nothing left to undo: the key is disabled rather than doing something surprising.
        assert screen.check_action("undo", ()) is False
    assert store.item(FRANCE).state.phase is Phase.NEW
    assert store.stats().total_reviews == 0


async def test_the_mouse_picks_an_option_and_grades(app: QuizApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")
        await type_answer(pilot, "Paris")
        await pilot.click("#grade-3")
        assert current_id(screen) == BELGIUM
        options = list(screen.query_one(ChoiceList).query_children(Static))
        await pilot.click(options[1])  # Brussels
        assert "Right" in shown(screen, "verdict")
        await pilot.click("#grade-4")
        await settle(pilot)
    assert store.item(BELGIUM).state.phase is Phase.REVIEW


async def test_grade_buttons_show_the_interval_each_rating_gives(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")
        await pilot.press("enter")  # an empty typed answer just shows the card
        labels = [str(b.label) for b in screen.query(Button) if b.id and "grade" in b.id]
        assert labels[:3] == ["1 Again 1m", "2 Hard 6m", "3 Good 10m"]
        assert labels[3].startswith("4 Easy ") and labels[3].endswith("d")
        await pilot.click("#grade-3")
        await settle(pilot)
        assert current_id(screen) == BELGIUM


async def test_suspend_bury_and_flag(app: QuizApp, store: Store, clock: FrozenClock) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")
        # France is typed: the keys go to the answer box until it is shown.
        await pilot.press("enter", "exclamation_mark")
        assert current_id(screen) == BELGIUM
        await pilot.press("minus")  # bury Belgium
        assert current_id(screen) == SPAIN
        await pilot.press("t")  # wrong
        await pilot.press("f")  # "f" is only ever "false" on a true/false card
        assert pilot.app.screen is screen
        await pilot.press("asterisk")
        assert isinstance(pilot.app.screen, FlagDialog)
        await pilot.press(*"ambiguous", "enter")
        await settle(pilot)
        assert pilot.app.screen is screen
    rows = {row.item_id: row for row in store.browse()}
    assert rows[FRANCE].suspended and rows[SPAIN].flagged
    waiting = {item.item_id for item in store.next_items()}
    assert FRANCE not in waiting and BELGIUM not in waiting
    clock.advance(timedelta(days=1))
    assert BELGIUM in {item.item_id for item in store.next_items()}  # buried only until tomorrow


async def test_after_answering_the_source_paragraph_is_one_key_away(app: QuizApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot)
        assert screen.check_action("source", ()) is False  # not before answering
        await type_answer(pilot, "Paris")
        assert "Paris is the capital and largest city of France." in shown(screen, "details")
        assert "Paris has been the capital" in shown(screen, "details")
        await pilot.press("p")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, SourceDialog)
        assert "It sits on the Seine." in str(dialog.query_one("#paragraph", Static).visual)
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_nothing_due_goes_straight_to_a_summary(app: QuizApp, store: Store) -> None:
    for item in store.next_items():
        store.set_suspended(item.item_id, True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SummaryScreen)
        text = str(pilot.app.screen.query_one("#summary", Static).visual)
        assert "Nothing to review right now." in text
        await pilot.press("enter")
        assert pilot.app.screen.__class__.__name__ == "HomeScreen"


async def test_readable_at_80_by_24(app: QuizApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot, "down")
        await type_answer(pilot, "Paris")
        for button in screen.query(Button):
            assert button.region.width >= 12 and button.region.bottom <= 23
        assert screen.query_one("#answer").region.height >= 1


async def test_ctrl_z_undoes_while_an_answer_is_being_typed(app: QuizApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down", "down")  # the History section
        assert current_id(screen) == WW2
        await type_answer(pilot, "1945")
        await pilot.press("3")
        await settle(pilot)
        assert current_id(screen) == VERSAILLES  # a typed cloze: "u" would be a letter here
        await pilot.press("u")
        assert current_id(screen) == VERSAILLES
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert current_id(screen) == WW2
    assert store.item(WW2).state.phase is Phase.NEW
    assert store.stats().total_reviews == 0


async def test_ctrl_chords_suspend_bury_and_flag_while_typing(
    app: QuizApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down", "down")  # History: two typed cards first
        assert current_id(screen) == WW2
        await pilot.press("1", "9")
        await pilot.press("ctrl+f")
        assert isinstance(pilot.app.screen, FlagDialog)
        await pilot.press(*"year?", "enter")
        await pilot.press("ctrl+b")  # bury it, typed half-way
        assert current_id(screen) == VERSAILLES
        await pilot.press("ctrl+s")
        assert current_id(screen) == ROME
        await settle(pilot)
    ww2, versailles = store.item(WW2), store.item(VERSAILLES)
    assert ww2.flagged and versailles.suspended
    assert WW2 not in {item.item_id for item in store.next_items()}  # buried
    assert [r.flagged for r in store.browse("second world war")] == [True]


async def test_esc_leaves_the_answer_box_so_the_plain_keys_work(
    app: QuizApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down", "down")
        await pilot.press("escape")
        assert pilot.app.screen is screen  # the first esc only leaves the box
        assert "tab back to the answer" in shown(screen, "hint")
        await pilot.press("exclamation_mark")
        assert current_id(screen) == VERSAILLES
        await pilot.press(*"versailles")  # a new typed card takes the focus again
        await pilot.press("enter")
        assert "Right" in shown(screen, "verdict")
        await settle(pilot)
    assert store.item(WW2).suspended


async def test_undo_takes_back_suspend_bury_and_flag(app: QuizApp, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")  # Capitals: France (typed), Belgium, Spain
        await pilot.press("ctrl+s")  # suspend France while its answer box has the focus
        assert current_id(screen) == BELGIUM
        await pilot.press("minus")  # bury Belgium
        assert current_id(screen) == SPAIN
        await pilot.press("asterisk", *"typo", "enter")  # flag Spain; it stays on screen
        await settle(pilot)
        assert store.item(SPAIN).flagged
        await pilot.press("u")  # the flag
        await settle(pilot)
        assert current_id(screen) == SPAIN and not store.item(SPAIN).flagged
        await pilot.press("u")  # the bury: Belgium is back
        await settle(pilot)
        assert current_id(screen) == BELGIUM and not store.item(BELGIUM).buried
        await pilot.press("u")  # the suspend: France is back, its answer box focused
        await settle(pilot)
        assert current_id(screen) == FRANCE and not store.item(FRANCE).suspended
        assert screen._typing()
        assert screen.check_action("undo", ()) is False
    assert [item.item_id for item in store.next_items()][:3] == [FRANCE, BELGIUM, SPAIN]
    marks = store.marks(SPAIN)
    assert (marks.flagged, marks.flag_note, marks.suspended, marks.buried_until) == (
        False, None, False, None
    )


async def test_undo_after_a_grade_and_a_bury_goes_back_one_step_at_a_time(
    app: QuizApp, store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(pilot, "down")
        await type_answer(pilot, "Paris")
        await pilot.press("3")
        await pilot.press("minus")  # bury Belgium
        await settle(pilot)
        assert "done 1" in str(screen.query_one("#counts", Static).visual)  # a bury is no answer
        await pilot.press("u", "u")
        await settle(pilot)
        assert current_id(screen) == FRANCE
        assert "done 0" in str(screen.query_one("#counts", Static).visual)
    assert store.item(FRANCE).state.phase is Phase.NEW
    assert not store.item(BELGIUM).buried
