"""Fit the profile's own FSRS parameters from the study app: the figures, then save or not."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quizapp.plural import plural
from quizapp.scheduling.optimize import Fit, NotEnoughHistory, report_lines
from quizapp.storage import StorageError
from quizapp.tui.safe_text import shown

__all__ = ["OptimizeDialog"]


class OptimizeDialog(ModalScreen[bool]):
    """Fits on a worker thread, shows the figures; dismisses with True when it saved a fit."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("s", "save(False)", "Save", show=False),
        Binding("r", "save(True)", "Save and reschedule", show=False),
        Binding("escape", "close", "Close"),
    ]

    class Fitted(Message):
        def __init__(self, fit: Fit | None, text: str) -> None:
            super().__init__()
            self.fit = fit
            self.text = text

    def __init__(self) -> None:
        super().__init__()
        self.fit: Fit | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Your own FSRS parameters", classes="dialog-title")
            yield Static("Fitting to your review history…", id="report")
            yield Label("esc close", classes="hint", id="keys")

    def on_mount(self) -> None:
        self._fit()

    @work(thread=True, exclusive=True, group="optimize")
    def _fit(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        try:
            had_own = store.fsrs_parameters() is not None
            fit = store.fit_parameters()
        except (NotEnoughHistory, StorageError) as error:
            self.post_message(self.Fitted(None, str(error)))
            return
        lines = report_lines(fit, had_own)
        if not fit.improves:
            lines.append("They predict your reviews no better: the current ones stay.")
            self.post_message(self.Fitted(None, "\n".join(lines)))
            return
        self.post_message(self.Fitted(fit, "\n".join(lines)))

    @on(Fitted)
    def _show(self, message: Fitted) -> None:
        self.fit = message.fit
        self.query_one("#report", Static).update(shown(message.text))
        keys = "s save · r save and reschedule · esc close" if self.fit else "esc close"
        self.query_one("#keys", Label).update(keys)

    def action_save(self, reschedule: bool) -> None:
        if self.fit is None:
            return
        store = self.app.store  # type: ignore[attr-defined]
        try:
            store.save_parameters(self.fit)
            moved = store.reschedule() if reschedule else None
        except StorageError as error:
            self.notify(str(error), severity="error")
            return
        note = "Saved: your parameters apply from the next review."
        if moved is not None:
            have = "has" if moved == 1 else "have"
            note += f" {plural(moved, 'card')} in review {have} a new due date."
        self.notify(note)
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)
