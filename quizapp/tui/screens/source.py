"""The whole paragraph a card was made from, with its sentence highlighted."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quizapp.deck.provenance import paragraph_from_file
from quizapp.terminal_text import terminal_text
from quizapp.tui.safe_text import shown

__all__ = ["SourceDialog", "paragraph_text"]


def paragraph_text(paragraph: str | None, sentence: str | None) -> Text:
    if paragraph and sentence:
        text = shown(paragraph)
        text.highlight_words([terminal_text(" ".join(sentence.split()))], style="bold reverse")
        return text
    if sentence:
        return Text.assemble(
            shown(sentence),
            ("\n\n(The source article is not available; this is its sentence.)", "dim"),
        )
    return Text("This card has no source sentence.")


class SourceDialog(ModalScreen[None]):
    """Reads the article in a worker: the file may be large or on a slow disk."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,enter,p,space", "close", "Close")]

    class Found(Message):
        def __init__(self, paragraph: str | None) -> None:
            super().__init__()
            self.paragraph = paragraph

    def __init__(self, path: str | None, sentence: str | None) -> None:
        super().__init__()
        self.path = path
        self.sentence = sentence

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Label("Source paragraph", classes="dialog-title")
            yield Static("Reading the article…", id="paragraph")
            yield Label("esc close", classes="hint")

    def on_mount(self) -> None:
        self.find()

    @work(thread=True, exclusive=True)
    def find(self) -> None:
        self.post_message(self.Found(paragraph_from_file(self.path, self.sentence)))

    def on_source_dialog_found(self, message: Found) -> None:
        self.query_one("#paragraph", Static).update(
            paragraph_text(message.paragraph, self.sentence)
        )

    def action_close(self) -> None:
        self.dismiss(None)
