"""A term defined in passing, between commas or after one, is asked for by its definition:
"What are lahars?" from "Lahars, fast mudflows of ..., can travel ...". Lists, people, places
and terms an earlier sentence introduced are not definitions."""

from __future__ import annotations

import pytest

from quizapp.deck.model import QACard
from quizapp.generate import generate_deck
from quizapp.generate.answers import EntityIndex
from quizapp.generate.appositions import apposed_definition
from quizapp.generate.spans import tag_sentence

ARTICLE = """Volcanic hazards
The main hazards
Lava flows rarely kill people because most move slowly enough to walk away from. \
Lahars, fast mudflows of volcanic debris mixed with water, can travel tens of kilometres down \
river valleys. In 1985 a modest eruption of Nevado del Ruiz in Colombia sent one through the \
town of Armero.
Shapes
Geologists sort volcanoes into a few broad forms. Stratovolcanoes, also called composite \
volcanoes, are steep cones of alternating lava and ash layers, and they include Mount Fuji and \
Vesuvius. A third group sits far from any plate boundary over hotspots, columns of unusually \
hot mantle.
"""


def _qa() -> dict[str, str]:
    deck = generate_deck(ARTICLE).deck
    return {c.question: c.answer for s in deck.sections for c in s.cards if isinstance(c, QACard)}


def test_a_term_defined_between_commas_is_asked_by_its_definition() -> None:
    assert _qa()["What are lahars?"] == "Fast mudflows of volcanic debris mixed with water."


def test_a_term_with_two_names_is_asked_by_both_and_answered_without_the_second_claim() -> None:
    asked = _qa()["What are stratovolcanoes, also called composite volcanoes?"]
    assert asked == "Steep cones of alternating lava and ash layers."


def test_a_term_the_article_abbreviates_is_asked_with_its_abbreviation() -> None:
    sentence = "The annual percentage rate, or APR, is the nominal yearly rate before compounding."
    asked = apposed_definition(tag_sentence(sentence), EntityIndex([sentence]))
    assert asked is not None
    assert asked.question == "What is the annual percentage rate (APR)?"
    assert asked.answer == "The nominal yearly rate before compounding."


def test_a_term_defined_after_a_comma_at_the_end_of_a_sentence_is_asked() -> None:
    assert _qa()["What are hotspots?"] == "Columns of unusually hot mantle."


@pytest.mark.parametrize(
    "sentence",
    [
        # a list, not a definition
        "The traders carried silk over mountains, porcelain and tea to the west.",
        "They crossed the desert with camels, horses and mules.",
        # a person and a place are not defined this way
        "Ibn Battuta, a young scholar from Tangier, set out for Mecca in 1325.",
        "The book was printed in Mainz, a city on the Rhine.",
        # a term an earlier sentence introduced
        "These reaction-diffusion systems, sometimes called Turing patterns, are still used today.",
        # what follows the commas is no noun phrase
        "Andesite, named after the Andes, lies between the two.",
        # a common word is no term to define
        "People, tired of waiting in the cold rain, went home.",
    ],
)
def test_no_definition_is_made_of_what_is_not_one(sentence: str) -> None:
    context = [sentence, "Ibn Battuta travelled for decades.", "Mainz lies in Germany."]
    assert apposed_definition(tag_sentence(sentence), EntityIndex(context)) is None
