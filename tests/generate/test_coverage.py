"""Coverage: every section of a reasonable article gets cards on its key facts (the lead of a
news report, definitions, who did what), without cards a teacher would reject."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.generate import antecedents, generate_deck, standalone
from quizapp.generate.answers import EntityIndex
from quizapp.generate.datelines import lead
from quizapp.generate.spans import all_spans, tag_sentence


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


# -- an opening "It" or "They" that the sentence before names plainly ------------------------


def _resolve(previous: str, sentence: str, persons: frozenset[str] = frozenset()) -> str | None:
    found = antecedents.resolve(tag_sentence(previous), sentence, persons)
    return found[0] if found else None


def test_it_is_the_plain_subject_of_the_sentence_before() -> None:
    shown = _resolve(
        "The lithosphere is the cold, rigid outer layer of the planet.",
        "It is roughly 100 kilometres thick on average.",
    )
    assert shown == "The lithosphere is roughly 100 kilometres thick on average."
    assert _resolve(
        "Peas grow quickly and produce many seeds.",
        "They come in many varieties that differ in clear ways.",
    ) == ("Peas come in many varieties that differ in clear ways.")


@pytest.mark.parametrize(
    ("previous", "sentence"),
    [
        # "It" is the agreement Nixon named, not Nixon.
        ("Nixon called it the most significant agreement.", "It lasted little more than a year."),
        # Another name of the same number may be the "it".
        ("The abbey sent him to the University of Vienna.", "It was founded in 1365."),
        # No thing at all: "It is thought that ...".
        ("The lake is very old.", "It is thought that the lake formed 25 million years ago."),
        # The number differs: "They" is not "the lake".
        ("The lake is very old.", "They arrived in the spring of 1643."),
        # No plain subject before.
        ("Using percentages matters.", "It makes the measure independent of units."),
    ],
)
def test_an_uncertain_it_or_they_is_left_alone(previous: str, sentence: str) -> None:
    assert _resolve(previous, sentence, frozenset({"Nixon"})) is None


def test_a_deck_asks_what_it_says_of_a_term_named_just_before() -> None:
    text = (
        "Plate tectonics\n\nThe lithosphere is the cold, rigid outer layer of the planet, made of "
        "the crust and the uppermost mantle. It is roughly 100 kilometres thick on average, "
        "thinner under young ocean floor and thicker beneath old continents.\n"
    )
    shown = [_shown(c) for c in _cards(text)]
    assert any(s.startswith("The lithosphere is roughly") for s in shown), shown
    assert not any(s.startswith("It ") for s in shown)


# -- a life told with "he": its subject named only where a line opens --------------------------

LIFE = """Ada Quillfeather: The Weaver Who Counted Stars

Ada Quillfeather was a Welsh astronomer who catalogued thousands of variable stars from a small \
observatory in Aberystwyth. Quillfeather was born on 3 March 1871 in Cardigan.

Where did she study?

She studied mathematics at Girton College in Cambridge from 1889 to 1892, although women could \
not then take a degree. In 1895 she joined the Royal Observatory at Greenwich as a computer. \
Quillfeather measured the brightness of stars on photographic plates for eleven years, and \
Quillfeather later taught the method to the observatory's new staff.

What did she find?

In 1907 she published a catalogue of 2,400 variable stars, the largest of its time. In May she \
was elected to the Royal Astronomical Society, one of its first women members. Quillfeather \
died in Aberystwyth on 9 June 1936, and a crater on the Moon is named after her.
"""


def test_a_life_whose_full_name_opens_it_resolves_its_she() -> None:
    shown = [_shown(c) for c in _cards(LIFE)]
    resolved = ("Ada Quillfeather studied", "In 1895 Ada Quillfeather joined", "In 1907 Ada")
    assert any(s.startswith(resolved) for s in shown), shown
    assert not any(s.startswith(("She ", "she ")) for s in shown)


def test_a_month_without_its_year_is_no_card() -> None:
    shown = [_shown(c) for c in _cards(LIFE)]
    assert not any(s.startswith("In May") for s in shown), shown


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("Baikal is different because it sits in a rift valley far from any sea.", True),
        ("Portugal is more efficient at both goods, so it has an absolute advantage.", True),
        # "it" may be the trade or the income: not certain.
        ("Comparative advantage shows that trade raises income, but it does not say more.", False),
        # A person is never an "it".
        ("Nixon announced the plan because it was popular with the voters.", False),
    ],
)
def test_an_it_that_is_the_sentences_own_subject(sentence: str, own: bool) -> None:
    t = tag_sentence(sentence)
    at = t.words.index("it")
    assert antecedents.own_it(t, at, frozenset({"Nixon"})) is own


def test_a_verdict_on_an_earlier_claim_is_no_card() -> None:
    t = tag_sentence("Srinivasa Ramanujan was right: 1729 equals 1 cubed plus 12 cubed.")
    assert standalone.problem(t) is not None


def test_a_verb_before_a_figure_is_no_unit() -> None:
    sentence = "The sum shows that 1729 equals 1 cubed plus 12 cubed in two ways."
    found = [s.text for s in all_spans(tag_sentence(sentence), EntityIndex([sentence]))]
    assert "1729 equals" not in found


CAPS = """THE GREAT NORTHERN CANAL

The Great Northern Canal links the port of Harwick with the inland city of Dunmore, a distance \
of 146 kilometres. Engineers finished the canal in 1871 after eleven years of digging.

HOW IT WAS BUILT

The chief engineer, Margaret Ellsworth, designed a chain of 42 locks to lift boats over the \
Pennine ridge. About 6,000 labourers worked on the canal at the height of construction in 1866.

WHAT IT CARRIED

In its busiest year, 1893, the canal carried 3.2 million tonnes of coal from the Dunmore \
coalfield to the sea. The Harwick Shipping Company ran most of the barges until 1921.

WHY IT DECLINED

The opening of the Dunmore railway in 1902 cut the journey time from two days to four hours. \
Commercial traffic on the canal ended in 1963, and the waterway reopened for leisure boats in 1998.
"""


def test_an_article_with_all_caps_headings_gets_cards_in_every_section() -> None:
    deck = generate_deck(CAPS).deck
    titles = {s.title: len(s.cards) for s in deck.sections}
    for heading in ("HOW IT WAS BUILT", "WHAT IT CARRIED", "WHY IT DECLINED"):
        assert titles.get(heading, 0) >= 1, titles
