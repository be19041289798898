"""Horizontal bars, one per row, showing what share of a whole is done (e.g. cards mastered)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

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
    label = share.label if len(share.label) <= label_width else share.label[: label_width - 1] + "…"
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

    def render(self) -> Text:
        if not self.shares:
            return Text("No cards yet.", style="dim")
        return Text("\n").join(share_line(s, self.label_width, self.bar_width) for s in self.shares)
