"""Review: spaced repetition over the due queue, one card at a time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from quizapp.plural import plural
from quizapp.scheduling import Rating
from quizapp.storage.views import ReviewOutcome
from quizapp.tui.card_render import LETTERS, kind
from quizapp.tui.screens.review_answers import AnswerFlow
from quizapp.tui.screens.review_edit import EditKeys
from quizapp.tui.screens.review_keys import BINDINGS, HINTS, PALETTE, KeyGate, Phase
from quizapp.tui.screens.review_marks import MarkKeys
from quizapp.tui.screens.summary import SessionSummary, SummaryScreen
from quizapp.tui.session import ReviewSession, back_today
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
class ReviewScreen(AnswerFlow, EditKeys, KeyGate, MarkKeys, Screen[None]):
    CSS_PATH = "review.tcss"
    BINDINGS = BINDINGS

    def __init__(
        self,
        deck: str | None = None,
        section: str | None = None,
        plan: StudyPlan | None = None,
        place: str = "",
    ) -> None:
        super().__init__()
        self.deck = deck
        self.section = section
        self.plan: StudyPlan = plan or Scheduled(deck, section, place)
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
        self.title = "Review"
        self.sub_title = self.plan.describe()
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
        elif operation.kind == "review" and isinstance(message.result, ReviewOutcome):
            outcome: ReviewOutcome = message.result
            self.session.comes_back(outcome.item_id, back_today(outcome))
            self._show_progress()
        elif operation.kind == "finish":
            self._finish(message.result)
        elif operation.kind == "info":
            from quizapp.tui.screens.card_info import CardInfoScreen

            self.app.push_screen(CardInfoScreen(message.result, self.quiz_app.store.clock.tz))
        elif operation.kind == "expired" and message.result:
            count = message.result
            self.notify(
                f"{plural(count, 'card')} suspended: the fact expired "
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
        self.query_one(SessionProgress).show(self.session.done, self.session.to_go)

    def _show_front(self) -> None:
        item = self.session.current
        assert item is not None
        self.phase, self.picked, self.suggested = Phase.FRONT, set(), None
        self.shown_at = time.monotonic()
        self.query_one(CardView).show_front(item)
        card_kind = kind(item)
        letters = f"a–{LETTERS[min(len(getattr(item.card, 'options', 'ab')), 5) - 1]}"
        self.query_one("#hint", Static).update(HINTS[card_kind].format(letters=letters))
        self.query_one(GradeBar).hide()  # grading comes after the answer is seen
        self.refresh_bindings()

    # -- keys and clicks (answering and grading: review_answers; marks: review_marks) ----------
    @on(Input.Submitted, "#typed")
    def typed_answer(self, event: Input.Submitted) -> None:
        event.stop()
        self._check_typed(event.value)

    @on(ChoiceList.Picked)
    def option_clicked(self, event: ChoiceList.Picked) -> None:
        if self.check_action("pick", (event.index,)):
            self.action_pick(event.index)

    @on(GradeBar.Graded)
    def grade_clicked(self, event: GradeBar.Graded) -> None:
        if self.phase is Phase.BACK:
            self.action_grade(int(event.rating))

    def action_chord(self, action: str) -> None:
        getattr(self, f"action_{action}")()

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
                "space show the answer · u ! - * e as usual · tab back to the answer · esc end"
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
