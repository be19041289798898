"""The whole paragraph a card was made from, with its sentence highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

__all__ = ["SourceDialog"]


class SourceDialog(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,enter,p,space", "close", "Close")]

    def __init__(self, paragraph: str | None, sentence: str | None) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.sentence = sentence

    def compose(self) -> ComposeResult:
        text = Text(self.paragraph or self.sentence or "This card has no source sentence.")
        if self.paragraph and self.sentence:
            text.highlight_words([" ".join(self.sentence.split())], style="bold reverse")
        elif not self.paragraph and self.sentence:
            text.append("\n\n(The source article is not available; this is its sentence.)",
                        style="dim")
        with VerticalScroll(classes="dialog"):
            yield Label("Source paragraph", classes="dialog-title")
            yield Static(text, id="paragraph")
            yield Label("esc close", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
