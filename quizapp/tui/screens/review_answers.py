"""The review's answer flow: checking a typed, chosen or true/false answer, then grading it.

A mixin of ``ReviewScreen``, like ``MarkKeys``: it reaches the session, the plan and the screen's
widgets. The ``@on`` handlers stay on the screen (Textual collects them per screen class), and
call in here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.widgets import Static

from quizapp.deck.model import ChoiceCard, TrueFalseCard
from quizapp.scheduling import Rating
from quizapp.terminal_text import terminal_line
from quizapp.tui.answers import judge_choice, judge_true_false, judge_typed
from quizapp.tui.card_render import expected
from quizapp.tui.safe_text import cleaned
from quizapp.tui.screens.review_keys import Phase
from quizapp.tui.widgets.card_view import CardView
from quizapp.tui.widgets.grade_bar import GradeBar

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp
    from quizapp.tui.session import Answered, ReviewSession
    from quizapp.tui.study_plan import StudyPlan
    from quizapp.tui.widgets.store_link import StoreLink

__all__ = ["AnswerFlow"]


class AnswerFlow:
    session: ReviewSession
    plan: StudyPlan
    link: StoreLink
    quiz_app: QuizApp
    phase: Phase
    picked: set[int]
    suggested: Rating | None
    shown_at: float

    # The screen provides these (query_one and refresh_bindings come from Screen);
    # declared, not defined, so the mixin never shadows them.
    query_one: Any
    refresh_bindings: Callable[[], None]
    _show_next: Callable[[], None]

    def _show_grades(self) -> None:
        item = self.session.current
        assert item is not None
        intervals = self.plan.intervals(self.quiz_app.store, item)
        self.query_one(GradeBar).show(intervals, self.suggested)

    def _reveal(self, suggested: Rating | None, verdict: Text | None) -> None:
        item = self.session.current
        assert item is not None
        self.phase, self.suggested = Phase.BACK, suggested
        self.query_one(CardView).show_back(item, self.picked, verdict)
        accept = suggested.name if suggested else "Good"
        source = " · p whole paragraph" if item.card.source else ""
        self.query_one("#hint", Static).update(f"1–4 grade · enter {accept}{source}")
        self._show_grades()
        self.refresh_bindings()

    def _judged(self, right: bool, said: str) -> None:
        verdict = cleaned(
            Text.assemble(
                ("Right" if right else "Wrong", "bold green" if right else "bold red"),
                f" — {terminal_line(said)}",
            )
        )
        self._reveal(Rating.Good if right else Rating.Again, verdict)

    def _check_typed(self, value: str) -> None:
        item = self.session.current
        if self.phase is not Phase.FRONT or item is None:
            return
        if not value.strip():
            self._reveal(None, None)  # an empty answer shows the card, as "don't know"
            return
        self._judged(*judge_typed(value, expected(item)))

    def action_reveal(self) -> None:
        card = self.session.current.card  # type: ignore[union-attr]
        if isinstance(card, ChoiceCard) and self.picked:
            self._judge_choice(card)
        else:
            self._reveal(None, None)

    def action_pick(self, index: int) -> None:
        card = cast(ChoiceCard, self.session.current.card)  # type: ignore[union-attr]
        if len(card.answer) == 1:
            self.picked = {index}
            self._judge_choice(card)
            return
        # Several right options: letters toggle, enter checks the set.
        self.picked ^= {index}
        self.query_one(CardView).show_picks(card, self.picked)
        self.query_one("#hint", Static).update("a–e toggle · enter check")

    def _judge_choice(self, card: ChoiceCard) -> None:
        self._judged(*judge_choice(card, self.picked))

    def action_true_false(self, value: bool) -> None:
        card = cast(TrueFalseCard, self.session.current.card)  # type: ignore[union-attr]
        self._judged(*judge_true_false(card, value))

    def action_accept(self) -> None:
        self.action_grade(int(self.suggested or Rating.Good))

    def action_grade(self, value: int) -> None:
        duration_ms = int((time.monotonic() - self.shown_at) * 1000)
        card = self.session.current.card if self.session.current else None
        # The options chosen, so the teacher's report can tell which distractors draw students.
        picked = (
            tuple(card.options[i] for i in sorted(self.picked) if i < len(card.options))
            if isinstance(card, ChoiceCard) and self.picked
            else None
        )
        answered = self.session.grade(Rating(value), duration_ms)
        item_id, rating, plan = answered.item.item_id, answered.rating, self.plan
        self.link.submit(
            "review", lambda s: plan.grade(s, item_id, rating, duration_ms, picked), item_id
        )
        if rating is Rating.Again and not plan.moves_schedule:
            self.session.queue.append(answered.item)  # practice: again at the end
        self._show_next()

    def _undo_answer(self, answered: Answered) -> None:
        self.link.submit("undo", self.plan.undo, answered.item.item_id)
        if answered.rating is Rating.Again and not self.plan.moves_schedule:
            self.session.forget_last_requeue(answered.item.item_id)
