"""A calendar heatmap of reviews per day: weeks as columns, Monday to Sunday as rows."""

from __future__ import annotations

from datetime import date, timedelta

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

__all__ = ["ReviewHeatmap", "heatmap_text", "level"]

WEEKS = 26
SHADES = "·░▒▓█"  # no reviews, then four levels up to the busiest day
ROW_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
LABEL_WIDTH = 4
CELL_WIDTH = 2  # a glyph and a space: 26 weeks fit in 56 columns, so 80 columns is plenty


def level(count: int, busiest: int) -> int:
    """0 for no reviews, else 1-4 in proportion to the busiest day shown."""
    if count <= 0 or busiest <= 0:
        return 0
    return min(4, max(1, -(-4 * count // busiest)))


def heatmap_text(
    counts: dict[date, int], today: date, weeks: int = WEEKS, cell: Style | None = None
) -> Text:
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    busiest = max((n for d, n in counts.items() if d >= first), default=0)
    text = Text(no_wrap=True)
    text.append(_month_line(first, weeks) + "\n", style="dim")
    for weekday in range(7):
        text.append(f"{ROW_LABELS[weekday]:<{LABEL_WIDTH}}", style="dim")
        for week in range(weeks):
            day = first + timedelta(weeks=week, days=weekday)
            if day > today:
                break
            shade = level(counts.get(day, 0), busiest)
            text.append(SHADES[shade], style=(cell or Style()) if shade else "dim")
            text.append(" ")
        text.append("\n")
    text.append(" " * LABEL_WIDTH + "less ", style="dim")
    for shade in range(5):
        text.append(SHADES[shade] + " ", style=(cell or Style()) if shade else "dim")
    text.append(f"more   busiest day: {busiest}", style="dim")
    return text


def _month_line(first: date, weeks: int) -> str:
    """Month names above the week in which each month starts, skipped when they would collide."""
    line = " " * LABEL_WIDTH
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        column = LABEL_WIDTH + week * CELL_WIDTH
        starts_month = week == 0 or (monday - timedelta(weeks=1)).month != monday.month
        if starts_month and len(line) <= column:
            line = line.ljust(column) + monday.strftime("%b")
    return line


class ReviewHeatmap(Widget):
    """Shades each of the last 26 weeks' days by its number of reviews."""

    COMPONENT_CLASSES = {"review-heatmap--cell"}
    DEFAULT_CSS = """
    ReviewHeatmap {
        height: auto;
        width: auto;
    }
    ReviewHeatmap > .review-heatmap--cell {
        color: $success;
    }
    """

    counts: reactive[dict[date, int]] = reactive(dict, layout=True)
    today: reactive[date | None] = reactive(None, layout=True)

    def render(self) -> Text:
        if self.today is None:
            return Text("")
        return heatmap_text(
            self.counts, self.today, cell=self.get_component_rich_style("review-heatmap--cell")
        )
