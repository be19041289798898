"""The deck format's data model: plain frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

FORMAT_VERSION = 1
DEFAULT_RETENTION = 0.9
DEFAULT_NEW_PER_DAY = 20
DEFAULT_LEARNING_STEPS = (1, 10)
DEFAULT_RELEARNING_STEPS = (10,)


class CardType(StrEnum):
    QA = "qa"
    CLOZE = "cloze"
    CHOICE = "choice"
    TRUEFALSE = "truefalse"


@dataclass(frozen=True, kw_only=True)
class Card:
    """Fields shared by every card type."""

    id: str
    source: str | None = None
    explanation: str | None = None
    # A short line shown above the prompt: what the card is about ("Channel Tunnel — How it was
    # built"), so a sentence taken from an article reads on its own.
    context: str | None = None
    tags: tuple[str, ...] = ()
    # The fact holds before this day; from it on the card is expired (suspended for everyone).
    valid_until: date | None = None
    # True when the file gave no id and one was derived from the content.
    id_derived: bool = field(default=False, compare=False)

    type: CardType = field(init=False, default=CardType.QA)


@dataclass(frozen=True, kw_only=True)
class QACard(Card):
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    type: CardType = field(init=False, default=CardType.QA)

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def typed(self) -> bool:
        """A student types the answer when other right answers are listed."""
        return bool(self.accept)


@dataclass(frozen=True, kw_only=True)
class ClozeCard(Card):
    text: str
    type: CardType = field(init=False, default=CardType.CLOZE)

    @property
    def prompt(self) -> str:
        return self.text


@dataclass(frozen=True, kw_only=True)
class ChoiceCard(Card):
    question: str
    options: tuple[str, ...]
    answer: tuple[str, ...]
    type: CardType = field(init=False, default=CardType.CHOICE)

    @property
    def prompt(self) -> str:
        return self.question


@dataclass(frozen=True, kw_only=True)
class TrueFalseCard(Card):
    statement: str
    answer: bool
    correction: str | None = None
    type: CardType = field(init=False, default=CardType.TRUEFALSE)

    @property
    def prompt(self) -> str:
        return self.statement


AnyCard = QACard | ClozeCard | ChoiceCard | TrueFalseCard


@dataclass(frozen=True, kw_only=True)
class Section:
    id: str
    title: str
    cards: tuple[AnyCard, ...] = ()
    valid_until: date | None = None  # for every card of the section without its own date


@dataclass(frozen=True, kw_only=True)
class SourceInfo:
    path: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, kw_only=True)
class Settings:
    desired_retention: float = DEFAULT_RETENTION
    new_per_day: int = DEFAULT_NEW_PER_DAY
    learning_steps: tuple[int, ...] = DEFAULT_LEARNING_STEPS  # minutes
    relearning_steps: tuple[int, ...] = DEFAULT_RELEARNING_STEPS  # minutes
    exam: date | None = None  # every card is reviewed shortly before it, new cards paced to it


@dataclass(frozen=True, kw_only=True)
class Deck:
    id: str
    title: str
    sections: tuple[Section, ...]
    description: str | None = None
    source: SourceInfo | None = None
    settings: Settings = field(default_factory=Settings)
    version: int = FORMAT_VERSION

    def cards(self) -> list[tuple[Section, AnyCard]]:
        return [(section, card) for section in self.sections for card in section.cards]


def valid_until(section: Section, card: Card) -> date | None:
    """When a card's fact stops holding: its own date, else its section's."""
    return card.valid_until or section.valid_until


def is_expired(until: date | None, today: date) -> bool:
    """Expired on the day itself: `valid_until: 2027-01-01` holds through 2026-12-31."""
    return until is not None and until <= today


def expired_cards(deck: Deck, today: date) -> list[tuple[Section, AnyCard]]:
    """The cards whose fact has stopped holding by ``today``."""
    return [(s, c) for s, c in deck.cards() if is_expired(valid_until(s, c), today)]
