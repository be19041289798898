"""Horizontal bars, one per row, showing what share of a whole is done (e.g. cards mastered)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from quizapp.terminal_text import terminal_line

__all__ = ["Share", "ShareBars", "share_line"]


@dataclass(frozen=True)
class Share:
    label: str
    part: int
    whole: int

    @property
    def fraction(self) -> float:
        return self.part / self.whole if self.whole else 0.0


def share_line(share: Share, label_width: int, bar_width: int) -> Text:
    filled = round(share.fraction * bar_width)
    label = terminal_line(share.label)
    label = label if len(label) <= label_width else label[: label_width - 1] + "…"
    text = Text(no_wrap=True)
    text.append(f"{label:<{label_width}} ")
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
    label_width = 28
    bar_width = 24  # with the label and the figures, a row stays inside 72 columns

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, len(self.shares))

    def render_line(self, y: int) -> Strip:
        # Line by line, so only the rows on screen are drawn: a deck of 100,000 cards may have
        # a thousand sections.
        if not self.shares:
            text = Text("No cards yet.", style="dim") if y == 0 else Text()
        elif y < len(self.shares):
            text = share_line(self.shares[y], self.label_width, self.bar_width)
        else:
            text = Text()
        base = self.rich_style
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(base).adjust_cell_length(self.size.width, base)
