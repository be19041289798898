"""How the item report shows one card: its figures as table cells, and its detail (the card's
text and answer, the share of picks per option, the flag notes), as Rich Text built from
untrusted deck and note text without ever parsing it as markup."""

from __future__ import annotations

from rich.text import Text

from quizapp.analysis.items import ItemStats
from quizapp.plural import plural
from quizapp.tui.card_render import prompt_cell, with_context
from quizapp.tui.safe_text import shown, shown_line
from quizapp.tui.widgets.share_bars import Share, share_line

__all__ = ["detail", "figure_cells", "index_text", "share_text"]

PICK_LABEL_WIDTH = 24
PICK_BAR_WIDTH = 20


def share_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def index_text(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def figure_cells(row: ItemStats, prompt_width: int) -> list[Text]:
    """First try, D, students, lapses, flags, then the card (its context and prompt on one
    line)."""
    weak = row.first_try is not None and row.first_try < 0.5
    return [
        Text(share_text(row.first_try), style="bold red" if weak else "", justify="right"),
        Text(index_text(row.discrimination), justify="right"),
        Text(str(row.students), justify="right"),
        Text(str(row.lapses), justify="right"),
        Text(str(row.flags) if row.flags else "", style="bold", justify="right"),
        prompt_cell(row.prompt, row.context, prompt_width),
    ]


def _picks(row: ItemStats) -> list[Text]:
    total = sum(row.options.values())
    lines = [Text(f"Picked ({plural(total, 'pick')}, every review)", style="bold")]
    for option, count in row.options.items():
        mark = Text("✓ " if option in row.right else "  ", style="green")
        lines.append(
            mark + share_line(Share(option, count, total), PICK_LABEL_WIDTH, PICK_BAR_WIDTH)
        )
    return lines


def detail(row: ItemStats) -> Text:
    """Everything the report knows of one card, for the pane below the table."""
    parts: list[Text] = [
        Text.assemble(
            shown_line(row.item, style="bold"), f" · {row.card_type} · ", shown_line(row.section)
        ),
        with_context(row.context, shown(row.prompt)),
    ]
    if row.answer:
        parts.append(Text.assemble(("Answer: ", "bold"), shown(row.answer)))
    if not row.students:
        parts.append(Text("Nobody has studied it yet.", style="dim"))
        return Text("\n").join(parts)
    parts.append(
        Text(
            f"{plural(row.students, 'student')} · first try {share_text(row.first_try)} · "
            f"D {index_text(row.discrimination)} · {plural(row.lapses, 'lapse')}",
            style="dim",
        )
    )
    if row.options:
        parts.extend(_picks(row))
    if row.flags:
        parts.append(Text(f"Flagged by {plural(row.flags, 'student')}", style="bold"))
        parts.extend(Text.assemble("  “", shown(note), "”") for note in row.notes)
    return Text("\n").join(parts)
