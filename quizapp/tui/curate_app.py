"""`quizapp curate` on its own: the curation screen without the study app's database."""

from __future__ import annotations

from quizapp.curation.drafts import Drafts
from quizapp.tui.literal_app import LiteralTextApp
from quizapp.tui.screens.curate import CurateScreen, CurationOutcome

__all__ = ["CurateApp", "run_curation"]


class CurateApp(LiteralTextApp[CurationOutcome]):
    CSS_PATH = "app.tcss"
    TITLE = "quizapp curate"

    def __init__(self, drafts: Drafts, start_at: str | None = None, force: bool = False) -> None:
        super().__init__()
        self.screen_args = (drafts, start_at, force)

    def on_mount(self) -> None:
        drafts, start_at, force = self.screen_args
        self.push_screen(CurateScreen(drafts=drafts, start_at=start_at, force=force), self.exit)


def run_curation(
    drafts: Drafts, *, start_at: str | None = None, force: bool = False
) -> CurationOutcome:
    outcome = CurateApp(drafts, start_at, force).run()
    return outcome or CurationOutcome(drafts.deck_path)
