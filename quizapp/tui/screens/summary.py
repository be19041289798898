"""The end of a review session: how many, how well, how long, and when the next card is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from quizapp.scheduling import format_interval

__all__ = ["SessionSummary", "SummaryScreen", "summary_text"]


@dataclass(frozen=True)
class SessionSummary:
    reviewed: int
    accuracy: float | None
    total_ms: int
    left: int  # still due when the session ended early
    next_due: datetime | None
    now: datetime


def _duration(ms: int) -> str:
    seconds = round(ms / 1000)
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}m {seconds:02d}s" if minutes else f"{seconds}s"


def summary_text(summary: SessionSummary) -> Text:
    text = Text()
    if summary.reviewed == 0:
        text.append("Nothing to review right now.\n\n", style="bold")
    else:
        text.append("Session complete\n\n" if not summary.left else "Session ended\n\n",
                    style="bold")
        text.append(f"Reviewed  {summary.reviewed}\n")
        if summary.accuracy is not None:
            text.append(f"Accuracy  {summary.accuracy:.0%}\n")
        text.append(f"Time      {_duration(summary.total_ms)}\n")
    if summary.left:
        # Cards are still due now, so "next due" would only confuse.
        text.append(f"Still due {summary.left}")
    elif summary.next_due is None:
        text.append("Next card: none scheduled")
    else:
        wait = max(summary.next_due - summary.now, timedelta(0))
        text.append(f"Next card due in {format_interval(wait)}")
    return text


class SummaryScreen(Screen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS = [
        Binding("enter,escape", "home", "Home"),
    ]

    def __init__(self, summary: SessionSummary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield Header()
        with Center(), Vertical(id="summary-box"):
            yield Static(summary_text(self.summary), id="summary")
            yield Button("Back to decks", id="home", variant="primary")
        yield Footer(compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_home()

    def action_home(self) -> None:
        self.dismiss(None)
