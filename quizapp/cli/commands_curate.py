"""`quizapp curate`: review a generated deck card by card beside its article."""

from __future__ import annotations

from pathlib import Path

import typer

from quizapp.cli.errors import fail
from quizapp.cli.output import say
from quizapp.plural import plural


def curate(
    target: Path = typer.Argument(
        ...,
        metavar="ARTICLE_OR_DECK",
        help="An article (text or Markdown) to generate from, or a deck file to curate."
    ),
    out: Path | None = typer.Option(
        None,
        "-o",
        "--out",
        "--output",
        metavar="FILE",
        help="Deck file to write (default: the deck itself, or the article's name with .yaml).",
    ),
    card: str | None = typer.Option(None, "--card", metavar="ID", help="Open at this card id."),
    force: bool = typer.Option(
        False, "--force", help="Replace the deck file even if quizapp did not write it."
    ),
) -> None:
    """Review a generated deck card by card beside its article.

    Accept, edit, drop or swap each card (for the next-best one from the same sentence).

    Decisions are kept by card id in DECK.curation.json beside the deck, so regenerating from
    an edited article asks only about new cards and cards whose sentence changed. `w` in the
    screen writes the deck of the accepted cards.
    """
    from quizapp.curation.drafts import CurationError, load_drafts
    from quizapp.curation.source_diff import describe

    try:
        drafts = load_drafts(target, out)
    except CurationError as error:
        fail(str(error))
    for change in drafts.changes:
        say(describe(change), err=True)
    for note in drafts.notes:
        say(f"note: {note}", err=True)
    # Textual loads only here: `quizapp --help` and the other commands stay quick.
    from quizapp.tui.curate_app import run_curation

    outcome = run_curation(drafts, start_at=card, force=force)
    if outcome.written is not None and not outcome.unsaved:
        say(f"{outcome.deck_path}: {plural(outcome.written, 'card')} written")
    else:
        say(
            f"{outcome.deck_path}: {outcome.decided} of {outcome.total} cards decided "
            "(kept beside the deck); the deck was not written since the last decision "
            "(w in the curation screen writes it)"
        )


def register(app: typer.Typer) -> None:
    app.command()(curate)
