"""Coverage: every section of a reasonable article gets cards on its key facts (the lead of a
news report, definitions, who did what), without cards a teacher would reject."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.generate import generate_deck
from quizapp.generate.datelines import lead


def _cards(text: str, **kwargs: str) -> list:
    result = generate_deck(text, **kwargs)
    return [c for s in result.deck.sections for c in s.cards]


def _shown(card) -> str:
    return getattr(card, "text", None) or getattr(card, "statement", None) or card.question


REPORT = """Telescope launched

KOUROU, French Guiana, 25 December 2021 -- The James Webb Space Telescope, the largest and most \
powerful space observatory ever built, was launched on Saturday from the European spaceport in \
French Guiana, beginning a month-long journey to a point in space 1.5 million kilometres from \
Earth.

An Ariane 5 rocket carried the telescope into space after two earlier launch attempts were \
called off because of high winds over the coast.
"""


def test_a_reports_lead_is_asked_with_its_date_and_without_its_dateline() -> None:
    shown = [_shown(c) for c in _cards(REPORT)]
    lead = [s for s in shown if "James Webb Space Telescope" in s]
    assert lead, shown
    assert "KOUROU" not in lead[0]
    assert "on Saturday" not in lead[0]
    assert "25 December 2021" in lead[0]


def test_a_weekday_that_is_not_the_datelines_day_is_kept() -> None:
    # 8 December 2023 was a Friday, not a Monday: the weekday stays, the date is not guessed.
    found = lead("SILVER SPRING, Md., Dec. 8, 2023 — The agency approved it on Monday.")
    assert found is not None
    assert found.shown == found.body == "The agency approved it on Monday."
    assert found.when is None


def test_today_becomes_the_datelines_date() -> None:
    found = lead(
        "COQUELLES, France, 6 May 1994 - Britain and France were joined today by a fixed link."
    )
    assert found is not None
    assert found.body == "Britain and France were joined today by a fixed link."
    assert found.shown == "Britain and France were joined on 6 May 1994 by a fixed link."
    assert found.when is not None and found.shown[slice(*found.when)] == "6 May 1994"


@given(st.sampled_from(["In 1994 the tunnel opened.", "PARIS is a city. It has a river.", ""]))
def test_no_dateline_no_change(sentence: str) -> None:
    assert lead(sentence) is None
