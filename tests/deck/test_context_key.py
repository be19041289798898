"""The optional `context` line on a card: read on every card type, written back as it was, and
refused at its line and column when it is not text."""

from __future__ import annotations

import pytest

from quizapp.deck import DeckError, dumps, load_deck, loads
from quizapp.deck.model import CardType

DECK = """\
version: 1
id: canals
title: Canals
sections:
  - id: locks
    title: Locks
    cards:
      - id: flight
        type: qa
        context: Kennet and Avon Canal — Caen Hill
        question: How many locks does the flight climb?
        answer: "29"
      - id: gap
        type: cloze
        context: Kennet and Avon Canal — Caen Hill
        text: The flight climbs {{c1::72}} metres.
      - id: pick
        type: choice
        context: Kennet and Avon Canal — Engineers
        question: Who engineered the canal?
        options: [John Rennie, Thomas Telford]
        answer: John Rennie
      - id: sure
        type: truefalse
        context: Kennet and Avon Canal — Restoration
        statement: The canal reopened in 1990.
        answer: true
      - id: plain
        type: qa
        question: Which river joins the canal at Reading?
        answer: Kennet
"""


def test_every_card_type_reads_its_context() -> None:
    deck = loads(DECK)
    cards = {card.id: card for card in deck.sections[0].cards}
    assert {c.type for c in cards.values()} == set(CardType)
    assert cards["flight"].context == "Kennet and Avon Canal — Caen Hill"
    assert cards["pick"].context == "Kennet and Avon Canal — Engineers"
    assert cards["sure"].context == "Kennet and Avon Canal — Restoration"
    assert cards["plain"].context is None


def test_a_deck_with_context_round_trips() -> None:
    deck = loads(DECK)
    text = dumps(deck)
    assert "context: Kennet and Avon Canal — Caen Hill" in text
    assert loads(text) == deck
    assert text.count("context:") == 4  # none is written for the card without one


def test_the_file_reader_gives_the_same_cards(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "canals.yaml"
    path.write_text(DECK, encoding="utf-8")
    assert load_deck(path) == loads(DECK)


def test_context_that_is_not_text_is_refused_at_its_place() -> None:
    bad = DECK.replace(
        "        context: Kennet and Avon Canal — Engineers\n",
        "        context: [Kennet, Engineers]\n",
    )
    with pytest.raises(DeckError) as info:
        loads(bad, "canals.yaml")
    assert str(info.value).startswith(
        "canals.yaml:19:18: 'context' of this choice card must be text"
    )
