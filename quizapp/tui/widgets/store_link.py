"""An invisible widget that runs a screen's store calls in order on a worker thread.

The screen calls ``submit`` (methods down); results come back as ``StoreLink.Done`` or
``StoreLink.Failed`` messages that bubble up to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import work
from textual.message import Message
from textual.widget import Widget

from quizapp.storage import Store
from quizapp.tui.store_queue import Operation, StoreQueue

__all__ = ["StoreLink"]


class StoreLink(Widget):
    DEFAULT_CSS = "StoreLink { display: none; }"

    class Done(Message):
        def __init__(self, operation: Operation, result: Any) -> None:
            super().__init__()
            self.operation = operation
            self.result = result

    class Failed(Message):
        def __init__(self, operation: Operation, error: str) -> None:
            super().__init__()
            self.operation = operation
            self.error = error

    def __init__(self, store: Store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self._queue = StoreQueue()
        self._written: dict[int, int] = {}  # item id -> sequence number of its latest write
        self.last_write = 0

    def submit(self, kind: str, run: Callable[[Store], object], item_id: int | None = None) -> int:
        """Queue a store call; ``item_id`` marks it as a write that changes that item."""
        seq, start = self._queue.submit(kind, run)
        if item_id is not None:
            self._written[item_id] = seq
            self.last_write = seq
        if start:
            self._drain()
        return seq

    def written_after(self, seq: int) -> set[int]:
        """Items changed by writes queued after operation ``seq`` (its read did not see them)."""
        return {item_id for item_id, written in self._written.items() if written > seq}

    @work(thread=True, group="store-link")
    def _drain(self) -> None:
        self._queue.drain(
            self.store,
            lambda op, result: self.post_message(self.Done(op, result)),
            lambda op, error: self.post_message(self.Failed(op, error)),
        )
