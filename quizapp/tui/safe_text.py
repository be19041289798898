"""Deck, article and file-name text as the study app shows it: as Rich ``Text`` (never parsed
as markup, so "[bold]" reads as written) with control characters made visible.

Every place that puts untrusted text on the screen goes through these three functions.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from rich.text import Text

from quizapp.terminal_text import terminal_line, terminal_text

__all__ = ["cleaned", "shown", "shown_card", "shown_line"]

CardT = TypeVar("CardT")


def shown(text: str, style: str = "") -> Text:
    """Multi-line text, shown literally."""
    return Text(terminal_text(text), style=style)


def shown_line(text: str, style: str = "") -> Text:
    """One line (a title, a table cell), shown literally."""
    return Text(terminal_line(text), style=style)


def shown_card(card: CardT) -> CardT:
    """The card with every text made safe before it becomes a Rich Text.

    Done before, not after: Rich's Text silently drops BEL, BS, VT, FF and CR, which would
    then not be shown at all; here they are made visible like every other control.
    """
    changes = {}
    for item in dataclasses.fields(card):  # type: ignore[arg-type]
        value = getattr(card, item.name)
        if isinstance(value, str):
            changes[item.name] = terminal_text(value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            changes[item.name] = tuple(terminal_text(v) for v in value)
    changes.pop("type", None)  # not an init field
    return dataclasses.replace(card, **changes)  # type: ignore[type-var]


def cleaned(text: Text) -> Text:
    """A styled Text built from untrusted parts, with its control characters made visible.

    The sanitizer maps one character to one, so the styles stay where they were.
    """
    result = text.copy()
    result.plain = terminal_text(text.plain)
    return result
