"""One card on screen: its front, the way to answer it, then its answer and where it came from."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from quizapp.deck.model import ChoiceCard, ClozeCard
from quizapp.storage import StudyItem
from quizapp.tui.card_render import Kind, answer_text, details_text, front_text, kind
from quizapp.tui.safe_text import shown_line
from quizapp.tui.widgets.choice_list import ChoiceList
from quizapp.tui.widgets.ordered_input import OrderedInput

__all__ = ["CardView"]


class CardView(VerticalScroll):
    """The screen calls ``show_front`` / ``show_picks`` / ``show_back``; a typed answer arrives
    as the Input's own ``Input.Submitted`` message, which bubbles up to the screen."""

    DEFAULT_CSS = """
    CardView { height: 1fr; padding: 1 2; }
    CardView > Static { height: auto; margin-bottom: 1; }
    CardView > #where { margin-bottom: 0; }
    CardView > #front { text-style: bold; }
    CardView > ChoiceList { margin-bottom: 1; }
    CardView > Input { margin-bottom: 1; }
    CardView > #answer { border-left: thick $success; padding-left: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="where")
        yield Static("Loading…", id="front")
        yield ChoiceList(id="choices")
        yield OrderedInput(placeholder="your answer", id="typed")
        yield Static("", id="verdict")
        yield Static("", id="answer")
        yield Static("", id="details")

    def on_mount(self) -> None:
        self._hide("choices", "typed", "verdict", "answer", "details")

    def _hide(self, *names: str) -> None:
        for name in names:
            self.query_one(f"#{name}").display = False

    def _set(self, name: str, content: Text | str) -> None:
        widget = self.query_one(f"#{name}", Static)
        widget.update(content)
        widget.display = bool(content.plain if isinstance(content, Text) else content)

    def show_loading(self) -> None:
        self._set("where", "")
        self._set("front", "Loading…")
        self._hide("choices", "typed", "verdict", "answer", "details")

    def show_front(self, item: StudyItem) -> None:
        self._set("where", shown_line(f"{item.deck_title} › {item.section_title}", style="dim"))
        self._set("front", front_text(item))
        choices = self.query_one(ChoiceList)
        choices.display = isinstance(item.card, ChoiceCard)
        if isinstance(item.card, ChoiceCard):
            choices.show(item.card, set(), revealed=False)
        typed = self.query_one("#typed", Input)
        typed.display = typed.can_focus = kind(item) is Kind.TYPED
        typed.disabled = not typed.display
        typed.value = ""
        self._hide("verdict", "answer", "details")
        self.scroll_home(animate=False)
        if typed.display:
            typed.focus()
        else:
            self.screen.set_focus(None)

    def show_picks(self, card: ChoiceCard, picked: set[int]) -> None:
        self.query_one(ChoiceList).show(card, picked, revealed=False)

    def show_back(self, item: StudyItem, picked: set[int], verdict: Text | None) -> None:
        if isinstance(item.card, ChoiceCard):
            self.query_one(ChoiceList).show(item.card, picked, revealed=True)
        typed = self.query_one("#typed", Input)
        typed.display, typed.disabled = False, True
        # A cloze's answer is the whole sentence again: show it in place of the gapped one.
        self.query_one("#front").display = not isinstance(item.card, ClozeCard)
        self._set("verdict", verdict or "")
        self._set("answer", answer_text(item))
        self._set("details", details_text(item))
        self.screen.set_focus(None)
