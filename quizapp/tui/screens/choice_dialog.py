"""A question with a few answers, each on its own key: copy a bundled deck, remove a deck."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

__all__ = ["ChoiceDialog"]


class ChoiceDialog(ModalScreen[str | None]):
    """Dismisses with the value of the key pressed, or None on esc.

    ``choices`` are (key, value, what it does); the title and body are Text built by the
    caller from safe parts (deck titles through ``shown_line``).
    """

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: Text, body: Text, choices: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.heading = title
        self.body = body
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="choice-dialog"):
            yield Label(self.heading, classes="dialog-title")
            yield Static(self.body, id="choice-body")
            for key, _, what in self.choices:
                yield Label(Text.assemble((f" {key} ", "bold reverse"), f" {what}"))
            yield Label("esc cancel", classes="hint")

    def on_key(self, event: events.Key) -> None:
        for key, value, _ in self.choices:
            if event.key == key:
                event.stop()
                self.dismiss(value)
                return

    def action_cancel(self) -> None:
        self.dismiss(None)
