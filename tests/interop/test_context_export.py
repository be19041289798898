"""A card's context line heads its front in Anki's text format and comes back on import."""

from __future__ import annotations

from pathlib import Path

from quizapp.deck import loads
from quizapp.interop import dumps_table, table_to_deck
from quizapp.interop.anki_text import COLUMNS

from .test_anki_text import data_rows

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
      - id: plain
        type: qa
        question: Which river joins the canal at Reading?
        answer: Kennet
"""


def test_the_front_starts_with_the_context_line() -> None:
    flight, gap, plain = data_rows(dumps_table(loads(DECK)))
    front = COLUMNS.index("Front")
    assert flight[front] == (
        "Kennet and Avon Canal — Caen Hill<br><br>How many locks does the flight climb?"
    )
    assert gap[front].startswith("Kennet and Avon Canal — Caen Hill<br><br>The flight climbs")
    assert plain[front] == "Which river joins the canal at Reading?"


def test_reading_the_export_back_keeps_the_context() -> None:
    deck = loads(DECK)
    assert table_to_deck(dumps_table(deck), Path("canals.csv")) == deck


def test_an_anki_package_heads_the_front_with_the_context_and_reads_it_back(tmp_path: Path) -> None:
    from quizapp.interop import write_apkg
    from quizapp.interop.apkg import note_fields
    from quizapp.interop.apkg_deck import read_package

    deck = loads(DECK)
    section = deck.sections[0]
    _, fields = note_fields(deck, section, section.cards[0])
    assert fields[0] == (
        '<div class="context">Kennet and Avon Canal — Caen Hill</div>'
        "How many locks does the flight climb?"
    )
    path = tmp_path / "canals.apkg"
    write_apkg(deck, path)
    back = read_package(path).deck
    assert [c.context for _, c in back.cards()] == [c.context for _, c in deck.cards()]
    assert [c.prompt for _, c in back.cards()] == [c.prompt for _, c in deck.cards()]
