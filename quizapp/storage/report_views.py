"""Plain read-only values of the screens and reports that home and review do not need: browse
rows, statistics and retention, quizzes, the progress export, card info and imported review
histories. Kept apart from ``views`` so that they are made only when one is first used."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from quizapp.plural import plural

if TYPE_CHECKING:  # annotations only
    from quizapp.scheduling import Rating
    from quizapp.storage.views import StudyItem


@dataclass(frozen=True)
class BrowseRow:
    item_id: int
    key: str
    deck_slug: str
    section_title: str
    type: str
    text: str
    phase: str  # new, learning, review, relearning
    due: datetime | None
    suspended: bool
    flagged: bool
    buried: bool = False  # hidden until the next study day
    expired: bool = False  # past its valid_until day: suspended whatever the student chose
    context: str | None = None  # the card's context line, shown with its text


@dataclass(frozen=True)
class SectionMastery:
    deck_slug: str
    section_slug: str
    title: str
    cards: int
    mastered: int

    @property
    def share(self) -> float:
        return self.mastered / self.cards if self.cards else 0.0


@dataclass(frozen=True)
class RetentionCounts:
    """Answers that passed (anything but Again) and failed, young and mature cards apart."""

    young_passed: int = 0
    young_failed: int = 0
    mature_passed: int = 0
    mature_failed: int = 0

    @staticmethod
    def _share(passed: int, failed: int) -> float | None:
        return passed / (passed + failed) if passed + failed else None

    @property
    def young(self) -> float | None:
        return self._share(self.young_passed, self.young_failed)

    @property
    def mature(self) -> float | None:
        return self._share(self.mature_passed, self.mature_failed)

    @property
    def total(self) -> float | None:
        return self._share(
            self.young_passed + self.mature_passed, self.young_failed + self.mature_failed
        )

    @property
    def count(self) -> int:
        return self.young_passed + self.young_failed + self.mature_passed + self.mature_failed


@dataclass(frozen=True)
class DeckRetention:
    """Retention as Anki counts it, for one deck (``deck_slug``) or all (None)."""

    deck_slug: str | None
    periods: dict[str, RetentionCounts]  # today, yesterday, week, month, year, all_time


@dataclass(frozen=True)
class Stats:
    today: date
    reviews_today: int
    streak_days: int
    retention_30d: float | None  # None when there were no reviews of mature cards
    reviews_per_day: dict[date, int]  # the last 182 study days with any reviews
    forecast: list[int]  # due counts for the next 30 days (index 0 = today, overdue included)
    mastery: list[SectionMastery]
    total_time: timedelta
    total_reviews: int
    recent_quizzes: list[QuizRecord] = field(default_factory=list)  # newest first


@dataclass(frozen=True)
class QuizRecord:
    taken_at: datetime
    deck_slug: str
    section_slug: str | None
    total: int
    correct: int
    missed: list[str]


@dataclass(frozen=True)
class ProgressRow:
    """One study item (a card, or one deletion of a cloze card) for one profile."""

    profile: str
    deck: str  # deck id
    section: str  # section id
    card: str  # item key: the card id, with "#cN" for a cloze deletion
    state: str  # new, learning, review, relearning
    reps: int
    lapses: int
    stability: float | None  # days; None before the first review
    retrievability: float | None  # chance of recall now, 0–1; None before the first review
    last_review: datetime | None
    due: datetime | None
    flagged: bool = False  # the student marked the card as bad, for the teacher
    flag_note: str | None = None


@dataclass(frozen=True)
class PastReview:
    """One answer given elsewhere (another app's review log), to be kept in ours."""

    rating: Rating
    reviewed_at: datetime  # aware
    duration_ms: int | None = None
    last_interval: int | None = None  # as Anki's log: days, or minus a learning step's seconds


@dataclass(frozen=True)
class CardHistory:
    """An item's reviews and where its schedule stands, as another app left them.

    ``stability`` and ``difficulty`` are FSRS values when the other app had them; left None,
    they come from replaying ``reviews`` through our own scheduler.
    """

    key: str  # the item key in the deck: card id, plus "#cN" for a cloze deletion
    reviews: tuple[PastReview, ...] = ()
    phase: int = 0  # as CardState.phase: 0 new, 1 learning, 2 review, 3 relearning
    due: datetime | None = None
    stability: float | None = None
    difficulty: float | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    scheduled_days: int = 0  # the review interval the other app gave, in days
    suspended: bool = False


@dataclass(frozen=True)
class HistoryReport:
    deck_slug: str
    cards: int = 0  # items whose schedule was taken over
    reviews: int = 0  # review log rows added
    skipped: int = 0  # items already studied here: their own progress was kept

    def summary(self) -> str:
        text = (
            f"{self.deck_slug}: kept the schedule of {plural(self.cards, 'card')} "
            f"({plural(self.reviews, 'review')})"
        )
        if self.skipped:
            text += f"; {self.skipped} already studied here kept their progress"
        return text


@dataclass(frozen=True)
class ReviewEntry:
    """One answer in a card's history, as the card info shows it."""

    reviewed_at: datetime  # UTC
    rating: int
    interval: timedelta | None  # until the next due date that answer gave
    stability: float | None  # after the answer, days
    difficulty: float | None
    recall: float | None  # the chance of recall at the moment of answering (None: new)
    duration_ms: int | None


@dataclass(frozen=True)
class CardInfo:
    item: StudyItem
    reviews: list[ReviewEntry]
    recall_now: float | None
    due: datetime | None
