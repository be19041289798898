"""Horizontal bars, one per row, showing what share of a whole is done (e.g. cards mastered)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from quizapp.terminal_text import terminal_line

__all__ = ["Share", "ShareBars", "share_line", "widths_for"]

MIN_LABEL = 12
MIN_BAR, MAX_BAR = 12, 24


@dataclass(frozen=True)
class Share:
    label: str
    part: int
    whole: int
    heading: bool = False  # a group's row (a deck over its sections): bold

    @property
    def fraction(self) -> float:
        return self.part / self.whole if self.whole else 0.0


def figures_width(shares: list[Share]) -> int:
    """The percentage and the counts after the bar: " 100%  12/345"."""
    return len(" 100%  ") + max((len(f"{s.part}/{s.whole}") for s in shares), default=3)


def widths_for(shares: list[Share], width: int) -> tuple[int, int]:
    """Label and bar widths: the labels as wide as the longest (titles are not cut while
    there is room), the bar taking what is left, between MIN_BAR and MAX_BAR cells."""
    longest = max((len(terminal_line(s.label)) for s in shares), default=0)
    room = width - figures_width(shares) - 1
    label = max(MIN_LABEL, min(longest, room - MIN_BAR))
    return label, max(MIN_BAR, min(MAX_BAR, room - label))


def share_line(share: Share, label_width: int, bar_width: int) -> Text:
    filled = round(share.fraction * bar_width)
    label = terminal_line(share.label)
    label = label if len(label) <= label_width else label[: label_width - 1] + "…"
    text = Text(no_wrap=True)
    text.append(f"{label:<{label_width}} ", style="bold" if share.heading else "")
    text.append("█" * filled, style="bold")
    text.append("░" * (bar_width - filled), style="dim")
    text.append(f" {round(100 * share.fraction):>3}%  {share.part}/{share.whole}", style="dim")
    return text


class ShareBars(Widget):
    DEFAULT_CSS = """
    ShareBars {
        height: auto;
        color: $success;
    }
    """

    shares: reactive[list[Share]] = reactive(list, layout=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._widths: tuple[int, int] | None = None

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, len(self.shares))

    def watch_shares(self) -> None:
        self._widths = None

    def on_resize(self) -> None:
        self._widths = None

    @property
    def widths(self) -> tuple[int, int]:
        """(label, bar): measured once per change of the rows or the width, not per line."""
        if self._widths is None:
            self._widths = widths_for(self.shares, self.size.width)
        return self._widths

    def render_line(self, y: int) -> Strip:
        # Line by line, so only the rows on screen are drawn: a deck of 100,000 cards may have
        # a thousand sections.
        if not self.shares:
            text = Text("No cards yet.", style="dim") if y == 0 else Text()
        elif y < len(self.shares):
            text = share_line(self.shares[y], *self.widths)
        else:
            text = Text()
        base = self.rich_style
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(base).adjust_cell_length(self.size.width, base)
