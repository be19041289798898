"""Delete a deck from the home screen: a dialog names it and its card count, then the deck
leaves the study list, its progress kept in the review log unless deleted too.

A mixin of ``HomeScreen``; the store work runs on worker threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work

from quizapp.plural import plural
from quizapp.storage import DeckSummary, StorageError
from quizapp.tui.safe_text import shown_line

if TYPE_CHECKING:
    from quizapp.storage.deck_removal import DeckSize
    from quizapp.tui.app import QuizApp

__all__ = ["DeckDeletion", "delete_dialog"]

KEEP, PURGE = "keep", "purge"


def delete_dialog(size: DeckSize, bundled: bool) -> Any:
    """The confirmation: which deck, how many cards, and what happens to the progress."""
    from quizapp.tui.screens.choice_dialog import ChoiceDialog

    title = Text.assemble(
        ("Delete the deck “", "bold"), shown_line(size.title, style="bold"), ("”?", "bold")
    )
    body = Text.assemble(
        f"{plural(size.cards, 'card')}, {plural(size.reviews, 'answer')} in the review log.\n"
        "It leaves the study list. Its progress stays in the review log, and importing the "
        "deck again brings it back with it.",
        "\nIt ships with quizapp: it stays deleted when quizapp starts again." if bundled else "",
        "\nThe deck file itself is not deleted.",
    )  # fmt: skip
    return ChoiceDialog(
        title,
        body,
        [
            ("y", KEEP, "Delete the deck, keep its progress"),
            ("p", PURGE, "Delete the deck and its progress too (every profile's)"),
        ],
    )


class DeckDeletion:
    quiz_app: QuizApp
    # From Screen and HomeScreen; declared, not defined, so the mixin never shadows them.
    app: Any
    notify: Callable[..., None]
    selected_deck: Callable[[], DeckSummary | None]
    load: Callable[[], object]

    def action_delete_deck(self) -> None:
        deck = self.selected_deck()
        if deck is not None:
            self._ask_delete(deck.slug)

    @work(thread=True, group="home-delete")
    def _ask_delete(self, slug: str) -> None:
        from quizapp.storage.card_edit import deck_file, is_bundled
        from quizapp.storage.deck_removal import deck_size

        store = self.quiz_app.store
        try:
            size = deck_size(store, slug)
            path = deck_file(store, slug) if size is not None else None
        except StorageError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        if size is None:
            return
        bundled = path is not None and is_bundled(path)

        def chosen(value: str | None) -> None:
            if value in (KEEP, PURGE):
                self._delete(slug, value == PURGE)

        self.app.call_from_thread(self.app.push_screen, delete_dialog(size, bundled), chosen)

    @work(thread=True, group="home-delete")
    def _delete(self, slug: str, progress: bool) -> None:
        from quizapp.storage.deck_removal import remove_deck

        try:
            size = remove_deck(self.quiz_app.store, slug, progress=progress)
        except (StorageError, KeyError) as error:
            self.app.call_from_thread(self.notify, f"Not deleted: {error}", severity="error")
            return
        kept = "progress deleted too" if progress else "progress kept in the review log"
        message = f"Deleted '{size.title}' ({plural(size.cards, 'card')}); {kept}"
        self.app.call_from_thread(self.notify, message, timeout=5)
        self.app.call_from_thread(self.load)
