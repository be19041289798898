"""Home's way into curation (``u``): the selected deck's file, curated, then imported again
so the study app sees the cards as written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.deck import DeckError
from quizapp.storage import StorageError

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp
    from quizapp.tui.screens.curate import CurationOutcome

__all__ = ["curate_deck", "why_not_curated"]


def why_not_curated(app: QuizApp, deck: str) -> tuple[Path | None, str | None]:
    """The deck's file, or why it cannot be curated from here."""
    from quizapp.storage.bundled import bundled_decks_dir

    try:
        path = app.store.deck_file(deck)
    except StorageError as error:
        return None, str(error)
    if path is None:
        return None, "quizapp does not know this deck's file: curate it with `quizapp curate`"
    if not path.is_file():
        return None, f"{path}: the deck's file is not there any more"
    if path.resolve().is_relative_to(bundled_decks_dir().resolve()):
        return None, "a deck that ships with quizapp: copy it to a folder of yours to curate it"
    return path, None


def curate_deck(app: QuizApp, deck: str, reload: object) -> None:
    """Open the curation screen on the deck; ``reload`` refreshes home afterwards."""
    from quizapp.tui.screens.curate import CurateScreen

    path, problem = why_not_curated(app, deck)
    if path is None:
        app.notify(problem or "", severity="warning")
        return

    def closed(outcome: CurationOutcome | None) -> None:
        if outcome is not None and outcome.written is not None:
            app.run_worker(lambda: _import(app, path, reload), thread=True, group="curate")

    app.push_screen(CurateScreen(path), closed)


def _import(app: QuizApp, path: Path, reload: object) -> None:
    from quizapp.deck import load_deck
    from quizapp.storage import deck_source_path

    try:
        deck = load_deck(path)
        source = deck_source_path(path, deck.source.path if deck.source else None)
        app.store.import_deck(deck, path.resolve(), source)
    except (DeckError, StorageError, OSError) as error:
        app.call_from_thread(app.notify, f"Could not import {path}: {error}", severity="error")
        return
    if callable(reload):
        app.call_from_thread(reload)
