"""The quiz screen: N questions from a deck or a section, scored at the end.

A quiz is a test, not a review: answers are recorded in the quiz history and the schedule is
never touched (no call to ``Store.review``).
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static

from quizapp.storage.views import StudyItem
from quizapp.terminal_text import terminal_line
from quizapp.tui.card_render import LETTERS, Kind, answer_text, details_text, front_text
from quizapp.tui.safe_text import cleaned, shown_line
from quizapp.tui.screens.quiz_session import Graded, QuizSession, answer_kind
from quizapp.tui.widgets.ordered_input import OrderedInput

__all__ = ["QuizScreen"]


class QuizScreen(Screen[None]):
    CSS_PATH = "quiz.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        *[Binding(k, f"choose('{k}')", f"Answer {k}", show=False) for k in LETTERS],
        Binding("t", "choose('t')", "True"),
        Binding("f", "choose('f')", "False"),
        Binding("enter,space", "next", "Next"),
        Binding("y", "overrule", "I was right"),
        Binding("r", "retake", "New quiz"),
    ]

    class Loaded(Message):
        def __init__(self, items: list[StudyItem], place: str) -> None:
            super().__init__()
            self.items = items
            self.place = place

    class Recorded(Message):
        """The result is in the quiz history."""

    def __init__(
        self,
        deck: str,
        section: str | None = None,
        count: int = 10,
        *,
        seed: int | None = None,
        place: str = "",
    ) -> None:
        super().__init__()
        self.deck = deck
        self.section = section
        self.place = place  # the deck's (and section's) title for the header
        self.count = count
        self.seed = seed
        self.session: QuizSession | None = None
        self.answered = False  # the current question has been answered and the verdict shown
        self.overrulable = False  # a typed answer was marked wrong: "y" may count it as right
        self.recorded = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="quiz-body"):
            yield Static("Drawing questions…", id="progress")
            yield Static(id="question")
            yield OptionList(id="options")
            yield OrderedInput(placeholder="Type your answer, then enter", id="typed")
            yield Static(id="feedback")
            yield Static(id="result")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Quiz"
        self.sub_title = self.place
        self.query_one("#options").display = False
        self.query_one("#typed").display = False
        self._load()

    # -- database work, off the UI thread --------------------------------------------------
    @work(thread=True, exclusive=True, group="quiz-load")
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        items = store.quiz_items(self.deck, self.section, self.count, self.seed)
        place = self.place or store.titles().place(self.deck, self.section)
        self.post_message(self.Loaded(items, place))

    @work(thread=True, exclusive=True, group="quiz-record")
    def _record(self, total: int, correct: int, missed: list[str]) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        store.record_quiz(self.deck, self.section, total, correct, missed)
        self.post_message(self.Recorded())

    @on(Loaded)
    def _start(self, message: Loaded) -> None:
        self.session = QuizSession(message.items)
        self.recorded = False
        self.place = self.sub_title = message.place
        if not message.items:
            self.query_one("#progress", Static).update(
                "Nothing to quiz here: this deck has no choice, true/false, cloze or typed cards."
            )
            return
        self._ask()

    @on(Recorded)
    def _saved(self) -> None:
        self.recorded = True
        self.query_one("#feedback", Static).update("[dim]Saved to your quiz history.[/]")
        self.refresh_bindings()

    # -- asking and grading -----------------------------------------------------------------
    def _ask(self) -> None:
        session = self.session
        assert session is not None
        self.answered = False
        item = session.current
        kind = answer_kind(item)
        self.query_one("#progress", Static).update(
            Text.assemble(
                f"Question {session.position + 1} of {len(session.items)}",
                f"  ·  {session.correct} right  ·  ",
                (terminal_line(item.section_title), "dim"),
            )
        )
        self.query_one("#question", Static).update(front_text(item))
        self.query_one("#feedback", Static).update("")
        options = self.query_one("#options", OptionList)
        typed = self.query_one("#typed", Input)
        options.display = kind is not Kind.TYPED
        typed.display = kind is Kind.TYPED
        if kind is Kind.TYPED:
            typed.disabled = False
            typed.value = ""
            typed.focus()
        else:
            keys = LETTERS if kind is Kind.CHOICE else "tf"
            options.disabled = False
            choices = zip(keys, session.options(), strict=False)
            options.set_options(shown_line(f"{key}) {text}") for key, text in choices)
            options.highlighted = 0
            options.focus()
        self.refresh_bindings()

    def _show_verdict(self, graded: Graded) -> None:
        self.answered = True
        self.overrulable = not graded.right and answer_kind(graded.item) is Kind.TYPED
        self.query_one("#options", OptionList).disabled = True
        self.query_one("#typed", Input).disabled = True
        verdict = ("✓ Right.  ", "bold green") if graded.right else ("✗ Wrong.  ", "bold red")
        feedback = Text.assemble(verdict, answer_text(graded.item))
        details = details_text(graded.item)
        if details:
            feedback.append("\n")
            feedback.append_text(details)
        hint = "\nenter: next question"
        if self.overrulable:
            hint += " · y: I was right (count it)"
        feedback.append(hint, style="dim")
        self.query_one("#feedback", Static).update(feedback)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.session
        asking = session is not None and not session.finished and not self.answered
        if action == "choose":
            return asking and self._option_index(str(parameters[0])) is not None
        if action == "next":
            return self.answered
        if action == "overrule":
            return self.answered and self.overrulable
        if action == "retake":
            return session is not None and session.finished and self.recorded
        return True

    def _option_index(self, key: str) -> int | None:
        """Which option a key picks: a-d for choice questions, t/f for true or false."""
        assert self.session is not None
        kind = answer_kind(self.session.current)
        keys = {Kind.CHOICE: LETTERS, Kind.TRUEFALSE: "tf"}.get(kind, "")
        index = keys.find(key)
        return index if 0 <= index < len(self.session.options()) else None

    def action_choose(self, key: str) -> None:
        index = self._option_index(key)
        if index is not None and self.session is not None:
            self._show_verdict(self.session.answer_option(index))

    @on(OptionList.OptionSelected, "#options")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.session is not None and not self.answered and not self.session.finished:
            self._show_verdict(self.session.answer_option(event.option_index))

    @on(Input.Submitted, "#typed")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session is None or self.answered or self.session.finished:
            return
        # An empty answer is "I don't know": wrong, and the right answer is shown.
        self._show_verdict(self.session.answer_typed(event.value))

    def action_overrule(self) -> None:
        assert self.session is not None
        self._show_verdict(self.session.overrule())

    def action_next(self) -> None:
        assert self.session is not None
        if self.session.finished:
            self._finish()
        else:
            self._ask()

    def _finish(self) -> None:
        session = self.session
        assert session is not None
        self.answered = False
        for selector in ("#options", "#typed", "#question"):
            self.query_one(selector).display = False
        total, correct = len(session.items), session.correct
        self.query_one("#progress", Static).update(
            f"[b]Score: {correct} / {total}[/]  ({round(100 * correct / total)}%)"
        )
        self.query_one("#result", Static).update(missed_report(session.missed))
        self.query_one("#feedback", Static).update("[dim]Saving…[/]")
        self._record(total, correct, [g.item.key for g in session.missed])
        # The answer boxes are hidden now: the result gets the focus, so ↑ ↓ scroll it at once.
        self.query_one("#quiz-body", VerticalScroll).focus()
        self.refresh_bindings()

    def action_retake(self) -> None:
        for selector in ("#question", "#result"):
            self.query_one(selector).display = True
        self.query_one("#result", Static).update("")
        self.seed = random.randrange(2**31) if self.seed is None else self.seed + 1
        self.session = None
        self._load()

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Back", "Leave the quiz (unfinished ones are not saved)", self.action_back
        )
        if self.check_action("retake", ()):
            yield SystemCommand("New quiz", "Another set of questions", self.action_retake)


def missed_report(missed: list[Graded]) -> Text:
    """The missed questions, each with what was answered, the right answer and its source."""
    if not missed:
        return Text("No mistakes.", style="bold green")
    report = Text(f"Missed ({len(missed)}):", style="bold")
    for graded in missed:
        item = graded.item
        report.append("\n\n• ")
        report.append_text(front_text(item))
        report.append(f"\n  You: {graded.given or '—'}   ")
        report.append_text(answer_text(item))
        details = details_text(item)
        if details:
            report.append(f"\n  {terminal_line(item.section_title)}. ", style="dim")
            report.append_text(details)
    return cleaned(report)
