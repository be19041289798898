"""The session's progress: a bar and "done / left" counts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

__all__ = ["SessionProgress"]


class SessionProgress(Horizontal):
    DEFAULT_CSS = """
    SessionProgress { height: 1; padding: 0 1; }
    SessionProgress Label { width: auto; margin-right: 2; }
    SessionProgress ProgressBar { width: 1fr; }
    SessionProgress Bar { width: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Label("", id="counts")
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="bar")

    def show(self, done: int, left: int) -> None:
        self.query_one("#counts", Label).update(f"done {done} · left {left}")
        self.query_one("#bar", ProgressBar).update(total=max(done + left, 1), progress=done)
