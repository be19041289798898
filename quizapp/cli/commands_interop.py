"""`quizapp export`: a deck as an Anki package or Anki text file, or progress as a CSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import USER_ERROR, fail
from quizapp.cli.output import say, say_data
from quizapp.plural import plural


class ExportFormat(StrEnum):
    APKG = "apkg"
    CSV = "csv"
    TSV = "tsv"


SEPARATORS = {ExportFormat.CSV: ",", ExportFormat.TSV: "\t"}


def export(
    ctx: typer.Context,
    deck: Annotated[
        Path | None,
        typer.Argument(help="The deck (YAML) to export; with --progress, only this deck's cards."),
    ] = None,
    format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="apkg for Anki, csv/tsv for Anki's text import."),
    ] = ExportFormat.APKG,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (default: beside the deck)."),
    ] = None,
    progress: Annotated[
        bool,
        typer.Option("--progress", help="Every profile's progress per card, as CSV (to stdout)."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the output even if quizapp did not write it.")
    ] = False,
) -> None:
    """Export a deck for Anki (.apkg, or its CSV/TSV text format), or progress for spreadsheets.

    Exporting an edited deck again and importing it into Anki updates the notes already there.
    An existing output is replaced only if it is an unedited export of quizapp's (or --force).
    """
    if progress:
        _export_progress(ctx, deck, output, force)
        return
    if deck is None:
        fail("give the deck to export (or --progress for a progress CSV)")
    loaded = _load(deck)
    target = output or deck.with_suffix(f".{format.value}")
    _check_target(target)
    from quizapp.interop import write_apkg, write_table

    try:
        if format is ExportFormat.APKG:
            write_apkg(loaded, target, force=force)
        else:
            write_table(loaded, target, SEPARATORS[format], force=force)
    except OSError as exc:
        fail(f"{target}: {exc.strerror or exc}")
    cards = sum(len(s.cards) for s in loaded.sections)
    say(f"{target}: {plural(cards, 'card')} from {deck}")


def _load(path: Path):  # type: ignore[no-untyped-def]
    from quizapp.deck import DeckError, Severity, load_deck

    try:
        return load_deck(path)
    except DeckError as exc:
        for problem in exc.problems:
            if problem.severity is Severity.ERROR:
                say(str(problem), err=True)
        raise typer.Exit(USER_ERROR) from None


def _check_target(target: Path) -> None:
    if target.is_dir():
        fail(f"{target}: is a folder; give a file name with -o")
    if not target.parent.is_dir():
        fail(f"{target}: the folder {target.parent} does not exist")


def _export_progress(
    ctx: typer.Context, deck: Path | None, output: Path | None, force: bool
) -> None:
    from quizapp.cli.store_access import open_for_command
    from quizapp.interop.progress_csv import dumps_progress, write_progress
    from quizapp.storage import StorageError

    deck_id = _load(deck).id if deck is not None else None
    if output is not None:
        _check_target(output)
    store = open_for_command(options(ctx), bundled=False, own_profile=False)
    try:
        rows = store.progress_rows(deck_id)
    except StorageError as exc:
        fail(str(exc))
    if output is None:
        say_data(dumps_progress(rows))
        return
    try:
        write_progress(rows, output, force=force)
    except OSError as exc:
        fail(f"{output}: {exc.strerror or exc}")
    say(f"{output}: {len(rows)} rows")


def register(app: typer.Typer) -> None:
    app.command(short_help="Export a deck for Anki, or progress as CSV.")(export)
