"""The home screen's deck table: one row per deck and per section, with counts and mastery."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from quizapp.storage import DeckSummary
from quizapp.tui.safe_text import shown_line
from quizapp.tui.widgets.mastery import mastery_bar

__all__ = ["FIXED_COLUMNS", "Target", "exam_note", "fill_deck_table", "place_title"]

Target = tuple[str, str | None]  # (deck slug, section slug or None for the whole deck)
FIXED_COLUMNS = 44  # the count and mastery columns with their padding


def exam_note(deck: DeckSummary) -> str:
    """After the title of a deck with an exam date: days left and the predicted recall."""
    exam = deck.exam
    if exam is None or exam.days_left < 0:
        return ""
    recall = "" if exam.predicted_recall is None else f", {exam.predicted_recall:.0%} predicted"
    return f"  · exam in {exam.days_left} d{recall}"


def place_title(summaries: list[DeckSummary], deck: str | None, section: str | None) -> str:
    """How headers name a target: "Deck title · Section title", or "every deck"."""
    if deck is None:
        return "every deck"
    found = next((d for d in summaries if d.slug == deck), None)
    if found is None:
        return deck
    if section is None:
        return found.title
    title = next((s.title for s in found.sections if s.slug == section), section)
    return f"{found.title} · {title}"


def fill_deck_table(
    table: DataTable[object], summaries: list[DeckSummary], screen_width: int
) -> list[Target]:
    """Rebuild the table's columns and rows; the targets are in row order."""
    table.clear(columns=True)
    title_width = max(20, screen_width - FIXED_COLUMNS)
    table.add_column("Deck / section", width=title_width)
    for label in ("New", "Learn", "Due"):
        table.add_column(Text(label, justify="right"), width=5)
    table.add_column("Mastery", width=15)
    targets: list[Target] = []
    for deck in summaries:
        title = deck.title + exam_note(deck)
        _add_row(table, title, deck, title_width, bold=True, key=len(targets))
        targets.append((deck.slug, None))
        for section in deck.sections:
            _add_row(table, "  " + section.title, section, title_width, key=len(targets))
            targets.append((deck.slug, section.slug))
    return targets


def _add_row(
    table: DataTable[object], title: str, summary: object, width: int, key: int,
    bold: bool = False,
) -> None:
    counts = summary.counts  # type: ignore[attr-defined]
    mastery: float = summary.mastery  # type: ignore[attr-defined]
    if len(title) > width:
        title = title[: width - 1] + "…"
    cells = [
        shown_line(title, style="bold" if bold else ""),
        Text(str(counts.new), style="blue", justify="right"),
        Text(str(counts.learning), style="red", justify="right"),
        Text(str(counts.due), style="green", justify="right"),
        mastery_bar(mastery),
    ]
    table.add_row(*cells, key=str(key))
