"""Card info (`i` in review and browse): the card, its deck and section, every answer it was
given with local time, rating, interval, stability, difficulty, recall and time taken, and its
chance of recall now and due date (local)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quizapp.plural import plural
from quizapp.scheduling import format_interval
from quizapp.storage.report_views import CardInfo
from quizapp.tui.card_render import front_text
from quizapp.tui.safe_text import cleaned, shown_line

__all__ = ["CardInfoScreen", "history_table"]

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def _local(moment: datetime | None, tz: tzinfo) -> str:
    return "—" if moment is None else f"{moment.astimezone(tz):%Y-%m-%d %H:%M}"


def _interval(delta: timedelta | None) -> str:
    return "—" if delta is None else format_interval(delta)


def history_table(info: CardInfo, tz: tzinfo) -> Table:
    table = Table(box=None, padding=(0, 1), header_style="bold")
    for name, justify in (("When", "left"), ("Rating", "left"), ("Ivl", "right"),
                          ("S", "right"), ("D", "right"), ("R", "right"), ("Time", "right")):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for entry in info.reviews:
        table.add_row(
            _local(entry.reviewed_at, tz),
            RATINGS.get(entry.rating, str(entry.rating)),
            _interval(entry.interval),
            "—" if entry.stability is None else f"{entry.stability:.1f}d",
            "—" if entry.difficulty is None else f"{entry.difficulty:.1f}",
            "—" if entry.recall is None else f"{entry.recall:.0%}",
            "—" if entry.duration_ms is None else f"{entry.duration_ms / 1000:.0f}s",
        )
    return table


def summary_line(info: CardInfo, tz: tzinfo) -> str:
    item = info.item
    state = item.state
    parts = [state.phase.name.lower(), plural(state.reps, "review"), plural(state.lapses, "lapse")]
    if info.due is not None:
        parts.append(f"due {_local(info.due, tz)}")
    if info.recall_now is not None:
        parts.append(f"recall now {info.recall_now:.0%}")
    for flag, word in ((item.suspended, "suspended"), (item.buried, "buried"),
                       (item.flagged, "flagged")):
        if flag:
            parts.append(word)
    return " · ".join(parts)


class CardInfoScreen(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,i,enter", "close", "Close")]

    def __init__(self, info: CardInfo, tz: tzinfo) -> None:
        super().__init__()
        self.info = info
        self.tz = tz

    def compose(self) -> ComposeResult:
        item = self.info.item
        with Vertical(classes="dialog", id="card-info"):
            yield Label(
                Text.assemble(
                    ("Card info: ", "bold"), shown_line(item.deck_title), " › ",
                    shown_line(item.section_title), f" · {item.card.type.value}",
                ),
                classes="dialog-title",
            )
            with VerticalScroll(id="info-body"):
                yield Static(cleaned(front_text(item)), id="info-front")
                yield Static(summary_line(self.info, self.tz), id="info-state")
                if self.info.reviews:
                    yield Static(history_table(self.info, self.tz), id="info-history")
                else:
                    yield Static("Not studied yet.", id="info-history")
            yield Label("times are local · esc close", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
