"""`e` in review: edit the card on screen in its deck file (see ``tui.card_editing``), and
undo of that edit. A mixin of ``ReviewScreen``, like ``MarkKeys``.

The edited card is shown at once: the card on screen and its other items waiting in the queue
(a cloze card's other gaps) are replaced by their fresh copies from the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quizapp.tui.card_editing import CardEditing, Saved
from quizapp.tui.screens.review_keys import Phase
from quizapp.tui.session import Edited

if TYPE_CHECKING:
    from rich.text import Text

    from quizapp.scheduling import Rating
    from quizapp.tui.session import ReviewSession

__all__ = ["EditKeys"]


class EditKeys:
    session: ReviewSession
    phase: Phase
    suggested: Rating | None

    # The screen provides these; declared, not defined, so the mixin never shadows them.
    notify: Callable[..., None]
    _show_front: Callable[[], None]
    _show_progress: Callable[[], None]
    _reveal: Callable[[Rating | None, Text | None], None]

    _card_editing: CardEditing | None = None

    def _editing(self) -> CardEditing:
        if self._card_editing is None:
            self._card_editing = CardEditing(self, self._edit_saved, self._edit_undone)  # type: ignore[arg-type]
        return self._card_editing

    def _same_card(self, item_id: int) -> tuple[int, ...]:
        """The other items of the card of ``item_id`` in the session (a cloze card's gaps)."""
        items = [*self.session.queue]
        if self.session.current is not None:
            items.append(self.session.current)
        of = next((i for i in items if i.item_id == item_id), None)
        if of is None:
            return ()
        return tuple(
            i.item_id for i in items
            if i.item_id != item_id and i.deck_slug == of.deck_slug and i.card.id == of.card.id
        )  # fmt: skip

    def action_edit(self) -> None:
        item = self.session.current
        assert item is not None
        self._editing().edit(item.item_id, self._same_card(item.item_id))

    def _edit_saved(self, saved: Saved) -> None:
        if not saved.items:
            return
        self.session.history.append(Edited(saved.edit, saved.items[0].item_id))
        self._show_edited(saved)
        self.notify(f"Saved to {saved.edit.path} (u undoes)", timeout=4)

    def _edit_undone(self, saved: Saved) -> None:
        self._show_edited(saved)
        self.notify(f"Edit undone: the card is back as it was in {saved.edit.path}", timeout=4)

    def _undo_edit(self, entry: Edited) -> None:
        self._editing().undo(entry.edit, (entry.item_id, *self._same_card(entry.item_id)))  # type: ignore[arg-type]

    def _show_edited(self, saved: Saved) -> None:
        self.session.replace_items(saved.items)
        current = self.session.current
        if current is None or current.item_id not in {i.item_id for i in saved.items}:
            return
        if self.phase is Phase.BACK:
            self._reveal(self.suggested, None)
        elif self.phase is Phase.FRONT:
            self._show_front()
