"""`quizapp curate` on its own: the curation screen without the study app's database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.content import Content

from quizapp.curation.drafts import Drafts
from quizapp.terminal_text import terminal_line, terminal_text
from quizapp.tui.screens.curate import CurateScreen, CurationOutcome

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

__all__ = ["CurateApp", "run_curation"]


class CurateApp(App[CurationOutcome]):
    CSS_PATH = "app.tcss"
    TITLE = "quizapp curate"

    def __init__(self, drafts: Drafts, start_at: str | None = None, force: bool = False) -> None:
        super().__init__()
        self.screen_args = (drafts, start_at, force)

    def on_mount(self) -> None:
        drafts, start_at, force = self.screen_args
        self.push_screen(CurateScreen(drafts=drafts, start_at=start_at, force=force), self.exit)

    # Titles quote the deck's title and toasts quote file names: shown literally, as in the
    # study app (see QuizApp).
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


def run_curation(
    drafts: Drafts, *, start_at: str | None = None, force: bool = False
) -> CurationOutcome:
    outcome = CurateApp(drafts, start_at, force).run()
    return outcome or CurationOutcome(drafts.deck_path)
