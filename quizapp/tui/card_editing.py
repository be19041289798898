"""`e` on a card, in review and in Browse: check the deck can be edited, offer to copy a bundled
deck first, open the editor, save through the deck file, and undo.

Store work runs on worker threads; results come back on the UI thread through callbacks. A
refusal is one line in a toast, and nothing is written. The writer and the YAML code load on
the first `e`, not with the screens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text

from quizapp.storage import StorageError
from quizapp.tui.safe_text import shown_line

if TYPE_CHECKING:
    from textual.screen import Screen

    from quizapp.deck.model import AnyCard
    from quizapp.storage import Store
    from quizapp.storage.card_edit import BundledDeck, CardEdit
    from quizapp.storage.views import StudyItem

__all__ = ["CardEditing", "Saved"]


@dataclass(frozen=True)
class Saved:
    edit: CardEdit
    items: list[StudyItem]  # the items of the edited card as the database has them now


class CardEditing:
    """The edit flow of one screen; ``saved`` and ``undone`` get the fresh items."""

    def __init__(
        self,
        screen: Screen[Any],
        saved: Callable[[Saved], None],
        undone: Callable[[Saved], None] | None = None,
    ) -> None:
        self.screen = screen
        self.saved = saved
        self.undone = undone or saved

    @property
    def store(self) -> Store:
        return self.screen.app.store  # type: ignore[attr-defined,no-any-return]

    def _run(self, work: Callable[[Store], object], then: Callable[[Any], None]) -> None:
        """``work(store)`` on a thread, then ``then(result)`` here; a refusal is a toast."""
        from quizapp.storage.card_edit import BundledDeck, EditRefused

        store, app = self.store, self.screen.app

        def run() -> None:
            try:
                result = work(store)
            except BundledDeck as bundled:
                app.call_from_thread(self._offer_copy, bundled)
            except (EditRefused, StorageError, KeyError) as refused:
                app.call_from_thread(
                    app.notify, f"Not edited: {refused}", severity="error", timeout=8
                )
            else:
                app.call_from_thread(then, result)

        self.screen.run_worker(run, thread=True, group="card-edit")

    def edit(self, item_id: int, also: tuple[int, ...] = ()) -> None:
        """Open the editor on the item's card (``also``: items to refresh with it)."""
        from quizapp.storage.card_edit import check_editable

        self._pending = (item_id, also)

        def ready(store: Store) -> StudyItem:
            item = store.item(item_id)
            check_editable(store, item.deck_slug)
            return item

        self._run(ready, lambda item: self._open(item, also))

    def _offer_copy(self, bundled: BundledDeck) -> None:
        from quizapp.storage.card_edit import copy_bundled, user_decks_dir
        from quizapp.tui.screens.choice_dialog import ChoiceDialog

        folder = str(user_decks_dir(self.store))
        body = Text.assemble(
            "This deck ships with quizapp: its file is replaced when quizapp is upgraded, so it "
            "is not edited in place.\n\nCopy it to ", shown_line(folder), " and edit the copy? "
            "Your progress stays with it, and the copy is the deck from now on.",
        )  # fmt: skip
        item_id, also = self._pending
        slug = bundled.slug

        def chosen(value: str | None) -> None:
            if value == "copy":
                self._run(lambda store: copy_bundled(store, slug), copied)

        def copied(path: object) -> None:
            self.screen.app.notify(f"Copied to {path}; editing the copy", timeout=5)
            self.edit(item_id, also)

        self.screen.app.push_screen(
            ChoiceDialog(
                Text("Edit a deck that ships with quizapp", style="bold"),
                body,
                [("c", "copy", "Copy the deck and edit the copy")],
            ),
            chosen,
        )

    def _open(self, item: StudyItem, also: tuple[int, ...]) -> None:
        from quizapp.tui.widgets.card_editor import CardEditor

        def done(card: AnyCard | None) -> None:
            if card is None:
                return
            if card == item.card:
                self.screen.app.notify("No change", timeout=2)
                return
            ids = (item.item_id, *also)
            self._run(lambda store: _save(store, item.deck_slug, card, ids), self.saved)

        note = f"{item.deck_title} › {item.section_title}"
        self.screen.app.push_screen(CardEditor(item.card, note=note), done)

    def undo(self, edit: CardEdit, item_ids: tuple[int, ...]) -> None:
        """Write the card back as it was before ``edit``."""
        self._run(lambda store: _save(store, edit.deck_slug, edit.before, item_ids), self.undone)


def _save(store: Store, slug: str, card: AnyCard, item_ids: tuple[int, ...]) -> Saved:
    from quizapp.storage.card_edit import edit_card

    edit = edit_card(store, slug, card)
    items = []
    for item_id in item_ids:
        try:
            items.append(store.item(item_id))
        except KeyError:  # a cloze gap the edit took out
            continue
    return Saved(edit, items)
