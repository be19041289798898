"""Choice and true/false cards whose stem rules options out or works the answer out: what a
teacher notices at once ("the stem adds up to the answer", "these are not people", "that swap
contradicts the rest of the sentence"). Sentences are invented for the tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.generate import options, ruled_out, statements
from quizapp.generate.answers import EntityIndex, Kind, Span
from quizapp.generate.cards import blanked


def _wrong(sentence: str, text: str, kind: Kind, pools=None, context=()):
    span = Span(text, sentence.index(text), kind)
    index = EntityIndex([*context, sentence])
    return options.candidates(span, blanked(sentence, span), index, pools or {}, "seed")


# -- the stem works the number out ------------------------------------------------------------


def test_a_part_the_stem_adds_up_gets_no_options() -> None:
    s = (
        "The census found fewer than 3,000 farmers, joined by about 1,500 herders, "
        "for a total of 4,500."
    )
    assert _wrong(s, "1,500 herders", Kind.NUMBER) is None


def test_a_figure_the_stem_divides_out_gets_no_options() -> None:
    s = (
        "If wages rise by 5 percent and hiring falls by 15 percent, "
        "the ratio is -15 divided by 5, or -3."
    )
    assert _wrong(s, "5 percent", Kind.NUMBER) is None


def test_a_factor_in_words_works_the_figure_out() -> None:
    s = "The price of copper roughly tripled, from about 4 dollars a kilo to about 12 dollars."
    assert _wrong(s, "4 dollars", Kind.NUMBER) is None


def test_a_figure_the_stem_does_not_give_keeps_its_options() -> None:
    s = "The harbour wall, finished in 1872, is about 900 metres long and 12 metres high."
    wrong = _wrong(s, "900 metres", Kind.NUMBER)
    assert wrong is not None and len(wrong) == 3


def test_years_are_not_figures_to_work_with() -> None:
    # 1998 - 1978 = 20, but nobody works a length out of two years.
    assert ruled_out.figures("Built in 1978 and rebuilt in 1998, the pier is long.") == []


@given(
    a=st.integers(min_value=11, max_value=9000),
    b=st.integers(min_value=11, max_value=9000),
)
@settings(max_examples=60, deadline=None)
def test_a_sum_in_the_stem_is_always_caught(a: int, b: int) -> None:
    stem = f"There were {a:,} sheep and _____ goats, {a + b:,} animals in all."
    assert ruled_out.worked_out(float(b), stem)


# -- the stem counts the answer off -----------------------------------------------------------


def test_a_count_of_the_people_the_stem_names_gets_no_options() -> None:
    s = (
        "In 1911 three chemists working apart, Anna Berg in Norway, Lars Holm in Sweden and "
        "Piet Smit in Belgium, reported the same result."
    )
    assert _wrong(s, "three chemists", Kind.NUMBER) is None


def test_a_count_of_a_list_in_the_stem_gets_no_options() -> None:
    s = "There are five great lakes, including Superior, Michigan, Huron, Erie and Ontario."
    assert _wrong(s, "five great lakes", Kind.NUMBER) is None


def test_a_range_in_words_is_never_half_moved() -> None:
    s = "There are about seven or eight major plates, along with many smaller ones."
    assert _wrong(s, "seven or eight major plates", Kind.NUMBER) is None
    s = "Most patients recovered between six and 18 months after their treatment."
    assert _wrong(s, "six and 18 months", Kind.NUMBER) is None


# -- made numbers a student could believe -----------------------------------------------------


def test_a_power_of_two_is_swapped_for_a_power_of_two() -> None:
    s = "The first 128 code points are stored as single bytes, so old files stay valid."
    wrong = _wrong(s, "128 code points", Kind.NUMBER)
    assert wrong is not None
    for w in wrong:
        value = int(w.split()[0])
        assert value & (value - 1) == 0, w  # 64, 256, 512: never 51


@given(st.integers(min_value=2, max_value=4000), st.sampled_from(["metres", "tonnes", "people"]))
@settings(max_examples=80, deadline=None)
def test_made_numbers_keep_the_unit_and_never_equal_the_answer(value: int, unit: str) -> None:
    answer = f"{value:,} {unit}"
    s = f"The old quarry held about {answer} when it closed."
    wrong = _wrong(s, answer, Kind.NUMBER)
    if wrong is None:
        return
    assert len(set(wrong)) == 3
    for w in wrong:
        assert w != answer
        assert w.endswith(" " + unit), w
        assert re.fullmatch(r"[\d,.]+ " + unit, w), w


_RESERVES = (
    "Reserves had exceeded 20,000 tonnes in 1950 but had fallen to roughly 9,000 tonnes by 1971."
)


def test_an_option_never_crosses_another_figure_of_the_same_unit() -> None:
    s = _RESERVES
    wrong = _wrong(s, "9,000 tonnes", Kind.NUMBER)
    assert wrong is not None
    assert all(float(w.split()[0].replace(",", "")) < 20000 for w in wrong), wrong


def test_a_false_figure_keeps_the_sentence_logic() -> None:
    s = _RESERVES
    span = Span("20,000 tonnes", s.index("20,000 tonnes"), Kind.NUMBER)
    # 6,000 would make "exceeded 6,000 ... fallen to 9,000": false for the wrong reason.
    assert statements.false_swap(span, ["6,000 tonnes", "40,000 tonnes"], s) == "40,000 tonnes"


def test_no_false_twin_for_a_figure_the_sentence_adds_up() -> None:
    s = "The census found 3,000 farmers and about 1,500 herders, for a total of 4,500 people."
    span = Span("1,500 herders", s.index("1,500 herders"), Kind.NUMBER)
    assert statements.false_swap(span, ["3,200 herders", "600 herders"], s) is None


# -- names of the right kind ------------------------------------------------------------------

_SIEGE = [
    "The emperor Constantine Doukas ruled the city from the palace near the Golden Horn.",
    "The Golden Horn, the inlet north of the city, was closed with a chain.",
    "The Venetian Empire, the rival of Genoa, sent ships.",
    "The engineer Johann Brant dug tunnels under the walls.",
    "The soldier Marco Vitali held the northern gate.",
    "The soldier Pietro Rossi held the harbour.",
    "The soldier Luca Ferri commanded the archers.",
]


def test_a_soldier_gets_soldiers_not_an_emperor_a_bay_or_an_empire() -> None:
    s = "Among the defenders was the Genoese soldier Giovanni Longo Bruni, who arrived in January."
    wrong = _wrong(s, "Giovanni Longo Bruni", Kind.PERSON, context=_SIEGE)
    assert wrong is not None
    assert set(wrong) == {"Marco Vitali", "Pietro Rossi", "Luca Ferri"}


def test_too_few_people_of_the_role_gives_no_choice() -> None:
    s = "Among the defenders was the Genoese soldier Giovanni Longo Bruni, who arrived in January."
    assert _wrong(s, "Giovanni Longo Bruni", Kind.PERSON, context=_SIEGE[:4]) is None


def test_no_city_the_article_never_names() -> None:
    context = ["Leaders met in Seoul and Tokyo last spring.", "Trade with Moscow grew."]
    s = "Russia has kept strong diplomatic ties with Pyongyang for decades."
    wrong = _wrong(s, "Pyongyang", Kind.CITY, context=context)
    assert wrong is None or set(wrong) <= {"Seoul", "Tokyo", "Moscow"}
    assert wrong is None or "Manhattan" not in wrong


def test_a_country_the_stem_names_a_part_of_is_ruled_out() -> None:
    context = [
        "Work began in Britain and France in 1988.",
        "Engineers from Japan advised on the boring machines.",
        "Steel came from Germany.",
    ]
    s = "Two workers, Tom Webb from England and Paul Morel from France, shook hands."
    wrong = _wrong(s, "France", Kind.COUNTRY, context=context)
    assert wrong is None or "Britain" not in wrong


# -- statements that stand alone --------------------------------------------------------------


def test_no_statement_leans_on_a_count_or_an_order_named_before() -> None:
    assert not statements.stands_alone(
        "In the third year the five remaining colonies produced twice as much honey."
    )
    assert not statements.stands_alone("Merchants filled the gap with cheaper cloth from Flanders.")


def test_a_count_or_a_noun_that_says_which_stands_alone() -> None:
    assert statements.stands_alone(
        "Abroad, the league ran the four great trading posts of the north."
    )
    assert statements.stands_alone("The second-largest reef system lies off the coast of Belize.")
    assert statements.stands_alone(
        "In 1912 Alfred Wegener proposed the idea that continents drift."
    )


def test_a_count_that_only_qualifies_the_next_noun_gets_no_choice() -> None:
    from quizapp.generate.deck import _cut_compound
    from quizapp.generate.spans import tag_sentence

    s = "Nine tunnel boring machines worked from both shores through the soft chalk."
    t = tag_sentence(s)
    assert _cut_compound(t, Span("Nine tunnel", 0, Kind.NUMBER))
    s = "At the peak some 9,000 people worked on the bridge."
    t = tag_sentence(s)
    assert not _cut_compound(t, Span("9,000 people", s.index("9,000"), Kind.NUMBER))


# -- card type per sentence -------------------------------------------------------------------


@given(st.text(min_size=5, max_size=60))
@settings(max_examples=100, deadline=None)
def test_refusing_a_statement_changes_no_other_sentence_type(sentence: str) -> None:
    from quizapp.generate.deck import _Builder, _Option

    span = Span("1370", 0, Kind.YEAR)
    full = [_Option(0.9, "choice", span, ["1361"]), _Option(0.87, "truefalse", span, ["1361"])]
    full.append(_Option(0.85, "cloze", span))
    without_tf = [o for o in full if o.card_type != "truefalse"]
    before = _Builder._ranked(None, sentence, full)[0].card_type  # type: ignore[arg-type]
    after = _Builder._ranked(None, sentence, without_tf)[0].card_type  # type: ignore[arg-type]
    assert after == ("cloze" if before == "truefalse" else before)


# -- bounds in the stem -----------------------------------------------------------------------


@given(st.integers(min_value=20, max_value=5000), st.sampled_from(["more than", "well over"]))
@settings(max_examples=60, deadline=None)
def test_after_more_than_every_wrong_option_is_larger(value: int, bound: str) -> None:
    s = f"By the end of the war {bound} {value:,} pumps were in use in the mines."
    wrong = _wrong(s, f"{value:,} pumps", Kind.NUMBER)
    if wrong is None:
        return
    for w in wrong:
        # "more than 100 pumps" would be true as well when 200 is right
        assert value < float(w.split()[0].replace(",", "")) <= 1.6 * value, w


def test_after_less_than_every_wrong_option_is_smaller() -> None:
    s = "Salt marshes cover less than 6 percent of the coast, yet they shelter many birds."
    wrong = _wrong(s, "6 percent", Kind.NUMBER)
    assert wrong is not None
    assert all(float(w.split()[0]) < 6 for w in wrong), wrong


def test_never_more_countries_than_the_world_has() -> None:
    s = "The union now has about 150 member countries and a secretariat in Geneva."
    wrong = _wrong(s, "150 member countries", Kind.NUMBER)
    assert wrong is None or all(float(w.split()[0]) <= 195 for w in wrong)


def test_a_count_stays_above_a_bare_count_of_the_same_things() -> None:
    s = "In the first trial, 40 patients were treated and 29 had been followed for a year."
    wrong = _wrong(s, "40 patients", Kind.NUMBER)
    assert wrong is not None
    assert all(float(w.split()[0]) > 29 for w in wrong), wrong


def test_no_false_year_for_a_plan() -> None:
    s = "The first images are expected in the summer of 2031, after six months of testing."
    span = Span("2031", s.index("2031"), Kind.YEAR)
    assert statements.false_swap(span, ["2019", "2043"], s) is None


def test_a_pronoun_for_what_came_before_is_no_statement() -> None:
    assert not statements.stands_alone(
        "In the 1750s that changed within a decade, when mills opened."
    )
    assert statements.stands_alone("In 1769 James Watt patented an engine that changed industry.")


def test_no_year_options_for_a_forecast() -> None:
    s = "The budget office estimates that the deficit will reach 6 percent in 2031."
    assert _wrong(s, "2031", Kind.YEAR, {Kind.YEAR: ["2025", "2027", "2031"]}) is None


def test_a_count_of_parallel_items_in_the_stem_gets_no_options() -> None:
    s = (
        "The model tracked three quantities of the flow: how fast the air rose in the tank, "
        "how the heat varied from side to side, and how the heat varied from top to bottom."
    )
    assert _wrong(s, "three quantities", Kind.NUMBER) is None


def test_a_comparison_with_what_came_before_is_no_statement() -> None:
    assert not statements.stands_alone("Similar complaints came from users of the mobile app.")


def _significant(text: str) -> int:
    return len(text.split()[0].replace(",", "").strip("0"))


@given(st.integers(min_value=11, max_value=99), st.integers(min_value=2, max_value=4))
@settings(max_examples=60, deadline=None)
def test_made_figures_are_no_more_precise_than_the_answer(head: int, zeros: int) -> None:
    answer = f"{head * 10**zeros:,} visitors"
    s = f"At its busiest the fair drew some {answer} a day."
    wrong = _wrong(s, answer, Kind.NUMBER)
    if wrong is None:
        return
    for w in wrong:
        assert _significant(w) <= 2, w  # "18,000 visitors", never "18,200"


def test_an_article_figure_is_offered_only_from_a_sentence_on_the_same_thing() -> None:
    s = "The main rail tunnels are each 7.6 metres in diameter."
    related = "The service tunnel between them is 4.8 metres in diameter."
    unrelated = "The cliffs above the portal rise 9.5 metres."
    topics = {
        "4.8 metres": options.topic_words(related, "4.8 metres"),
        "9.5 metres": options.topic_words(unrelated, "9.5 metres"),
    }
    span = Span("7.6 metres", s.index("7.6 metres"), Kind.NUMBER)
    wrong = options.candidates(
        span,
        blanked(s, span),
        EntityIndex([related, unrelated, s]),
        {Kind.NUMBER: ["4.8 metres", "9.5 metres", "7.6 metres"]},
        "seed",
        topics=topics,
    )
    assert wrong is not None and "4.8 metres" in wrong and "9.5 metres" not in wrong


def test_a_replacement_for_something_unnamed_is_no_statement() -> None:
    assert not statements.stands_alone("In 1983 the engineer Ada Brook designed a replacement.")
    assert statements.stands_alone("In 1983 Ada Brook designed a replacement for the old file.")
