"""Deck, article and file-name text as the study app shows it: as Rich ``Text`` (never parsed
as markup, so "[bold]" reads as written) with control characters made visible.

Every place that puts untrusted text on the screen goes through these three functions.
"""

from __future__ import annotations

from rich.text import Text

from quizapp.terminal_text import terminal_line, terminal_text

__all__ = ["cleaned", "shown", "shown_line"]


def shown(text: str, style: str = "") -> Text:
    """Multi-line text, shown literally."""
    return Text(terminal_text(text), style=style)


def shown_line(text: str, style: str = "") -> Text:
    """One line (a title, a table cell), shown literally."""
    return Text(terminal_line(text), style=style)


def cleaned(text: Text) -> Text:
    """A styled Text built from untrusted parts, with its control characters made visible.

    The sanitizer maps one character to one, so the styles stay where they were.
    """
    result = text.copy()
    result.plain = terminal_text(text.plain)
    return result
