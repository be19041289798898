"""A term defined by 'measures', 'means' or 'is defined as' is asked the way a teacher asks it,
and a sign or a pointer that 'means' something is not taken for a term."""

from __future__ import annotations

import pytest

from quizapp.deck.model import QACard
from quizapp.generate import generate_deck
from quizapp.generate.answers import EntityIndex
from quizapp.generate.defining_verbs import verb_definition
from quizapp.generate.spans import tag_sentence

ARTICLE = """Elasticity
Other elasticities
Economists use several related measures. Income elasticity of demand measures how the \
quantity demanded responds to a change in income. Luxury goods such as cruises have high \
values, while staples such as bread have low ones.
Acidity
Chemists compare acids on a single scale. The pH is defined as the negative base-10 logarithm \
of the hydrogen ion concentration: pH = -log[H+], with the concentration in moles per litre. \
Pure water at 25 °C has a pH of 7.
"""


def _qa() -> dict[str, str]:
    deck = generate_deck(ARTICLE).deck
    return {c.question: c.answer for s in deck.sections for c in s.cards if isinstance(c, QACard)}


def test_a_term_that_measures_something_is_asked_what_it_measures() -> None:
    asked = _qa()["What does income elasticity of demand measure?"]
    assert asked == "How the quantity demanded responds to a change in income."


def test_a_definition_is_answered_without_the_formula_after_its_colon() -> None:
    asked = _qa()["How is the pH defined?"]
    assert asked == "The negative base-10 logarithm of the hydrogen ion concentration."


@pytest.mark.parametrize(
    "sentence",
    [
        "A sour or rotten smell means the heap is too wet and short of air.",
        "This describes a single farmer selling wheat in a large market.",
        "Satellite positioning now measures these motions directly.",
        "Gutenberg means a great deal to the people of Mainz.",
    ],
)
def test_a_sign_a_pointer_or_a_name_is_no_term_defined(sentence: str) -> None:
    index = EntityIndex([sentence, "Johannes Gutenberg lived in Mainz. Gutenberg printed."])
    assert verb_definition(tag_sentence(sentence), index) is None
