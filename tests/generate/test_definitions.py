"""A sentence that defines a term keeps its card when a pronoun inside the definition points
back into the definition itself; a pronoun that points outside still costs the card."""

from __future__ import annotations

from quizapp.deck.model import QACard
from quizapp.generate import generate_deck

ARTICLE = """Thinking errors that cost money
The sunk cost fallacy
The sunk cost fallacy is the tendency to keep investing in a failing project because of what \
has already been spent on it. Psychologists Hal Arkes and Catherine Blumer described the \
effect in a study of theatre subscribers published in 1985.
Loss aversion
Most investors hold on to a falling share for too long. Loss aversion is the reason for it, \
according to Daniel Kahneman. Anchoring is a bias in which people lean on the first number \
they see, even when it is random. Richard Thaler named the endowment effect in 1980.
"""


def _qa(answer_part: str) -> list[QACard]:
    deck = generate_deck(ARTICLE).deck
    return [
        c
        for s in deck.sections
        for c in s.cards
        if isinstance(c, QACard) and answer_part in c.answer
    ]


def test_a_definition_whose_it_points_into_itself_is_asked() -> None:
    [card] = _qa("keep investing in a failing project")
    assert card.question == "What is the sunk cost fallacy?"
    assert card.answer.startswith("The tendency to keep investing")


def test_a_definition_with_they_and_it_after_its_own_nouns_is_asked() -> None:
    [card] = _qa("the first number they see")
    assert card.question == "What is anchoring?"


def test_an_it_that_points_to_an_earlier_sentence_still_costs_the_card() -> None:
    result = generate_deck(ARTICLE)
    assert not _qa("The reason for it")
    assert any("Loss aversion is the reason for it" in s.sentence for s in result.skips)
