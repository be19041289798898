"""Deck options for this profile: desired retention, new cards per day, learning steps, and an
exam date (new cards paced to it, every card reviewed shortly before it: docs/scheduling.md).

Stored in the database (``Store.save_deck_options``) over the deck file's ``settings``, which
stay the default; ``ctrl+r`` goes back to them. The dialog dismisses with the choice and the
home screen writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from quizapp.deck.model import Settings
from quizapp.tui.safe_text import shown_line
from quizapp.tui.widgets.ordered_input import OrderedInput

__all__ = ["DeckOptionsDialog", "OptionsChoice", "parse_options"]

FIELDS = (
    ("retention", "Desired retention (0.70–0.99)"),
    ("new", "New cards per day"),
    ("learning", "Learning steps (minutes)"),
    ("relearning", "Relearning steps (minutes)"),
    ("exam", "Exam date (YYYY-MM-DD; empty: none)"),
)
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class OptionsChoice:
    settings: Settings | None  # None: back to the deck file's settings


def _steps(text: str, name: str) -> tuple[int, ...]:
    parts = text.replace(",", " ").replace("m", " ").split()
    if not parts or not all(p.isdigit() and 0 < int(p) <= 100_000 for p in parts):
        raise ValueError(f"{name}: whole minutes, e.g. 1 10")
    return tuple(int(p) for p in parts)


def _exam(text: str, today: date | None) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text) if DAY.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None:
        raise ValueError("Exam date: a day written YYYY-MM-DD, e.g. 2027-06-15, or empty")
    if today is not None and day <= today:
        raise ValueError(f"Exam date: a day after today ({today.isoformat()}), or empty")
    return day


def parse_options(
    values: dict[str, str], base: Settings, today: date | None = None
) -> Settings:
    """The settings typed in the dialog; ValueError says which field is wrong and why. An exam
    date must come after ``today``."""
    try:
        retention = float(values["retention"])
    except ValueError:
        raise ValueError("Desired retention: a number such as 0.9") from None
    if not 0.7 <= retention <= 0.99:
        raise ValueError("Desired retention: from 0.70 to 0.99")
    new = values["new"].strip()
    if not new.isdigit() or int(new) > 9999:
        raise ValueError("New cards per day: a whole number from 0 to 9999")
    return replace(
        base,
        desired_retention=retention,
        new_per_day=int(new),
        learning_steps=_steps(values["learning"], "Learning steps"),
        relearning_steps=_steps(values["relearning"], "Relearning steps"),
        exam=_exam(values.get("exam", ""), today),
    )


class DeckOptionsDialog(ModalScreen[OptionsChoice | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+r", "reset", "Deck file's settings"),
    ]

    def __init__(
        self, title: str, settings: Settings, own: bool, today: date | None = None
    ) -> None:
        super().__init__()
        self.deck_title = title
        self.settings = settings
        self.own = own
        self.today = today  # the study day: an exam date must come after it

    def compose(self) -> ComposeResult:
        s = self.settings
        values = {
            "retention": f"{s.desired_retention:.2f}",
            "new": str(s.new_per_day),
            "learning": " ".join(map(str, s.learning_steps)),
            "relearning": " ".join(map(str, s.relearning_steps)),
            "exam": s.exam.isoformat() if s.exam else "",
        }
        with Vertical(classes="dialog", id="deck-options"):
            yield Label(
                Text.assemble("Options: ", shown_line(self.deck_title)), classes="dialog-title"
            )
            for key, label in FIELDS:
                yield Label(label)
                yield OrderedInput(values[key], id=f"opt-{key}", compact=True)
            yield Label(
                "Your own options (this profile)." if self.own
                else "From the deck file; saving makes them this profile's own.",
                id="options-source",
            )
            yield Label("tab next · enter save · ctrl+r deck file's · esc cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        values = {key: self.query_one(f"#opt-{key}", Input).value for key, _ in FIELDS}
        try:
            settings = parse_options(values, self.settings, self.today)
        except ValueError as error:
            self.notify(str(error), severity="warning")
            return
        self.dismiss(OptionsChoice(settings))

    def action_reset(self) -> None:
        self.dismiss(OptionsChoice(None))

    def action_cancel(self) -> None:
        self.dismiss(None)
