"""A card never leans on an earlier sentence through a short opener or a "they":
'Currently, the department has 25 crews' is as unclear on a card as 'The department has
25 crews', and 'they' with no plural before it as a bare 'They'."""

from __future__ import annotations

from quizapp.deck import dumps
from quizapp.generate import generate_deck

ARTICLE = """Potholes in the city
Street repairs
Potholes form when water and salt seep into cracks in the asphalt, freeze and expand. \
The Transportation Department filled 255,904 potholes across the five boroughs last year. \
Currently, the department has 25 crews repairing potholes on the main avenues. \
Typically, the Queens asphalt plant makes 2,000 tonnes of hot mix a day in summer.
"""


def test_an_opener_before_a_pointing_subject_costs_the_card() -> None:
    result = generate_deck(ARTICLE)
    assert "25 crews" not in dumps(result.deck)
    assert any(s.sentence.startswith("Currently, the department") for s in result.skips)


def test_an_opener_before_a_named_subject_keeps_the_card() -> None:
    assert "2,000 tonnes" in dumps(generate_deck(ARTICLE).deck)


CHAOS = """Chaos
Strange attractors
The weather model ran on a small computer in an office at MIT. \
When plotted in a certain way, they seemed to circle a shape called a strange attractor. \
The graduate students plotted the results of the Lorenz equations on paper in 1963.
"""


def test_they_after_only_singular_nouns_costs_the_card() -> None:
    result = generate_deck(CHAOS)
    assert "they seemed to circle" not in dumps(result.deck)
    assert any(s.sentence.startswith("When plotted in a certain way") for s in result.skips)


def test_they_after_a_plural_noun_keeps_the_card() -> None:
    sentence = "Researchers at the Lorenz Center said they had found the program in 2017."
    article = CHAOS.replace("The graduate students plotted", sentence + " Students plotted")
    result = generate_deck(article)
    assert not any(s.sentence == sentence for s in result.skips if "points to" in s.reason)


BUDGET = """The tax cut
Congress
Republicans complained about the deficit for years after the recession of 2009. \
By 2017, as Senate majority leader, he quickly shepherded the tax cut through Congress. \
The Senate majority leader Mitch McConnell shepherded the tax cut through Congress in 2017.
"""


def test_a_he_described_by_as_leader_is_still_unnamed() -> None:
    result = generate_deck(BUDGET)
    assert "he quickly shepherded" not in dumps(result.deck)
    assert any(s.sentence.startswith("By 2017, as Senate") for s in result.skips)


def test_soon_afterwards_points_back_and_soon_after_a_named_event_does_not() -> None:
    article = """The canal
Independence
The treaty with Colombia failed in the Senate of Colombia in August 1903. \
Soon afterwards, on 3 November 1903, a group of Panamanians declared independence. \
Soon after the Spanish–American War, the United States bought the French company for \
40 million dollars.
"""
    result = generate_deck(article)
    reasons = {s.sentence[:16]: s.reason for s in result.skips}
    assert "3 November 1903" not in dumps(result.deck)
    assert "pointing back" in reasons["Soon afterwards,"]
    assert "pointing back" not in reasons.get("Soon after the S", "")
