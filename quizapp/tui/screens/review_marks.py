"""Review keys that mark a card rather than grade it — suspend, bury, flag — and undo of all.

A mixin of ``ReviewScreen``: it reaches the session, the store link and the screen's own
showing methods. Each mark records the card's marks from before (the store returns them), so
undo restores them exactly, in the same FIFO of store calls as the grades.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quizapp.storage.views import Marks
from quizapp.tui.session import Answered, Edited, Marked

if TYPE_CHECKING:
    from quizapp.storage import Store
    from quizapp.tui.session import ReviewSession
    from quizapp.tui.widgets.store_link import StoreLink

__all__ = ["MarkKeys"]

UNDONE = {"suspend": "Unsuspended", "bury": "Unburied", "flag": "Flag removed"}


class MarkKeys:
    session: ReviewSession
    link: StoreLink

    # The screen provides these (notify and app come from Screen, the rest from ReviewScreen);
    # declared, not defined, so the mixin never shadows the screen's own methods.
    notify: Callable[..., None]
    app: Any
    _show_front: Callable[[], None]
    _show_next: Callable[[], None]
    _show_progress: Callable[[], None]
    _undo_answer: Callable[[Answered], None]
    _undo_edit: Callable[[Edited], None]

    def action_undo(self) -> None:
        entry = self.session.undo()
        assert entry is not None
        if isinstance(entry, Answered):
            self._undo_answer(entry)
        elif isinstance(entry, Edited):
            self._undo_edit(entry)  # the card stays on screen; its old text comes back
            self._show_progress()
            return
        else:
            item_id, before = entry.item.item_id, entry.before

            def restore(store: Store) -> object:
                return store.set_marks(item_id, before.get("marks", Marks()))  # type: ignore[arg-type]

            self.link.submit("unmark", restore, item_id)
            self.notify(UNDONE[entry.what], timeout=2)
        if not (isinstance(entry, Marked) and not entry.dropped):
            self._show_front()
        self._show_progress()

    def action_suspend(self) -> None:
        self._mark("suspend", "Suspended (u undoes)", lambda s, i: s.set_suspended(i, True))

    def action_bury(self) -> None:
        self._mark("bury", "Buried until tomorrow (u undoes)", lambda s, i: s.bury(i))

    def _mark(
        self, what: str, done: str, run: Callable[[Store, int], Marks], drop: bool = True
    ) -> None:
        marked = self.session.mark(what, drop)
        item_id = marked.item.item_id

        def store_it(store: Store) -> object:
            marked.before["marks"] = run(store, item_id)
            return None

        self.link.submit("mark", store_it, item_id)
        self.notify(done, timeout=2)
        if drop:
            self.session.later.discard(item_id)  # it will not come back this session
            self._show_next()

    def action_flag(self) -> None:
        from quizapp.tui.screens.flag import FlagDialog

        def flag(note: str | None) -> None:
            if note is None or self.session.current is None:
                return
            self._mark(
                "flag",
                "Flagged for the teacher (u undoes)",
                lambda s, i: s.set_flagged(i, True, note or None),
                drop=False,
            )

        self.app.push_screen(FlagDialog(), flag)
