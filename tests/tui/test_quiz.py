"""The quiz screen, driven by key presses and clicks: questions, verdicts, score, history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from quizapp.deck.model import ChoiceCard, TrueFalseCard
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store
from quizapp.tui.app import build_app
from quizapp.tui.card_render import Kind, answer_text, expected
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.quiz_session import QuizSession, answer_kind

from .progress_support import Host, plain, solar_store

SCORABLE = 8  # the solar deck's nine cards, less the one free-recall qa card


@pytest.fixture
def solar(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = solar_store(tmp_path / "quiz.db", clock)
    yield store
    store.close()


def text(screen: QuizScreen, selector: str) -> str:
    return plain(screen.query_one(selector, Static))


async def answer(pilot: Pilot[None], screen: QuizScreen, right: bool) -> None:
    """Answer the current question with the keyboard, rightly or wrongly."""
    assert screen.session is not None
    item = screen.session.current
    card = item.card
    if isinstance(card, ChoiceCard):
        options = list(card.options)
        wanted = next(o for o in options if (o in card.answer) == right)
        await pilot.press("abcd"[options.index(wanted)])
    elif isinstance(card, TrueFalseCard):
        await pilot.press("t" if card.answer == right else "f")
    else:
        typed = expected(item)[0] if right else "no idea"
        screen.query_one("#typed", Input).value = typed
        await pilot.press("enter")
    await pilot.pause()


async def finish_quiz(pilot: Pilot[None], screen: QuizScreen, wrong: int) -> None:
    """Answer every question, the first ``wrong`` of them wrongly."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.session is not None
    for n in range(len(screen.session.items)):
        await answer(pilot, screen, right=n >= wrong)
        await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_quiz_runs_to_its_score_records_history_and_leaves_schedule(solar: Store) -> None:
    before = solar.browse()
    screen = QuizScreen("solar", count=10, seed=7)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await finish_quiz(pilot, screen, wrong=2)
        assert "Score: 6 / 8" in text(screen, "#progress")
        report = text(screen, "#result")
        assert "Missed (2)" in report and "Source:" in report
        assert "Saved to your quiz history" in text(screen, "#feedback")
        missed = [g.item for g in screen.session.missed]  # type: ignore[union-attr]
    (record,) = solar.quiz_history()
    assert (record.deck_slug, record.section_slug) == ("solar", None)
    assert (record.total, record.correct) == (SCORABLE, 6)
    assert record.missed == [item.key for item in missed]
    # A quiz is a test, not a review: no log entry, no state change.
    assert solar.stats().total_reviews == 0
    assert solar.browse() == before


async def test_each_answer_shows_the_verdict_and_the_right_answer(solar: Store) -> None:
    screen = QuizScreen("solar", "planets", count=3, seed=1)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.session is not None and len(screen.session.items) == 3
        assert all(i.section_slug == "planets" for i in screen.session.items)
        expected = answer_text(screen.session.current).plain
        await answer(pilot, screen, right=False)
        feedback = text(screen, "#feedback")
        assert "Wrong" in feedback and expected in feedback
        assert "Question 1 of 3" in text(screen, "#progress")
        await pilot.press("enter")
        assert "Question 2 of 3" in text(screen, "#progress")
        await answer(pilot, screen, right=True)
        assert "Right" in text(screen, "#feedback")


async def test_a_choice_can_be_answered_with_the_mouse(solar: Store) -> None:
    screen = QuizScreen("solar", "planets", count=5, seed=3)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        session = screen.session
        assert session is not None
        while not isinstance(session.current.card, ChoiceCard):
            await answer(pilot, screen, right=True)
            await pilot.press("enter")
        card = session.current.card
        index = card.options.index(card.answer[0])
        # The list has a one-row border on top, so option n sits on row n + 1.
        await pilot.click("#options", offset=(4, index + 1))
        await pilot.pause()
        assert session.graded[-1].right
        assert "Right" in text(screen, "#feedback")


async def test_escape_leaves_without_saving(solar: Store) -> None:
    screen = QuizScreen("solar", count=4, seed=2)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await answer(pilot, screen, right=True)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, QuizScreen)
    assert solar.quiz_history() == []


