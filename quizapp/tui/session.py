"""A review session's bookkeeping: the prefetched queue, what was answered, and the totals.

Plain Python, no Textual and no storage calls, so the screen stays about showing things.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from quizapp.scheduling import Rating
from quizapp.storage import StudyItem

__all__ = ["Answered", "ReviewSession"]


@dataclass(frozen=True)
class Answered:
    item: StudyItem  # as it was shown, so undo can show it again with its old intervals
    rating: Rating
    duration_ms: int


@dataclass
class ReviewSession:
    queue: deque[StudyItem] = field(default_factory=deque)
    current: StudyItem | None = None
    history: list[Answered] = field(default_factory=list)

    def add(self, items: list[StudyItem], skip: set[int] | None = None) -> int:
        """Append items not already waiting or shown (nor in ``skip``); how many were new."""
        waiting = {item.item_id for item in self.queue}
        if self.current is not None:
            waiting.add(self.current.item_id)
        waiting |= skip or set()
        fresh = [item for item in items if item.item_id not in waiting]
        self.queue.extend(fresh)
        return len(fresh)

    def advance(self) -> StudyItem | None:
        self.current = self.queue.popleft() if self.queue else None
        return self.current

    def grade(self, rating: Rating, duration_ms: int) -> Answered:
        assert self.current is not None
        answered = Answered(self.current, rating, duration_ms)
        self.history.append(answered)
        self.current = None
        return answered

    def drop_current(self) -> StudyItem | None:
        """Take the shown item out of the session (suspended or buried)."""
        item, self.current = self.current, None
        return item

    def undo(self) -> StudyItem | None:
        """Show the last answered item again; the one on screen goes back to the queue's front."""
        if not self.history:
            return None
        if self.current is not None:
            self.queue.appendleft(self.current)
        self.current = self.history.pop().item
        return self.current

    @property
    def done(self) -> int:
        return len(self.history)

    @property
    def left(self) -> int:
        return len(self.queue) + (1 if self.current is not None else 0)

    @property
    def accuracy(self) -> float | None:
        """Share of answers that were not Again; None before the first answer."""
        if not self.history:
            return None
        return sum(a.rating is not Rating.Again for a in self.history) / len(self.history)

    @property
    def total_ms(self) -> int:
        return sum(a.duration_ms for a in self.history)
