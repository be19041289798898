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


TWO_TERMS = """Redox reactions
Agents
An oxidising agent is a substance that takes electrons from another substance and a \
reducing agent is a substance that gives electrons away. Chemists balance these reactions \
by counting the electrons on each side.
"""

RANKED = """The Great Fire of London
What was the Great Fire of London?
The Great Fire of London was the deadliest fire in the history of the English capital. It burned \
for four days in September 1666 and destroyed more than thirteen thousand houses.
Rebuilding
Inflation is one of the most feared words in any finance ministry. A baker's shop on Pudding \
Lane was where the flames started, according to later inquiries.
"""


def _all_qa(article: str) -> list[QACard]:
    deck = generate_deck(article).deck
    return [c for s in deck.sections for c in s.cards if isinstance(c, QACard)]


def test_a_definition_is_cut_before_a_second_term_defined_in_the_same_sentence() -> None:
    cards = [c for c in _all_qa(TWO_TERMS) if c.question == "What is an oxidising agent?"]
    assert [c.answer for c in cards] == ["A substance that takes electrons from another substance."]
    assert not any("reducing agent is" in c.answer for c in _all_qa(TWO_TERMS))


def test_a_ranking_is_not_asked_as_a_definition() -> None:
    questions = {c.question: c.answer for c in _all_qa(RANKED)}
    assert "What is inflation?" not in questions
    assert "What was the Great Fire of London?" not in questions
    assert not any(a.startswith(("One of the", "The deadliest")) for a in questions.values())


TOPIC = """The Great Plague, 1665–1666
Overview
The Great Plague was the largest outbreak of bubonic plague recorded in seventeenth-century \
England. Between 1665 and 1666 it killed about a hundred thousand people in London.
"""


def test_the_reverse_card_whose_answer_is_the_deck_topic_is_refused() -> None:
    # The deck's title names the answer: "What was the largest outbreak ...?" gives it away.
    assert not any(
        "Great Plague" in c.answer or "largest outbreak" in c.question for c in _all_qa(TOPIC)
    )
