"""Custom study, as Anki's: more new cards today, review ahead, or cram a set of cards.

A dialog over the home screen. It dismisses with a ``CustomStudy`` choice (or None); the home
screen does the store work and opens the session.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from quizapp.storage.practice import Practice
from quizapp.tui.safe_text import shown_line
from quizapp.tui.widgets.ordered_input import OrderedInput

__all__ = ["CHOICES", "CustomStudy", "CustomStudyDialog"]


@dataclass(frozen=True)
class CustomStudy:
    """``more_new`` cards to add to today's limit, or a ``practice`` session to run."""

    more_new: int = 0
    practice: Practice | None = None


# (key, label, what the box asks for, its default)
CHOICES = [
    ("new", "Study more new cards today", "how many", "10"),
    ("ahead", "Review ahead (cards due in the next days)", "days", "3"),
    ("section", "Cram the selected deck or section", "", ""),
    ("tag", "Cram cards with a tag", "tag", ""),
    ("flagged", "Cram flagged cards", "", ""),
    ("failed", "Cram cards failed recently", "days", "7"),
]


ASKS = {"how many": "How many more new cards:", "days": "Days:", "tag": "Tag:"}


class CustomStudyDialog(ModalScreen[CustomStudy | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, deck: str, section: str | None, title: str, limit_note: str = "") -> None:
        super().__init__()
        self.deck = deck
        self.section = section
        self.target_title = title
        self.limit_note = limit_note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="custom-study"):
            yield Label(
                Text.assemble("Custom study: ", shown_line(self.target_title)),
                classes="dialog-title",
            )
            if self.limit_note:
                yield Label(self.limit_note, id="limit-note")
            yield OptionList(*(Option(label, id=key) for key, label, _, _ in CHOICES), id="choices")
            yield Label("", id="asks")
            yield OrderedInput(id="amount")
            yield Label(
                "Cram and review ahead do not change the schedule.", classes="hint"
            )
            yield Label("↑ ↓ choose · enter next · esc cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0
        self._prepare(0)

    def _prepare(self, index: int) -> None:
        _, _, asks, default = CHOICES[index]
        amount = self.query_one("#amount", Input)
        label = self.query_one("#asks", Label)
        label.update(ASKS.get(asks, ""))
        amount.display = label.display = bool(asks)
        amount.placeholder = asks
        amount.value = default

    @on(OptionList.OptionHighlighted, "#choices")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._prepare(event.option_index)

    @on(OptionList.OptionSelected, "#choices")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if CHOICES[event.option_index][2]:
            self.query_one("#amount", Input).focus()
        else:
            self._done()

    @on(Input.Submitted, "#amount")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._done()

    def _done(self) -> None:
        index = self.query_one(OptionList).highlighted or 0
        key, _, asks, _ = CHOICES[index]
        value = self.query_one("#amount", Input).value.strip()
        number = 0
        if asks in ("how many", "days"):
            if not value.isdigit() or not 0 < int(value) <= 9999:
                self.notify(f"Give a whole number of {asks.replace('how many', 'cards')}.",
                            severity="warning")
                return
            number = int(value)
        if asks == "tag" and not value:
            self.notify("Give a tag.", severity="warning")
            return
        if key == "new":
            self.dismiss(CustomStudy(more_new=number))
            return
        section = self.section if key == "section" else None
        practice = Practice(
            kind=key, deck=self.deck, section=section, tag=value or None, days=number or 1
        )
        self.dismiss(CustomStudy(practice=practice))

    def action_cancel(self) -> None:
        self.dismiss(None)
