"""An App whose window title and toasts are shown literally, never parsed as markup.

Titles name decks and profiles, which a user or a deck's author wrote, and toasts quote card
text ("Suspended: ...") and error messages (file names), so a "[link=...]" in them must read as
written rather than be parsed (or fail to parse), and control codes must not reach the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.app import App
from textual.content import Content

from quizapp.terminal_text import terminal_line, terminal_text

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

__all__ = ["LiteralTextApp"]

ResultT = TypeVar("ResultT")


class LiteralTextApp(App[ResultT]):
    def format_title(self, title: str, sub_title: str) -> Content:
        return super().format_title(terminal_line(title), terminal_line(sub_title))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        super().notify(
            terminal_text(message),
            title=terminal_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )
