"""Review: spaced repetition over the due queue, one card at a time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from quizapp.deck.model import ChoiceCard, TrueFalseCard
from quizapp.scheduling import Rating
from quizapp.terminal_text import terminal_line
from quizapp.tui.answers import judge_choice, judge_true_false, judge_typed
from quizapp.tui.card_render import (
    LETTERS,
    Kind,
    expected,
    kind,
)
from quizapp.tui.safe_text import cleaned
from quizapp.tui.screens.review_keys import BINDINGS, HINTS, PALETTE, TYPING_KEYS
from quizapp.tui.screens.review_marks import MarkKeys
from quizapp.tui.screens.summary import SessionSummary, SummaryScreen
from quizapp.tui.session import Answered, ReviewSession
from quizapp.tui.study_plan import Scheduled, StudyPlan
from quizapp.tui.widgets.card_view import CardView
from quizapp.tui.widgets.choice_list import ChoiceList
from quizapp.tui.widgets.grade_bar import GradeBar
from quizapp.tui.widgets.key_footer import KeyFooter
from quizapp.tui.widgets.session_progress import SessionProgress
from quizapp.tui.widgets.store_link import StoreLink

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp

__all__ = ["ReviewScreen"]

LOW_WATER = 5  # ask for more cards when fewer than this are waiting
class Phase(StrEnum):
    LOADING = "loading"
    FRONT = "front"
    BACK = "back"


class ReviewScreen(MarkKeys, Screen[None]):
    CSS_PATH = "review.tcss"
    BINDINGS = BINDINGS

    def __init__(
        self, deck: str | None = None, section: str | None = None, plan: StudyPlan | None = None
    ) -> None:
        super().__init__()
        self.deck = deck
        self.section = section
        self.plan: StudyPlan = plan or Scheduled(deck, section)
        self._fetched = False
        self._next_due = None
        self.session = ReviewSession()
        self.phase = Phase.LOADING
        self.picked: set[int] = set()
        self.suggested: Rating | None = None
        self.shown_at = 0.0
        self._refill_pending = False
        self._ending = False

    @property
    def quiz_app(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        yield SessionProgress(id="progress")
        yield CardView(id="card")
        yield Static("", id="hint", classes="hint")
        yield GradeBar(id="grades")
        yield KeyFooter(compact=True)
        yield StoreLink(self.quiz_app.store)

    def on_mount(self) -> None:
        if self.plan.describe():
            self.sub_title = self.plan.describe()
        self.query_one(GradeBar).display = False
        self._refill(force=True)
        deck, section = self.deck, self.section
        self.link.submit("expired", lambda s: s.expired_count(deck, section))

    # -- the store, in order, off the UI thread ----------------------------------------------
    @property
    def link(self) -> StoreLink:
        return self.query_one(StoreLink)

    def _refill(self, force: bool = False) -> None:
        if self._refill_pending or (not force and len(self.session.queue) >= LOW_WATER):
            return
        if self._fetched and not self.plan.refills:
            if self.session.current is None and not self.session.queue:
                self._finish(self._next_due)
            return
        plan = self.plan
        self._refill_pending = True
        self._fetched = True
        self.link.submit("refill", plan.fetch)

    @on(StoreLink.Done)
    def stored(self, message: StoreLink.Done) -> None:
        operation = message.operation
        if operation.kind == "refill":
            self._refill_pending = False
            items, next_due = message.result
            self._next_due = next_due
            # Drop what a later write already dealt with: this read happened before it.
            self.session.add(items, self.link.written_after(operation.seq))
            if self.session.current is None and not self._ending:
                if self.session.queue:
                    self._show_next()
                elif operation.seq < self.link.last_write:
                    self._refill(force=True)
                else:
                    self._finish(next_due)
        elif operation.kind == "finish":
            self._finish(message.result)
        elif operation.kind == "info":
            from quizapp.tui.screens.card_info import CardInfoScreen

            self.app.push_screen(CardInfoScreen(message.result, self.quiz_app.store.clock.tz))
        elif operation.kind == "expired" and message.result:
            count = message.result
            self.notify(
                f"{count} card{'s' if count != 1 else ''} suspended: the fact expired "
                "(valid_until in the deck)",
                timeout=5,
            )

    @on(StoreLink.Failed)
    def store_failed(self, message: StoreLink.Failed) -> None:
        self.notify(f"Could not save: {message.error}", severity="error", timeout=8)
        if message.operation.kind == "refill":
            self._refill_pending = False

    # -- showing a card ------------------------------------------------------------------------
    def _show_next(self) -> None:
        if self.session.advance() is None:
            self.phase = Phase.LOADING
            self.query_one(CardView).show_loading()
            self._refill(force=True)
        else:
            self._show_front()
            self._refill()
        self._show_progress()

    def _show_progress(self) -> None:
        self.query_one(SessionProgress).show(self.session.done, self.session.left)

    def _show_front(self) -> None:
        item = self.session.current
        assert item is not None
        self.phase, self.picked, self.suggested = Phase.FRONT, set(), None
        self.shown_at = time.monotonic()
        self.query_one(CardView).show_front(item)
        card_kind = kind(item)
        letters = f"a–{LETTERS[min(len(getattr(item.card, 'options', 'ab')), 5) - 1]}"
        self.query_one("#hint", Static).update(HINTS[card_kind].format(letters=letters))
        self.query_one(GradeBar).display = False  # grading comes after the answer is seen
        self.refresh_bindings()

    def _show_grades(self) -> None:
        item = self.session.current
        assert item is not None
        intervals = self.plan.intervals(self.quiz_app.store, item)
        grades = self.query_one(GradeBar)
        grades.show(intervals, self.suggested)
        grades.display = True

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

    # -- keys ----------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in TYPING_KEYS and self._typing():
            return False  # the letter goes into the answer box; the footer must not promise it
        return self._available(action, parameters)

    def _typing(self) -> bool:
        """An answer box has the focus: letters and punctuation go into it."""
        return self._typed_front() and isinstance(self.focused, Input)

    def _typed_front(self) -> bool:
        item = self.session.current
        return self.phase is Phase.FRONT and item is not None and kind(item) is Kind.TYPED

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    def _available(self, action: str, parameters: tuple[object, ...]) -> bool:
        item = self.session.current
        front = self.phase is Phase.FRONT and item is not None
        card = item.card if item is not None else None
        if action == "reveal":
            return front and not self._typing()
        if action in {"accept", "grade"}:
            return self.phase is Phase.BACK
        if action == "pick":
            index = cast(int, parameters[0])
            return front and isinstance(card, ChoiceCard) and index < len(card.options)
        if action == "true_false":
            return front and isinstance(card, TrueFalseCard)
        if action == "undo":
            return bool(self.session.history)
        if action == "chord":
            return self._available(cast(str, parameters[0]), ())
        if action in {"suspend", "bury", "flag"}:
            return item is not None and self.phase is not Phase.LOADING
        if action == "info":
            return item is not None and self.phase is not Phase.LOADING
        if action == "source":
            return self.phase is Phase.BACK and card is not None and bool(card.source)
        return True

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

    @on(Input.Submitted, "#typed")
    def typed_answer(self, event: Input.Submitted) -> None:
        event.stop()
        item = self.session.current
        if self.phase is not Phase.FRONT or item is None:
            return
        if not event.value.strip():
            self._reveal(None, None)
            return
        self._judged(*judge_typed(event.value, expected(item)))

    def action_accept(self) -> None:
        self.action_grade(int(self.suggested or Rating.Good))

    @on(ChoiceList.Picked)
    def option_clicked(self, event: ChoiceList.Picked) -> None:
        if self.check_action("pick", (event.index,)):
            self.action_pick(event.index)

    @on(GradeBar.Graded)
    def grade_clicked(self, event: GradeBar.Graded) -> None:
        if self.phase is Phase.BACK:
            self.action_grade(int(event.rating))

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

    def action_chord(self, action: str) -> None:
        getattr(self, f"action_{action}")()

    def _undo_answer(self, answered: Answered) -> None:
        self.link.submit("undo", self.plan.undo, answered.item.item_id)
        if answered.rating is Rating.Again and not self.plan.moves_schedule:
            self.session.forget_last_requeue(answered.item.item_id)

    def action_info(self) -> None:
        item_id = self.session.current.item_id  # type: ignore[union-attr]
        self.link.submit("info", lambda s: s.card_info(item_id))

    def action_source(self) -> None:
        from quizapp.tui.screens.source import SourceDialog

        item = self.session.current
        assert item is not None
        self.app.push_screen(SourceDialog(item.source_path, item.card.source))

    def action_leave(self) -> None:
        if self._typing():
            # The first esc leaves the answer box, so u ! - * and space work on a typed card.
            self.set_focus(None)
            self.query_one("#hint", Static).update(
                "space show the answer · u ! - * as usual · tab back to the answer · esc end"
            )
            return
        if not self.session.history:
            self.dismiss(None)
            return
        self._ending = True
        self.link.submit("finish", lambda s: s.next_due())

    def _finish(self, next_due: object) -> None:
        session = self.session
        summary = SessionSummary(
            reviewed=session.done,
            accuracy=session.accuracy,
            total_ms=session.total_ms,
            left=session.left,
            next_due=next_due,  # type: ignore[arg-type]
            now=self.quiz_app.clock.now(),
        )
        self.app.switch_screen(SummaryScreen(summary))

    def palette_commands(self) -> Iterator[SystemCommand]:
        for action, title, help_text in PALETTE:
            if self._available(action, ()):
                yield SystemCommand(title, help_text, getattr(self, f"action_{action}"))
