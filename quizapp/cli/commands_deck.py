"""`quizapp check`: validate deck files."""

from __future__ import annotations

from pathlib import Path

import typer

from quizapp.cli.errors import USER_ERROR
from quizapp.cli.output import say
from quizapp.plural import plural


def check(
    files: list[Path] = typer.Argument(..., help="Deck files (YAML) to validate."),
) -> None:
    """Report every problem in the deck files as FILE:LINE:COL: message (exit 2 if any error).

    Cards whose valid_until day has come are listed as expired (a warning)."""
    from quizapp.deck import check_file
    from quizapp.scheduling.clock import SystemClock, study_day

    clock = SystemClock()
    today = study_day(clock.now(), clock.tz)
    failed = False
    for path in files:
        result = check_file(path, today)
        for problem in result.problems:
            say(str(problem), err=True)
        if result.errors:
            failed = True
        else:
            deck = result.deck
            assert deck is not None
            cards = sum(len(s.cards) for s in deck.sections)
            say(f"{path}: ok ({plural(len(deck.sections), 'section')}, {plural(cards, 'card')})")
    if failed:
        raise typer.Exit(USER_ERROR)


def schema() -> None:
    """Print the deck format's JSON Schema (for editors with the YAML language server)."""
    from quizapp.deck.schema import schema_json

    typer.echo(schema_json(), nl=False)


def register(app: typer.Typer) -> None:
    app.command(short_help="Check deck files: every problem as FILE:LINE:COL.")(check)
    app.command(short_help="Print the deck format's JSON Schema.")(schema)
