"""The four grade buttons, each showing the interval its rating would give (as Anki does)."""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from quizapp.scheduling import Rating, format_interval

__all__ = ["GradeBar"]

VARIANTS = {
    Rating.Again: "error",
    Rating.Hard: "warning",
    Rating.Good: "success",
    Rating.Easy: "primary",
}


class GradeBar(Horizontal):
    """Set ``show(intervals, suggested)`` from the screen, ``hide()`` for a card's front; a
    click posts ``GradeBar.Graded``.

    The bar keeps its line and only its buttons come and go, so the card does not move when
    its answer is shown; and a widget leaving the screen's layout renumbers the painting order
    of every widget before it, which made the whole screen repaint on every card.
    """

    DEFAULT_CSS = """
    GradeBar { height: 1; padding: 0 1; }
    GradeBar Button { width: 1fr; min-width: 12; margin: 0 1 0 0; }
    GradeBar Button.-suggested { text-style: bold reverse; }
    """

    class Graded(Message):
        def __init__(self, rating: Rating) -> None:
            super().__init__()
            self.rating = rating

    def compose(self) -> ComposeResult:
        for rating in Rating:
            # Compact (one line): at 80×24 the card needs the room more than the buttons do.
            button = Button(self._label(rating, None), id=f"grade-{int(rating)}",
                            variant=VARIANTS[rating], compact=True)  # type: ignore[arg-type]
            # Keys grade; buttons are for the mouse, so they never take the focus from the screen.
            button.can_focus = False
            button.display = False
            yield button

    @staticmethod
    def _label(rating: Rating, interval: timedelta | None) -> str:
        shown = format_interval(interval) if interval is not None else ""
        return f"{int(rating)} {rating.name} {shown}".rstrip()

    def show(self, intervals: dict[Rating, timedelta], suggested: Rating | None) -> None:
        for rating in Rating:
            button = self.query_one(f"#grade-{int(rating)}", Button)
            button.label = self._label(rating, intervals.get(rating))
            button.set_class(rating is suggested, "-suggested")
            button.display = True

    def hide(self) -> None:
        for button in self.query(Button):
            button.display = False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert event.button.id is not None
        self.post_message(self.Graded(Rating(int(event.button.id.removeprefix("grade-")))))
