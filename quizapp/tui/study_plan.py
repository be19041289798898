"""Where a review session's cards come from and where its answers go.

``Scheduled`` is the normal review: the store's due queue, answers that move the schedule.
``Practising`` is custom study that leaves the schedule alone (cram, review ahead): the set is
read once, answers go to the practice log, and a card answered Again comes back at the end of
the session. Plain Python over the Store, run on the screen's store worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from quizapp.scheduling import Rating
from quizapp.storage import Store, StudyItem
from quizapp.storage.practice import Practice

__all__ = ["Practising", "Scheduled", "StudyPlan"]

PREFETCH = 50
PRACTICE_LIMIT = 500


@dataclass(frozen=True)
class Scheduled:
    deck: str | None = None
    section: str | None = None
    place: str = ""  # the deck's or section's title, for the header

    moves_schedule = True
    refills = True  # ask for more as the queue runs low: learning cards come back

    def fetch(self, store: Store) -> tuple[list[StudyItem], datetime | None]:
        items = store.next_items(self.deck, self.section, limit=PREFETCH)
        return items, (None if items else store.next_due())

    def grade(
        self,
        store: Store,
        item_id: int,
        rating: Rating,
        duration_ms: int,
        picked: tuple[str, ...] | None = None,
    ) -> object:
        return store.review(item_id, rating, duration_ms, picked)

    def undo(self, store: Store) -> object:
        return store.undo_last_review()

    def intervals(self, store: Store, item: StudyItem) -> dict[Rating, timedelta]:
        return store.preview(item)

    def describe(self) -> str:
        return self.place


@dataclass(frozen=True)
class Practising:
    practice: Practice
    place: str = ""  # the deck's or section's title, for the header

    moves_schedule = False
    refills = False

    def fetch(self, store: Store) -> tuple[list[StudyItem], datetime | None]:
        return store.practice_items(self.practice, limit=PRACTICE_LIMIT), store.next_due()

    def grade(
        self,
        store: Store,
        item_id: int,
        rating: Rating,
        duration_ms: int,
        picked: tuple[str, ...] | None = None,  # practice is not in the review log
    ) -> object:
        return store.practise(item_id, rating, self.practice.log_kind, duration_ms)

    def undo(self, store: Store) -> object:
        return store.undo_last_practice()

    def intervals(self, store: Store, item: StudyItem) -> dict[Rating, timedelta]:
        return {}  # nothing is rescheduled: the buttons show no interval

    def describe(self) -> str:
        return f"{self.practice.describe(self.place)} · the schedule is not changed"


StudyPlan = Scheduled | Practising
