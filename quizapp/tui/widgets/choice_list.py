"""A choice card's options, one line each, clickable as well as picked with a–e."""

from __future__ import annotations

from textual import events
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from quizapp.deck.model import ChoiceCard
from quizapp.tui.card_render import choice_line

__all__ = ["ChoiceList"]


class ChoiceList(Vertical):
    """Set with ``show(card, picked, revealed)``; a click on an option posts ``Picked``."""

    DEFAULT_CSS = """
    ChoiceList { height: auto; }
    ChoiceList > Static { height: auto; }
    ChoiceList > Static:hover { background: $boost; }
    """

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def show(self, card: ChoiceCard, picked: set[int], revealed: bool) -> None:
        lines = list(self.query_children(Static))
        # Reuse the option widgets from card to card; mount more only for a longer list.
        if len(lines) < len(card.options):
            extra = [Static(classes="option") for _ in range(len(card.options) - len(lines))]
            self.mount_all(extra)
            lines += extra
        for index, line in enumerate(lines):
            line.display = index < len(card.options)
            if line.display:
                line.update(choice_line(card, index, picked, revealed))

    @property
    def text(self) -> str:
        """The options as shown, for tests and screen readers alike."""
        return "\n".join(str(s.visual) for s in self.query_children(Static) if s.display)

    def on_click(self, event: events.Click) -> None:
        widget = event.widget
        lines = list(self.query_children(Static))
        if isinstance(widget, Static) and widget in lines:
            event.stop()
            self.post_message(self.Picked(lines.index(widget)))
