"""What the terminal would receive from a running app: the text of every cell on screen."""

from __future__ import annotations

from textual.app import App

# Characters a terminal acts on; none may reach it from a deck.
CONTROL = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n"}


def screen_text(app: App[object]) -> str:
    """Every visible cell of the current screen, toasts included, as text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(
        "".join(segment.text for segment in strip if not segment.control) for strip in strips
    )


def controls_in(text: str) -> set[str]:
    return {char for char in text if char in CONTROL}
