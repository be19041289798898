"""`quizapp remove DECK`: take a deck off the study list, as `d` on the study app's home."""

from __future__ import annotations

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import fail
from quizapp.cli.output import say
from quizapp.plural import plural
from quizapp.storage.errors import StorageError


def remove(
    ctx: typer.Context,
    deck: str = typer.Argument(..., metavar="DECK", help="The deck's id (`quizapp decks`)."),
    progress: bool = typer.Option(
        False,
        "--delete-progress",
        help="Delete its progress too, every profile's answers included (needs --yes).",
    ),
    yes: bool = typer.Option(False, "--yes", help="Really delete the progress."),
) -> None:
    """Remove a deck from the study list; its progress stays in the review log, and importing
    the deck again brings it back with it. A bundled deck stays removed. The file is kept."""
    from quizapp.cli.store_access import open_for_command
    from quizapp.storage.deck_removal import deck_size, remove_deck

    store = open_for_command(options(ctx), own_profile=False)
    try:
        size = deck_size(store, deck)
        if size is None:
            known = ", ".join(d.slug for d in store.deck_summaries()) or "none"
            fail(f"no deck '{deck}' (the decks: {known})")
        if progress and not yes:
            fail(
                f"deleting the progress of '{deck}' loses {plural(size.reviews, 'answer')} "
                "in the review log; add --yes to delete it"
            )
        remove_deck(store, deck, progress=progress)
    except StorageError as exc:
        fail(str(exc))
    kept = "its progress deleted" if progress else "its progress kept in the review log"
    say(f"removed '{deck}' ({plural(size.cards, 'card')}): {kept}")


def register(app: typer.Typer) -> None:
    app.command(short_help="Take a deck off the study list (its progress kept).")(remove)
