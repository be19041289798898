"""A review session's bookkeeping: the prefetched queue, what was answered, and the totals.

Plain Python, no Textual and no storage calls, so the screen stays about showing things.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta

from quizapp.scheduling import Phase, Rating
from quizapp.storage import StudyItem
from quizapp.storage.views import ReviewOutcome

__all__ = ["Answered", "Edited", "Marked", "ReviewSession", "back_today"]


def back_today(outcome: ReviewOutcome) -> bool:
    """The answered card is still learning and due again within the day (a step of minutes or
    hours, not of a day or more): the session will show it again."""
    learning = outcome.state.phase in (Phase.LEARNING, Phase.RELEARNING)
    return learning and outcome.interval is not None and outcome.interval < timedelta(days=1)


@dataclass(frozen=True)
class Answered:
    item: StudyItem  # as it was shown, so undo can show it again with its old intervals
    rating: Rating
    duration_ms: int


@dataclass(frozen=True)
class Marked:
    """A card suspended, buried or flagged: undo puts its marks back (and the card, if it left)."""

    item: StudyItem
    what: str  # "suspend", "bury" or "flag"
    dropped: bool  # the card left the session
    # Filled in by the store worker with the marks from before; the undo runs after it, in order.
    before: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Edited:
    """A card edited in its deck file: undo writes the old content back (the card stays)."""

    edit: object  # the storage's CardEdit: its deck, the card before and after
    item_id: int


@dataclass
class ReviewSession:
    queue: deque[StudyItem] = field(default_factory=deque)
    current: StudyItem | None = None
    history: list[Answered | Marked | Edited] = field(default_factory=list)
    # Cards answered in this session that are still learning and due back later today: they
    # count in ``to_go`` from the answer on, so the count does not jump when they come back.
    later: set[int] = field(default_factory=set)

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

    def mark(self, what: str, drop: bool) -> Marked:
        """Suspend, bury (the shown item leaves the session) or flag it (it stays)."""
        assert self.current is not None
        marked = Marked(self.current, what, drop)
        self.history.append(marked)
        if drop:
            self.current = None
        return marked

    def undo(self) -> Answered | Marked | Edited | None:
        """Take back the last answer, mark or edit; an answered or dropped item is shown again
        (the one on screen goes back to the queue's front)."""
        if not self.history:
            return None
        last = self.history.pop()
        if isinstance(last, Edited) or (isinstance(last, Marked) and not last.dropped):
            return last  # a flag or an edit: the card never left the session
        if self.current is not None:
            self.queue.appendleft(self.current)
        self.current = last.item
        return last

    def replace_items(self, items: list[StudyItem]) -> None:
        """Put fresh copies of items (after their card was edited) where the old ones are."""
        fresh = {item.item_id: item for item in items}
        if self.current is not None and self.current.item_id in fresh:
            self.current = fresh[self.current.item_id]
        self.queue = deque(fresh.get(item.item_id, item) for item in self.queue)

    def forget_last_requeue(self, item_id: int) -> None:
        """Take out the copy of an item put back at the queue's end (undo of a practice Again)."""
        for index in range(len(self.queue) - 1, -1, -1):
            if self.queue[index].item_id == item_id:
                del self.queue[index]
                return

    @property
    def answers(self) -> list[Answered]:
        return [entry for entry in self.history if isinstance(entry, Answered)]

    @property
    def done(self) -> int:
        return len(self.answers)

    @property
    def left(self) -> int:
        """Cards due now, waiting or on screen."""
        return len(self.queue) + (1 if self.current is not None else 0)

    @property
    def to_go(self) -> int:
        """What the progress shows as left: the cards due now and, once each, the learning
        cards that come back later in the session."""
        waiting = {item.item_id for item in self.queue}
        if self.current is not None:
            waiting.add(self.current.item_id)
        return len(waiting) + len(self.later - waiting)

    def comes_back(self, item_id: int, later_today: bool) -> None:
        """After an answer is saved: the card is still learning and due again today, or not."""
        if later_today:
            self.later.add(item_id)
        else:
            self.later.discard(item_id)

    @property
    def accuracy(self) -> float | None:
        """Share of answers that were not Again; None before the first answer."""
        answers = self.answers
        if not answers:
            return None
        return sum(a.rating is not Rating.Again for a in answers) / len(answers)

    @property
    def total_ms(self) -> int:
        return sum(a.duration_ms for a in self.answers)
