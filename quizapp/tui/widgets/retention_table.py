"""Retention as Anki counts it: one small table per deck (and overall), young and mature apart."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quizapp.storage.report_views import DeckRetention, RetentionCounts
from quizapp.storage.titles import Titles
from quizapp.terminal_text import terminal_line

__all__ = ["PERIOD_LABELS", "retention_tables"]

PERIOD_LABELS = {"today": "Today", "week": "7 days", "month": "30 days", "year": "365 days"}


def _cell(share: float | None, passed: int, failed: int) -> Text:
    if share is None:
        return Text("–", style="dim")
    text = Text(f"{round(100 * share)}%")
    text.append(f" of {passed + failed}", style="dim")
    return text


def _row(counts: RetentionCounts) -> list[Text]:
    return [
        _cell(counts.young, counts.young_passed, counts.young_failed),
        _cell(counts.mature, counts.mature_passed, counts.mature_failed),
        _cell(
            counts.total,
            counts.young_passed + counts.mature_passed,
            counts.young_failed + counts.mature_failed,
        ),
    ]


def retention_tables(entries: list[DeckRetention], titles: Titles) -> RenderableType:
    """Overall first, then each deck that has counted answers; a line when there are none."""
    shown = [e for e in entries if e.periods["all_time"].count]
    if not shown:
        return Text("No reviews of cards in review yet.", style="dim")
    tables = []
    for entry in shown:
        title = terminal_line(titles.deck(entry.deck_slug)) if entry.deck_slug else "All decks"
        table = Table(title=Text(title), title_justify="left", box=None, pad_edge=False)
        table.add_column("")
        for name in ("Young", "Mature", "All"):
            table.add_column(name, justify="right")
        for period, label in PERIOD_LABELS.items():
            table.add_row(Text(label), *_row(entry.periods[period]))
        tables.append(table)
    return Group(*tables)
