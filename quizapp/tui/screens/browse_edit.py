"""`e` and `u` in Browse: edit the highlighted card (the flow is ``tui.card_editing``'s) and
take back this visit's edits, the last one first. A mixin of ``BrowseScreen``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.storage.card_edit import CardEdit
    from quizapp.storage.report_views import BrowseRow
    from quizapp.tui.card_editing import CardEditing, Saved

__all__ = ["BrowseEdit"]


class BrowseEdit:
    edits: list[CardEdit]
    editing: CardEditing
    # The screen provides these; declared, not defined, so the mixin never shadows them.
    notify: Callable[..., None]
    highlighted: Callable[[], BrowseRow | None]
    _search_now: Callable[[], None]

    def action_edit(self) -> None:
        row = self.highlighted()
        if row is not None:
            self.editing.edit(row.item_id)

    def action_undo_edit(self) -> None:
        edit, self.edits = self.edits[-1], self.edits[:-1]
        self.editing.undo(edit, ())

    def _edited(self, saved: Saved) -> None:
        self.edits.append(saved.edit)
        self.notify(f"Saved to {saved.edit.path} (u undoes)", timeout=4)
        self._search_now()  # the row shows the new text

    def _unedited(self, saved: Saved) -> None:
        self.notify(f"Edit undone: the card is back as it was in {saved.edit.path}", timeout=4)
        self._search_now()
