"""A footer that keeps the rows of keys it has shown, so a screen that moves between a few
phases (a card's front, then its back) swaps rows instead of rebuilding one per change.

Textual's Footer rebuilds all its key widgets whenever a screen's bindings may have changed:
on the review screen that happened twice per card and was most of the work between the
grade key and the next card on screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.compose import compose
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Footer

__all__ = ["KeyFooter"]

MAX_ROWS = 16  # rows kept; a screen has a handful of phases


class KeyFooter(Footer):
    DEFAULT_CSS = """
    KeyFooter > .keys { width: 1fr; height: 1; }
    """

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._rows: dict[tuple, HorizontalGroup] = {}

    def compose(self) -> ComposeResult:
        yield from ()  # rows are mounted as the bindings become known

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._show_keys)

    def _signature(self) -> tuple:
        active = self.screen.active_bindings
        shown = tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_, binding, enabled, tooltip) in active.values()
            if binding.show
        )
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return shown, None if palette is None else palette[2], self.show_command_palette

    def _show_keys(self) -> None:
        if not self.is_attached:
            return
        signature = self._signature()
        row = self._rows.get(signature)
        if row is None:
            if len(self._rows) >= MAX_ROWS:
                for old in self._rows.values():
                    old.remove()
                self._rows.clear()
            row = HorizontalGroup(*compose(self, Footer.compose(self)), classes="keys")
            self._rows[signature] = row
            self.mount(row)
        for other in self._rows.values():
            other.display = other is row
