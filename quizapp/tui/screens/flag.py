"""Ask for an optional note when flagging a bad card for the teacher."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from quizapp.tui.widgets.ordered_input import OrderedInput

__all__ = ["FlagDialog"]


class FlagDialog(ModalScreen[str | None]):
    """Dismisses with the note ("" for none) on enter, or None when cancelled."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Flag this card for the teacher", classes="dialog-title")
            yield OrderedInput(placeholder="What is wrong with it? (optional)", id="note")
            yield Label("enter flag · esc cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
