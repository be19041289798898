"""`quizapp report DECK`: item analysis over every profile, the weakest items first."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import fail
from quizapp.cli.output import say, say_data
from quizapp.cli.store_access import query

if TYPE_CHECKING:
    from quizapp.analysis.items import ItemStats

COLUMNS = [
    "card",
    "section",
    "type",
    "students",
    "first_try",
    "discrimination",
    "lapses",
    "flags",
    "options",
    "notes",
    "prompt",
]


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _index(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f}"


def _options(stats: ItemStats) -> str:
    return "; ".join(f"{option}: {count}" for option, count in stats.options.items())


def csv_text(rows: list[ItemStats]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.item,
                r.section,
                r.card_type,
                r.students,
                "" if r.first_try is None else f"{r.first_try:.3f}",
                "" if r.discrimination is None else f"{r.discrimination:.3f}",
                r.lapses,
                r.flags,
                _options(r),
                " | ".join(r.notes),
                r.prompt,
            ]
        )
    return out.getvalue()


def report(
    ctx: typer.Context,
    deck: str = typer.Argument(..., help="The deck's id (see `quizapp decks`)."),
    as_csv: bool = typer.Option(False, "--csv", help="Print CSV (a row per card) instead."),
) -> None:
    """Which questions work: per card, over every profile, the students who saw it, their
    first-try success, the discrimination index (upper minus lower 27% by overall score),
    lapses, flags with notes, and the picks of each option of a choice card. Weakest first."""

    def read(store):  # type: ignore[no-untyped-def]
        try:
            return store.item_report(deck)
        except KeyError:
            fail(f"no deck '{deck}' in the database (see `quizapp decks`)")

    _, rows = query(options(ctx), read)
    if as_csv:
        say_data(csv_text(rows))
        return
    say(f"{'first try':>9} {'D':>5} {'seen':>4} {'lapses':>6} {'flags':>5}  card")
    for r in rows:
        say(
            f"{_share(r.first_try):>9} {_index(r.discrimination):>5} {r.students:>4} "
            f"{r.lapses:>6} {r.flags:>5}  {r.item} ({r.card_type}): {r.prompt}"
        )
        if r.options:
            say(f"{'':>34}picked: {_options(r)}")
        for note in r.notes:
            say(f"{'':>34}flag: {note}")
    say("first try: right on the first review; D: upper minus lower 27% (see docs/report.md)")


def register(app: typer.Typer) -> None:
    app.command(short_help="Which questions work: item analysis per card.")(report)
