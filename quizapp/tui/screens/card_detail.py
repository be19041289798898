"""One card opened from the browser: its front, its answer, where it came from, and its state."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quizapp.plural import plural
from quizapp.storage.views import StudyItem
from quizapp.tui.card_render import answer_text, details_text, front_text
from quizapp.tui.safe_text import shown_line

__all__ = ["CardDetailScreen", "state_line"]


def state_line(item: StudyItem) -> str:
    """Phase, when it is next due, reviews and lapses, and whether it is suspended or flagged."""
    state = item.state
    parts = [state.phase.name.lower()]
    if state.due is not None:
        parts.append(f"due {state.due:%Y-%m-%d %H:%M} UTC")
    if state.reps:
        parts.append(f"{plural(state.reps, 'review')}, {plural(state.lapses, 'lapse')}")
    if item.expired and item.valid_until is not None:
        parts.append(f"suspended: its fact expired on {item.valid_until.isoformat()}")
    elif item.suspended:
        parts.append("suspended")
    elif item.valid_until is not None:
        parts.append(f"valid until {item.valid_until.isoformat()}")
    if item.buried:
        parts.append("buried until tomorrow")
    if item.flagged:
        parts.append("flagged")
    return " · ".join(parts)


class CardDetailScreen(ModalScreen[None]):
    CSS_PATH = "card_detail.tcss"
    BINDINGS = [Binding("escape,enter", "close", "Close")]

    def __init__(self, item: StudyItem) -> None:
        super().__init__()
        self.item = item

    def compose(self) -> ComposeResult:
        item = self.item
        with VerticalScroll(id="card-detail"):
            yield Label(
                shown_line(f"{item.deck_title} · {item.section_title} · {item.card.type.value}"),
                id="card-heading",
            )
            yield Static(front_text(item), id="card-front")
            yield Static(answer_text(item), id="card-answer")
            details = details_text(item)
            if details:
                yield Static(details, id="card-details")
            yield Static(Text(state_line(item), style="dim"), id="card-state")
            yield Label("esc close", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
