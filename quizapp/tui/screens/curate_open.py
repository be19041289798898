"""Opening curation from inside the study app (``u`` on home, the item report): a deck of the
database by its id, its file curated, then imported again so the study app sees the cards as
written.

    open_curation(app, "lakes-of-the-alps", card_id="origins-8468ac", on_written=reload)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.deck import DeckError
from quizapp.storage import StorageError

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp
    from quizapp.tui.screens.curate import CurationOutcome

__all__ = ["deck_file_to_curate", "open_curation"]


def deck_file_to_curate(app: QuizApp, deck: str) -> tuple[Path | None, str | None]:
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


def open_curation(
    app: QuizApp,
    deck: str,
    *,
    card_id: str | None = None,
    on_written: Callable[[], object] | None = None,
) -> bool:
    """Push the curation screen on deck ``deck`` (its id), at ``card_id`` if given; once a
    deck was written there, import it again and call ``on_written`` (on the app's thread).
    False, with a toast saying why, when the deck cannot be curated."""
    from quizapp.tui.screens.curate import CurateScreen

    path, problem = deck_file_to_curate(app, deck)
    if path is None:
        app.notify(problem or "", severity="warning")
        return False

    def closed(outcome: CurationOutcome | None) -> None:
        if outcome is not None and outcome.written is not None:
            app.run_worker(lambda: _import(app, path, on_written), thread=True, group="curate")

    app.push_screen(CurateScreen(path, start_at=card_id), closed)
    return True


def _import(app: QuizApp, path: Path, on_written: Callable[[], object] | None) -> None:
    from quizapp.deck import load_deck
    from quizapp.storage import deck_source_path

    try:
        deck = load_deck(path)
        source = deck_source_path(path, deck.source.path if deck.source else None)
        app.store.import_deck(deck, path.resolve(), source)
    except (DeckError, StorageError, OSError) as error:
        app.call_from_thread(app.notify, f"Could not import {path}: {error}", severity="error")
        return
    if on_written is not None:
        app.call_from_thread(on_written)
