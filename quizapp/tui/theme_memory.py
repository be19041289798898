"""The study app's theme, kept across launches in the user's config file.

The theme chosen in the command palette is written (off the UI thread, a moment after the last
change, since the palette's theme list previews each theme it passes) and set again at the
next launch. A damaged config file or a theme this version of Textual does not have is
ignored with one line, never a crash.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from textual.theme import Theme

from quizapp.userconfig import UserConfig
from quizapp.userfiles import UserFileError

if TYPE_CHECKING:
    from textual.timer import Timer

    from quizapp.tui.app import QuizApp

__all__ = ["SAVE_DELAY", "ThemeMemory"]

KEY = "theme"
SAVE_DELAY = 0.5  # seconds after the last change


class ThemeMemory:
    def __init__(self, app: QuizApp, config: UserConfig) -> None:
        self.app = app
        self.config = config
        self._timer: Timer | None = None

    def restore(self) -> None:
        """Set the saved theme and start listening for changes; call from the app's mount."""
        if self.config.problem is not None:
            self.app.notify(self.config.problem, severity="warning", timeout=10)
        saved = self.config.text(KEY)
        if saved is not None and saved != self.app.theme:
            if saved in self.app.available_themes:
                self.app.theme = saved
            else:
                self.app.notify(
                    f"{self.config.path}: no theme named {saved!r} here; the default is used",
                    severity="warning",
                    timeout=10,
                )
        self.app.theme_changed_signal.subscribe(self.app, self._changed)

    def _changed(self, theme: Theme) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(SAVE_DELAY, self._save_now)

    def _save_now(self) -> None:
        self._timer = None
        name = self.app.theme
        if name != self.config.text(KEY):
            self.app.run_worker(lambda: self._write(name), thread=True, group="theme-save")

    def _write(self, name: str) -> None:
        try:
            self.config.save(KEY, name)
        except UserFileError as error:
            self.app.call_from_thread(
                self.app.notify,
                f"Could not save the theme to {self.config.path}: {error}",
                severity="warning",
            )

    def flush(self) -> None:
        """Write a change still waiting for its delay (the app is closing)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            name = self.app.theme
            # Closing: nowhere left to say a failure; the theme saved before stays.
            if name != self.config.text(KEY):
                with contextlib.suppress(UserFileError):
                    self.config.save(KEY, name)
