"""The card editor: a card's fields by type, checked by the deck validator on save.

``CardEditor(card)`` is a modal screen; push it with a callback, which receives the edited
card (checked as ``quizapp check`` would, id and every field not shown kept) or None when the
editor was cancelled. It writes nothing itself: the caller saves the card where it belongs.

    self.app.push_screen(CardEditor(card), saved)
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, Switch, TextArea

from quizapp.deck.card_fields import CardFieldError, FieldValues, card_with, field_specs, fields_of
from quizapp.deck.model import AnyCard
from quizapp.tui.safe_text import shown_line
from quizapp.tui.widgets.ordered_input import OrderedInput

__all__ = ["CardEditor"]

HINT = "tab next field · ctrl+s save · esc cancel"


class CardEditor(ModalScreen[AnyCard | None]):
    """Dismisses with the edited card on ctrl+s, or None on esc."""

    DEFAULT_CSS = """
    CardEditor { align: center middle; }
    CardEditor #editor {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    CardEditor #editor-title { text-style: bold; }
    CardEditor #editor-fields { height: auto; max-height: 16; }
    CardEditor TextArea { height: auto; max-height: 5; min-height: 1; }
    CardEditor .editor-label { color: $text-muted; }
    CardEditor #editor-truth-row { height: auto; }
    CardEditor #editor-error { color: $error; text-style: bold; }
    CardEditor .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, card: AnyCard, title: str = "Edit card", note: str = "") -> None:
        super().__init__()
        self.card = card
        self.heading = title
        self.note = note

    def compose(self) -> ComposeResult:
        values = fields_of(self.card)
        with Vertical(id="editor"):
            yield Label(
                Text.assemble(
                    f"{self.heading} · {self.card.type.value} · ", shown_line(self.card.id)
                ),
                id="editor-title",
            )
            if self.note:
                yield Label(shown_line(self.note), id="editor-note")
            with VerticalScroll(id="editor-fields"):
                for name, label, multiline in field_specs(self.card):
                    value = values[name]
                    if isinstance(value, bool):
                        with Horizontal(id="editor-truth-row"):
                            yield Switch(value, id=f"field-{name}")
                            yield Label(f" {label}", classes="editor-label")
                        continue
                    yield Label(label, classes="editor-label")
                    if multiline:
                        yield TextArea(value, id=f"field-{name}", compact=True,
                                       highlight_cursor_line=False)  # fmt: skip
                    else:
                        yield OrderedInput(value, id=f"field-{name}", compact=True)
            yield Static("", id="editor-error")
            yield Label(HINT, classes="hint")

    def on_mount(self) -> None:
        self.query_one("#editor-error").display = False
        first = field_specs(self.card)[0][0]
        self.query_one(f"#field-{first}").focus()

    def values(self) -> FieldValues:
        """What the fields hold now."""
        out: FieldValues = {}
        for name, _, _ in field_specs(self.card):
            widget = self.query_one(f"#field-{name}")
            if isinstance(widget, Switch):
                out[name] = widget.value
            elif isinstance(widget, TextArea):
                out[name] = widget.text
            elif isinstance(widget, Input):
                out[name] = widget.value
        return out

    def action_save(self) -> None:
        error = self.query_one("#editor-error", Static)
        try:
            card = card_with(self.card, self.values())
        except CardFieldError as problem:
            error.update(shown_line(f"Not saved: {problem}"))
            error.display = True
            return
        self.dismiss(card)

    def action_cancel(self) -> None:
        self.dismiss(None)
