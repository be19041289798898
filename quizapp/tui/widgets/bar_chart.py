"""A vertical bar chart drawn with block characters: one bar per value, eighths for precision."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

__all__ = ["BarChart", "bar_rows"]

EIGHTHS = " ▁▂▃▄▅▆▇█"


def bar_rows(values: Sequence[int], height: int) -> list[str]:
    """The chart's rows, top first; each bar one character wide, scaled to the largest value."""
    top = max(values, default=0)
    scaled = [round(v * height * 8 / top) if top else 0 for v in values]
    # A bar that is not zero always shows at least a sliver, so small days are not lost.
    scaled = [max(s, 1) if v > 0 else 0 for s, v in zip(scaled, values, strict=True)]
    rows = []
    for row in range(height - 1, -1, -1):
        rows.append("".join(EIGHTHS[min(8, max(0, s - row * 8))] for s in scaled))
    return rows


class BarChart(Widget):
    """Bars with the largest value on the left axis and labels under chosen bars."""

    COMPONENT_CLASSES = {"bar-chart--bar"}
    DEFAULT_CSS = """
    BarChart {
        height: auto;
        width: auto;
    }
    BarChart > .bar-chart--bar {
        color: $accent;
    }
    """

    values: reactive[list[int]] = reactive(list, layout=True)
    labels: reactive[dict[int, str]] = reactive(dict, layout=True)  # bar index -> label
    chart_height = 6
    gap = 1  # spaces between bars

    def render(self) -> Text:
        top = max(self.values, default=0)
        axis = len(str(top)) + 1
        bar = self.get_component_rich_style("bar-chart--bar")
        step = 1 + self.gap
        text = Text(no_wrap=True)
        for index, row in enumerate(bar_rows(self.values, self.chart_height)):
            label = str(top) if index == 0 else ""
            text.append(f"{label:>{axis - 1}} ", style="dim")
            text.append((" " * self.gap).join(row), style=bar or Style())
            text.append("\n")
        text.append(f"{'0':>{axis - 1}} " + "─" * (len(self.values) * step - self.gap) + "\n")
        text.append(_label_line(self.labels, axis, step), style="dim")
        return text


def _label_line(labels: dict[int, str], indent: int, step: int) -> str:
    line = ""
    for index, label in sorted(labels.items()):
        column = indent + index * step
        if len(line) <= column:
            line = line.ljust(column) + label
    return line
