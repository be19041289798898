"""Study items: what the scheduler schedules. A cloze card yields one item per cN."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from quizapp.deck import cloze
from quizapp.deck.model import AnyCard, ClozeCard, Deck, Section, valid_until


@dataclass(frozen=True)
class Item:
    key: str  # stable within the deck: the card id, plus "#cN" for a cloze deletion
    card: AnyCard
    section: Section
    cloze_number: int | None = None

    @property
    def valid_until(self) -> date | None:
        return valid_until(self.section, self.card)


def item_key(card_id: str, cloze_number: int | None) -> str:
    return card_id if cloze_number is None else f"{card_id}#c{cloze_number}"


def items_of(deck: Deck) -> list[Item]:
    result: list[Item] = []
    for section in deck.sections:
        for card in section.cards:
            if isinstance(card, ClozeCard):
                for n in cloze.numbers(card.text):
                    result.append(Item(item_key(card.id, n), card, section, n))
            else:
                result.append(Item(card.id, card, section))
    return result
