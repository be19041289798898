"""Plain read-only values the storage layer hands to the TUI and the CLI: those of home, review
and imports. The other screens' and reports' values are in ``report_views``, so a launch does
not make their classes (creating a dataclass costs about half a millisecond)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: a report needs no scheduler
    from quizapp.deck.model import AnyCard, Settings
    from quizapp.scheduling import CardState, Rating
    from quizapp.scheduling.exam import ExamOutlook


@dataclass(frozen=True)
class Counts:
    new: int = 0  # new cards available today (after the deck's daily limit)
    learning: int = 0  # learning or relearning cards due today
    due: int = 0  # review cards due today

    @property
    def total(self) -> int:
        return self.new + self.learning + self.due


@dataclass(frozen=True)
class SectionSummary:
    deck_slug: str
    slug: str
    title: str
    position: int
    cards: int
    counts: Counts
    mastery: float  # share of items with stability >= 21 days


@dataclass(frozen=True)
class DeckSummary:
    slug: str
    title: str
    description: str | None
    cards: int
    counts: Counts
    mastery: float
    sections: list[SectionSummary] = field(default_factory=list)
    exam: ExamOutlook | None = None  # for a deck with an exam date
    new_limit: int = 0  # new cards allowed today (the daily limit plus any custom-study extra)
    unseen: int = 0  # cards never studied, whatever the limit

    @property
    def limit_reached(self) -> bool:
        """Today's new cards are all studied while unseen ones wait."""
        return self.counts.new == 0 and self.unseen > 0


@dataclass(frozen=True)
class ImportReport:
    deck_slug: str
    added: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: int = 0
    created: bool = False
    # What changed in the deck's scheduling settings (desired retention, exam date), if anything
    schedule_change: str | None = None

    def summary(self) -> str:
        return (
            f"{self.deck_slug}: {self.added} added, {self.updated} updated, "
            f"{self.retired} retired, {self.unchanged} unchanged"
        )


@dataclass(frozen=True)
class StudyItem:
    """One item to study, with everything the screens need to show and grade it."""

    item_id: int
    key: str
    deck_slug: str
    deck_title: str
    section_slug: str
    section_title: str
    card: AnyCard
    cloze_number: int | None
    state: CardState
    settings: Settings
    suspended: bool = False
    flagged: bool = False
    source_path: str | None = None
    buried: bool = False  # hidden until the next study day
    valid_until: date | None = None  # the day the card's fact stops holding
    expired: bool = False  # that day has come: the card is suspended for everyone


@dataclass(frozen=True)
class Marks:
    """What a student set on a card besides its schedule, as undo needs to put it back."""

    suspended: bool = False
    buried_until: datetime | None = None
    flagged: bool = False
    flag_note: str | None = None


@dataclass(frozen=True)
class ReviewOutcome:
    item_id: int
    rating: Rating
    state: CardState  # after the review
    log_id: int
    interval: timedelta | None = None  # as on the button: whole days, or seconds within a day
