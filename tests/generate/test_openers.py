"""A short opener does not hide a subject that points back: 'Currently, the department has
25 crews' is as unclear on a card as 'The department has 25 crews'."""

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
