"""What became of a deck's cards when its article changed: a card keeps its id (and so its
progress) when its source sentence is still there, even slightly reworded.

Card ids hash the source sentence, so a regenerated card from an edited sentence would get a
new id and start from nothing. Here each old card is paired with the new card made from the
same sentence or, failing that, from the most similar one; the new card takes the old id.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from quizapp.deck.model import AnyCard, Deck, Section

__all__ = ["Carried", "SourceChange", "carry_ids", "describe", "same_sentence"]

# rapidfuzz ratio from which an edited sentence is taken as the same one: one figure or a few
# words changed in a sentence of ten or more words stays above it.
SIMILAR = 72


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def same_sentence(a: str | None, b: str | None) -> bool:
    """Equal but for white space."""
    return _squash(a) == _squash(b)


@dataclass(frozen=True)
class SourceChange:
    """An old card whose source sentence changed (``new`` is the sentence now) or vanished."""

    card_id: str
    old: str
    new: str | None = None

    @property
    def vanished(self) -> bool:
        return self.new is None


def describe(change: SourceChange) -> str:
    """One line for a report."""
    if change.new is None:
        return f"{change.card_id}: source sentence vanished: {change.old!r}"
    return f"{change.card_id}: source sentence changed: {change.old!r} -> {change.new!r}"


@dataclass(frozen=True)
class Carried:
    deck: Deck  # the new deck, with old ids carried over
    renamed: dict[str, str]  # new card id as generated -> the old id it now has
    changes: tuple[SourceChange, ...]  # changed and vanished sources, in the old deck's order
    kept: tuple[str, ...]  # old cards whose sentence is still there but gave no card now


@dataclass(frozen=True)
class _Old:
    id: str
    source: str


def carry_ids(
    old_sources: Iterable[tuple[str, str | None]], new: Deck, sentences: Iterable[str] = ()
) -> Carried:
    """Pair old cards (id, source sentence) with ``new``'s cards by source sentence and give
    each new card the id of its old one. ``sentences`` are the article's sentences now: an old
    card whose sentence is among them but was not made into a card again is "kept", not
    vanished."""
    olds = [_Old(i, s) for i, s in dict(old_sources).items() if s]
    new_cards = [card for _, card in new.cards()]
    new_ids = {c.id for c in new_cards}
    taken: dict[str, str] = {}  # new id -> old id
    # A card made again from the same sentence with the same id needs nothing.
    for old in olds:
        if old.id in new_ids and any(
            c.id == old.id and same_sentence(c.source, old.source) for c in new_cards
        ):
            taken[old.id] = old.id
    waiting = [o for o in olds if o.id not in taken.values()]
    free = [c for c in new_cards if c.id not in taken]
    # The same sentence first (another card type, or an id carried once before), then the
    # most similar sentence, best pairs first.
    pairs: list[tuple[float, int, _Old, AnyCard]] = []
    for order, old in enumerate(waiting):
        for card in free:
            if same_sentence(card.source, old.source):
                score = 101.0
            else:
                score = fuzz.ratio(_squash(card.source), _squash(old.source))
                if score < SIMILAR:
                    continue
            pairs.append((score, order, old, card))
    paired: dict[str, AnyCard] = {}  # old id -> new card
    for _, _, old, card in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if old.id in paired or card.id in taken:
            continue
        # An old id still used by a new card of its own cannot be given to another.
        if old.id in new_ids and old.id != card.id:
            continue
        paired[old.id] = card
        taken[card.id] = old.id
    now = {_squash(s) for s in sentences}
    changes: list[SourceChange] = []
    kept: list[str] = []
    for old in waiting:
        card = paired.get(old.id)
        if card is None:
            if _squash(old.source) in now:
                kept.append(old.id)
            else:
                changes.append(SourceChange(old.id, old.source))
        elif not same_sentence(card.source, old.source):
            changes.append(SourceChange(old.id, old.source, card.source))
    renamed = {new_id: old_id for new_id, old_id in taken.items() if new_id != old_id}
    sections = tuple(
        Section(
            id=s.id,
            title=s.title,
            valid_until=s.valid_until,
            cards=tuple(
                dataclasses.replace(c, id=renamed[c.id]) if c.id in renamed else c for c in s.cards
            ),
        )
        for s in new.sections
    )
    deck = dataclasses.replace(new, sections=sections)
    return Carried(deck, renamed, tuple(changes), tuple(kept))