async def test_typed_answers_forgive_typos_but_not_numbers(solar: Store) -> None:
    by_id = {i.card.id: i for i in solar.quiz_items("solar", count=20)}
    cases = [
        (by_id["light"], "9", False),
        (by_id["light"], "8", True),
        (by_id["core"], "nuclear fusian", True),
        (by_id["core"], "fission", False),
        (by_id["moons"], "Two", True),
        (by_id["sun-star"], "a star", True),
    ]
    for item, typed, right in cases:
        assert QuizSession([item]).answer_typed(typed).right is right, (item.card.id, typed)


async def test_quiz_from_the_real_app_is_recorded(solar: Store, clock: FrozenClock) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = QuizScreen("solar", "sun", seed=5)
        app.push_screen(screen)
        await pilot.pause()
        await finish_quiz(pilot, screen, wrong=0)
        assert "Score: 3 / 3" in text(screen, "#progress")
        assert "No mistakes" in text(screen, "#result")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuizScreen)
    (record,) = solar.quiz_history()
    assert (record.section_slug, record.total, record.correct, record.missed) == ("sun", 3, 3, [])


async def test_z_on_the_home_screen_opens_a_quiz_on_the_selected_deck(
    solar: Store, clock: FrozenClock
) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("z")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.deck == "solar"
        await finish_quiz(pilot, screen, wrong=1)
        assert f"Score: {SCORABLE - 1} / {SCORABLE}" in text(screen, "#progress")
    assert [(r.total, r.correct) for r in solar.quiz_history()] == [(SCORABLE, SCORABLE - 1)]


async def test_q_on_the_home_screen_quits(solar: Store, clock: FrozenClock) -> None:
    app = build_app(solar, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


def first_typed(screen: QuizScreen) -> int:
    """Answer questions until a typed one is on screen; how many were answered before it."""
    assert screen.session is not None
    return next(
        n for n, item in enumerate(screen.session.items) if answer_kind(item) is Kind.TYPED
    )


async def test_enter_on_an_empty_answer_means_dont_know(solar: Store) -> None:
    screen = QuizScreen("solar", seed=7)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(first_typed(screen)):
            await answer(pilot, screen, right=True)
            await pilot.press("enter")
        item = screen.session.current  # type: ignore[union-attr]
        await pilot.press("enter")  # nothing typed
        await pilot.pause()
        feedback = text(screen, "#feedback")
        assert "Wrong" in feedback and answer_text(item).plain in feedback
        assert screen.session.missed[-1].item is item  # type: ignore[union-attr]


async def test_y_counts_a_typed_answer_marked_wrong_as_right(solar: Store) -> None:
    screen = QuizScreen("solar", seed=7)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        before = first_typed(screen)
        for _ in range(before):
            await answer(pilot, screen, right=True)
            await pilot.press("enter")
        await answer(pilot, screen, right=False)
        assert "Wrong" in text(screen, "#feedback")
        assert "y: I was right" in text(screen, "#feedback")
        await pilot.press("y")
        await pilot.pause()
        assert "Right" in text(screen, "#feedback")
        assert screen.check_action("overrule", ()) is False  # once is enough
        rest = len(screen.session.items) - before - 1  # type: ignore[union-attr]
        await pilot.press("enter")
        for _ in range(rest):
            await answer(pilot, screen, right=True)
            await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert f"Score: {SCORABLE} / {SCORABLE}" in text(screen, "#progress")
    assert [(r.correct, r.missed) for r in solar.quiz_history()] == [(SCORABLE, [])]


async def test_the_missed_questions_scroll_with_the_arrow_keys_at_once(solar: Store) -> None:
    screen = QuizScreen("solar", count=10, seed=7)
    async with Host(solar, screen).run_test(size=(80, 24)) as pilot:
        await finish_quiz(pilot, screen, wrong=SCORABLE)  # every one missed: a long list
        body = screen.query_one("#quiz-body")
        assert body.max_scroll_y > 0  # longer than the screen
        assert pilot.app.focused is body  # no Tab needed
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        assert "Missed (8)" in text(screen, "#result")
