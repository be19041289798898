"""An inner "it" or "they" whose thing the sentence itself named before it is no reason to skip
the sentence; one that points past the sentence, or could be either of two things, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate import decode_article, generate_deck, standalone
from quizapp.generate.spans import tag_sentence

CORPUS = Path(__file__).parent / "corpus"
POINTS_AWAY = "points to something not named in the sentence"


@pytest.mark.parametrize(
    "sentence",
    [
        # it = the molten rock; "magma" and "lava" are what it is called, not other things
        "On Earth the molten rock is called magma while it is still underground and lava once "
        "it reaches the surface.",
        # it = rock: the pressure that keeps it solid cannot be the "it" it keeps
        "Rock in the mantle is hot, but the enormous pressure at depth usually keeps it solid.",
        # it = viscosity: "in magma" says where, it is not the "it"
        "Viscosity is a fluid's resistance to flow, and in magma it is controlled largely by "
        "silica.",
        "When inflation becomes extreme it is called hyperinflation.",
        "A bleached coral is not dead, and it can recover if temperatures fall quickly and the "
        "algae return.",
        "When an infected mosquito bites, it injects parasites in a form called sporozoites into "
        "the bloodstream.",
        "The Coral Triangle contains about three-quarters of all known reef-building coral "
        "species, and it is sometimes called the Amazon of the seas.",
        # they = volcanoes (which the tagger takes for a verb)
        "Volcanoes cannot yet be predicted precisely, but they usually give warning.",
    ],
)
def test_an_inner_pronoun_the_sentence_names_first_stands(sentence: str) -> None:
    assert standalone.problem(tag_sentence(sentence), frozenset({"Nobody"})) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # them = the hotspots of the sentence before, though "islands" come first
        "The Hawaiian Islands formed as the Pacific Plate slid northwest over one of them, so "
        "the oldest islands lie at the northwestern end of the chain and the youngest, the Big "
        "Island, sits over the hotspot today.",
        # nothing before "it" at all
        "Once it is injected into the stratosphere it reacts with water to form tiny droplets "
        "of sulphuric acid that reflect sunlight back into space.",
        # carbon dioxide or seawater?
        "When carbon dioxide dissolves in seawater it forms carbonic acid, a process called "
        "ocean acidification.",
        # the programme, or malaria?
        "The WHO's Global Malaria Eradication Programme, launched in 1955, removed malaria from "
        "Europe, much of North America and parts of Asia, but it was abandoned in 1969 as "
        "mosquitoes became resistant to DDT and funding ran short.",
        # the rise, or the summer maximum? (and "trigger it": bleaching, named before)
        "A rise of just 1 degree Celsius above the usual summer maximum, if it lasts for several "
        "weeks, can be enough to trigger it.",
        # the fuel: an object of the subject's own verb, not the subject
        "A star ten times as massive as the Sun has ten times the fuel but burns it thousands of "
        "times faster, so it may last only 20 or 30 million years.",
        # the second "it" is sodium hydroxide, the subject of its own clause
        "Hydrochloric acid is an Arrhenius acid because it splits into H+ and Cl- in water; "
        "sodium hydroxide is an Arrhenius base because it splits into Na+ and OH-.",
        # "Unlike many great engineering works": the channel tunnel is in the sentence before
        "Unlike many great engineering works, it was paid for by private investors and banks "
        "rather than governments.",
        # the core may be the "it" as well as the Sun
        "The Sun is about 4.6 billion years old, its core sits at around 15 million kelvin, and "
        "every second it converts roughly 600 million tonnes of hydrogen into helium.",
    ],
)
def test_a_pronoun_that_may_point_elsewhere_is_still_skipped(sentence: str) -> None:
    why = standalone.problem(tag_sentence(sentence), frozenset({"Nobody"}))
    assert why is not None and POINTS_AWAY in why


def _deck(path: Path):  # type: ignore[no-untyped-def]
    text = decode_article(path.read_bytes())
    return generate_deck(text, article_path=path.name, deck_id=path.stem, title=None)


def test_an_article_gets_the_card_its_inner_it_held_back() -> None:
    result = _deck(CORPUS / "tune" / "05_inflation.txt")
    texts = [
        getattr(card, "text", "") for section in result.deck.sections for card in section.cards
    ]
    assert "When inflation becomes extreme it is called {{c1::hyperinflation}}." in texts


def test_a_point_back_in_an_article_stays_skipped() -> None:
    result = _deck(CORPUS / "heldout5" / "01_volcanoes.txt")
    skipped = {s.sentence: s.reason for s in result.skips}
    hawaii = next(s for s in skipped if s.startswith("The Hawaiian Islands formed"))
    injected = next(s for s in skipped if s.startswith("Once it is injected"))
    assert POINTS_AWAY in skipped[hawaii]
    assert POINTS_AWAY in skipped[injected]
