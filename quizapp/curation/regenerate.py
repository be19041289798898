"""Regenerating a deck over the one made before: the old deck's id and card ids carried over,
and what changed in the article listed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from quizapp.curation.decisions import Decisions
from quizapp.curation.source_diff import Carried, carry_ids, same_sentence
from quizapp.deck.model import Deck

__all__ = ["apply_decisions", "article_sentences", "carry_over", "previous_deck"]


def previous_deck(path: Path) -> Deck | None:
    """The deck already at ``path``, when there is one quizapp can read."""
    from quizapp.deck import DeckError, load_deck

    if not path.is_file():
        return None
    try:
        return load_deck(path)
    except (DeckError, OSError):
        return None


def article_sentences(sections: Iterable[object]) -> list[str]:
    """Every sentence of a GenerationResult's cleaned sections."""
    return [s for section in sections for p in section.paragraphs for s in p]  # type: ignore[attr-defined]


def carry_over(
    new: Deck,
    sentences: Iterable[str],
    previous: Deck,
    extra: Iterable[tuple[str, str | None]] = (),
) -> Carried:
    """``new`` with ``previous``'s ids where the source sentence is the same or was edited.

    ``extra``: more (card id, source) pairs known from before (decisions on cards that are in
    no deck, such as dropped ones)."""
    olds = [(card.id, card.source) for _, card in previous.cards()]
    known = {i for i, _ in olds}
    olds += [(i, s) for i, s in extra if i not in known]
    return carry_ids(olds, new, sentences)


def apply_decisions(deck: Deck, decisions: Decisions) -> tuple[Deck, int]:
    """``deck`` as curated: a card decided on from this very sentence is left out when it was
    dropped and written as accepted or edited otherwise; cards from new or changed sentences
    stay as generated (curation asks about them). Also the number of dropped cards left out."""
    sections = []
    dropped = 0
    for section in deck.sections:
        cards = []
        for card in section.cards:
            decision = decisions.get(card.id)
            if decision is None or not same_sentence(decision.source, card.source):
                cards.append(card)
            elif decision.card is None:
                dropped += 1
            else:
                cards.append(decision.card)
        if cards:
            sections.append(dataclasses.replace(section, cards=tuple(cards)))
    return dataclasses.replace(deck, sections=tuple(sections)), dropped
