"""Store calls run one after another, off the UI thread, in the order the student made them.

A review screen writes a grade, then may undo it, then asks for more cards: each must see the
one before. One thread at a time drains a FIFO of operations, so an undo never overtakes its
review and a refill never reads the queue before the grade that changes it.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from quizapp.storage import StorageError, Store

__all__ = ["Operation", "StoreQueue"]


@dataclass(frozen=True)
class Operation:
    seq: int  # increasing: tells a result that is older than a later write
    kind: str
    run: Callable[[Store], object]


class StoreQueue:
    """A FIFO of store calls; a thread drains it while it is not empty, then stops.

    No thread stays alive between bursts, so waiting for the app's workers means waiting for
    every queued write.
    """

    def __init__(self) -> None:
        self._ops: deque[Operation] = deque()
        self._lock = threading.Lock()
        self._draining = False
        self._seq = 0

    def submit(self, kind: str, run: Callable[[Store], object]) -> tuple[int, bool]:
        """Queue ``run(store)`` (on the UI thread): its sequence number, and whether the
        caller must start a thread to ``drain`` the queue."""
        with self._lock:
            self._seq += 1
            self._ops.append(Operation(self._seq, kind, run))
            start, self._draining = not self._draining, True
            return self._seq, start

    def drain(
        self,
        store: Store,
        done: Callable[[Operation, object], None],
        failed: Callable[[Operation, str], None],
    ) -> None:
        """Run operations until none is left; callbacks post messages to the UI."""
        while True:
            with self._lock:
                if not self._ops:
                    self._draining = False
                    return
                operation = self._ops.popleft()
            try:
                result = operation.run(store)
            except (StorageError, KeyError) as error:
                failed(operation, str(error))
            else:
                done(operation, result)
