"""Wrong options and false statements on small invented sentences: same kind, plausible, not
ruled out by the stem, never a trivial nudge (the failures the blind readers marked F and G)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.generate import options, statements
from quizapp.generate.answers import EntityIndex, Kind, Span
from quizapp.generate.cards import blanked
from quizapp.generate.sentences import split_sentences
from quizapp.generate.spans import all_spans, tag_sentence


def _wrong(sentence: str, text: str, kind: Kind, pools=None, classes=None, context=()):
    span = Span(text, sentence.index(text), kind)
    index = EntityIndex([*context, sentence])
    return options.candidates(
        span, blanked(sentence, span), index, pools or {}, "seed", classes=classes
    )


def test_a_year_read_as_a_count_gets_no_options() -> None:
    s = "In 1356 representatives met in Lübeck for the first general assembly."
    assert _wrong(s, "1356 representatives", Kind.NUMBER) is None


def test_numbers_from_the_article_only_of_the_same_order() -> None:
    s = "In stars up to about 1.3 times the mass of the Sun, the proton chain dominates."
    pool = {Kind.NUMBER: ["80 times", "200 times", "1.5 times"]}
    wrong = _wrong(s, "1.3 times", Kind.NUMBER, pool)
    assert wrong is not None and "80 times" not in wrong and "200 times" not in wrong


def test_percentages_in_words_stay_at_most_100() -> None:
    s = "In the study, 88 percent of patients had no events at all after their infusion."
    for seed_text in ("88 percent",):
        wrong = _wrong(s, seed_text, Kind.NUMBER)
        assert wrong is not None
        assert all(float(w.split()[0]) <= 100 for w in wrong)


def test_a_share_the_stem_computes_gets_no_options() -> None:
    s = "In the study, 28 of 32 evaluated patients, or 88 percent, had no events at all."
    assert _wrong(s, "88 percent", Kind.NUMBER) is None


def test_decades_move_by_a_few_decades() -> None:
    s = "In the 1950s the Soviet Union built the Irkutsk hydroelectric dam on the Angara."
    wrong = _wrong(s, "1950s", Kind.YEAR, {Kind.YEAR: ["1950s", "1996"]})
    assert wrong is not None and all(abs(int(w[:4]) - 1950) <= 30 for w in wrong)


def test_spelled_numbers_are_far_enough_apart() -> None:
    s = "Stars born with about eight times the mass of the Sun die young."
    wrong = _wrong(s, "eight times", Kind.NUMBER)
    assert wrong is not None and not {"seven times", "nine times"} & set(wrong)


def test_a_range_moves_by_its_width_never_by_a_cent() -> None:
    s = "After Britain devalued sterling from $2.80 to $2.40 in November 1967, gold rose."
    wrong = _wrong(s, "$2.80 to $2.40", Kind.NUMBER)
    assert wrong is not None and "$2.81 to $2.41" not in wrong and "$2.79 to $2.39" not in wrong


def test_size_names_and_identifiers_get_no_options() -> None:
    assert (
        _wrong("The size is known on road bikes as 700c these days.", "700c", Kind.NUMBER) is None
    )
    s = "DNSSEC was standardised in RFCs 4033 to 4035 in the spring."
    assert _wrong(s, "4033 to 4035", Kind.NUMBER) is None


def test_terms_are_swapped_only_for_terms_of_the_same_class() -> None:
    s = "Orange and yellow pigments called carotenoids widen the range of usable light."
    pool = {Kind.TERM: ["carotenoids", "chemiosmosis", "photolysis", "anthocyanins",
                        "phycobilins", "xanthophylls"]}  # fmt: skip
    classes = {"chemiosmosis": "process", "photolysis": "reaction", "anthocyanins": "pigment",
               "phycobilins": "pigment", "xanthophylls": "pigment"}  # fmt: skip
    wrong = _wrong(s, "carotenoids", Kind.TERM, pool, classes)
    assert wrong is not None and set(wrong) == {"anthocyanins", "phycobilins", "xanthophylls"}
    classes["xanthophylls"] = "process"
    assert _wrong(s, "carotenoids", Kind.TERM, pool, classes) is None


def test_term_class_reads_the_words_before_the_definer() -> None:
    s = "Many towns share a style of architecture called Brick Gothic, seen in churches."
    assert options.term_class(s, s.index("Brick")) == "archite"
    s = "The towns adopted its legal code, known as Lübeck law, for trade disputes."
    assert options.term_class(s, s.index("Lübeck law")) == "code"
    s = "The stable phase is called the main sequence."
    assert options.term_class(s, s.index("main")) == "phase"


def test_acronyms_get_no_options() -> None:
    s = "Using energy from ATP and electrons from NADPH, the compound is reduced."
    assert _wrong(s, "ATP", Kind.ORG, context=["DNA and NADP and PEP matter."]) is None


def _swap(sentence: str, text: str, kind: Kind, wrong: list[str]) -> str | None:
    return statements.false_swap(Span(text, sentence.index(text), kind), wrong, sentence)


def test_false_statements_need_a_real_difference() -> None:
    s = "The Wealth of Nations, published in 1776, argued for absolute advantage."
    assert _swap(s, "1776", Kind.YEAR, ["1773", "1780"]) is None
    assert _swap(s, "1776", Kind.YEAR, ["1773", "1790"]) == "1790"
    s = "The first images are expected after about six months of testing."
    assert _swap(s, "six months", Kind.NUMBER, ["eight months"]) is None
    s = "A label may be at most 63 bytes long."
    assert _swap(s, "63 bytes", Kind.NUMBER, ["32 bytes"]) is None  # a bound
    s = "A label may be 63 bytes long."
    assert _swap(s, "63 bytes", Kind.NUMBER, ["70 bytes", "32 bytes"]) == "32 bytes"


def test_no_false_statement_by_a_place_or_under_a_bound() -> None:
    s = "Lake Baikal lies in southern Siberia, in Russia, between two regions."
    assert _swap(s, "Russia", Kind.COUNTRY, ["Britain"]) is None
    s = "More than 300 rivers and streams flow into Baikal."
    assert _swap(s, "300 rivers", Kind.NUMBER, ["150 rivers", "900 rivers"]) is None


def test_statements_that_lean_on_the_paragraph_are_not_statements() -> None:
    for s in (
        "Even at that rate, the Sun has enough fuel for about 10 billion years.",
        "In the process about 4 million tonnes of matter vanish each second.",
        "Richard Nixon also imposed a 10 per cent surcharge on imports.",
        "The most notorious were the Victual Brothers, who began as privateers.",
        "Homosexual acts were then a crime in Britain.",
        "The letter ran to about ten pages and held 120 theorems.",
        "The idea was published in 1976 by Whitfield Diffie and Martin Hellman.",
    ):
        assert not statements.stands_alone(s), s
    assert statements.stands_alone("Baikal was inscribed as a UNESCO World Heritage Site in 1996.")
    assert statements.stands_alone("The world has already warmed by about 1 degree since 1900.")


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=2, max_value=9000),
    st.sampled_from(["people", "kilometres", "percent", "ships"]),
)
def test_made_numbers_keep_the_unit_and_differ(value: int, unit: str) -> None:
    if unit == "percent":
        value = value % 100 + 1
    text = f"{value:,} {unit}" if value >= 1000 else f"{value} {unit}"
    s = f"The survey counted about {text} in the region last spring."
    wrong = _wrong(s, text, Kind.NUMBER)
    if wrong is None:
        return
    assert len(set(wrong)) == 3 and text not in wrong
    for w in wrong:
        assert w.endswith(unit)
        if unit == "percent":
            assert float(w.split()[0].replace(",", "")) <= 100


def test_decades_from_the_article_stay_near_too() -> None:
    s = "The Schrader valve was patented in the 1890s by a New York company."
    wrong = _wrong(s, "1890s", Kind.YEAR, {Kind.YEAR: ["1890s", "1990s", "1870s", "2020"]})
    assert wrong is not None and "1990s" not in wrong


def test_a_false_statement_prefers_a_figure_of_the_article() -> None:
    s = "One instrument will be chilled further by a cryocooler to about 7 kelvin."
    span = Span("7 kelvin", s.index("7 kelvin"), Kind.NUMBER)
    pools = {Kind.NUMBER: ["50 kelvin", "7 kelvin", "6.5 metres", "900 kelvin"]}
    near = options.article_numbers(span, pools)
    assert near == ["50 kelvin"]
    article = frozenset(pools[Kind.NUMBER])
    assert statements.false_swap(span, [*near, "14 kelvin"], s, article) == "50 kelvin"


def test_a_false_statement_never_repeats_a_figure_of_its_own_sentence() -> None:
    s = "Gold holdings, which had exceeded 20,000 tonnes in 1950, had fallen to 9,000 tonnes."
    span = Span("20,000 tonnes", s.index("20,000 tonnes"), Kind.NUMBER)
    assert statements.false_swap(span, ["9,000 tonnes", "45,000 tonnes"], s) == "45,000 tonnes"


def test_the_deck_topic_may_be_named_by_its_last_word() -> None:
    index = EntityIndex(["The Panama Canal crosses the Isthmus of Panama.", "x"])
    s = "The canal opened on 15 August 1914, when a cargo ship made the first transit."
    assert not statements.stands_alone(s, index)
    assert statements.stands_alone(s, index, frozenset({"panama", "canal"}))


def test_no_options_for_a_piece_of_a_longer_name() -> None:
    s = "In 1947 she moved to work at the Laboratoire Central des Services Chimiques de Paris."
    context = ["Later Birkbeck College and King's College hired staff in London."]
    assert _wrong(s, "Services Chimiques", Kind.ORG, context=context) is None


def test_no_impossible_clock_times_in_options_or_false_statements() -> None:
    s = "The engineers said the drawdown should finish at about 2:30 to 3:00 in the afternoon."
    # the time is never cut into pieces a swap could turn into "2:87 to 45:00"
    texts = [span.text for span in all_spans(tag_sentence(s), EntityIndex([s]))]
    assert [t for t in texts if t[:1].isdigit()] == ["2:30 to 3:00"], texts
    # and a whole time never becomes one no clock shows
    wrong = _wrong(s, "2:30 to 3:00", Kind.NUMBER) or []
    t = "The drawdown of the tank finished at 2:30 to 3:00 in the afternoon."
    assert _swap(t, "2:30 to 3:00", Kind.NUMBER, ["2:87 to 45:15", "1:15 to 1:30"]) == (
        "1:15 to 1:30"
    )
    for option in wrong:
        for hours, minutes in re.findall(r"(\d+):(\d+)", option):
            assert int(minutes) < 60 and int(hours) <= 24, option
    assert options.impossible_time("2:87 to 45:15")
    assert options.impossible_time("1:05:70")
    assert not options.impossible_time("45:15 minutes")
    assert not options.impossible_time("4:30 to 6:00")


def test_a_wrong_range_never_overlaps_the_right_one() -> None:
    assert options.overlaps("3:00–3:30 minutes", "3–4 minutes")
    assert options.overlaps("2:30 to 3:00", "2:45 to 3:30")
    assert not options.overlaps("3:00–3:30 minutes", "4–5 minutes")
    s = "Each radio pass lasts 3:00–3:30 minutes and sends data to the network in California."
    wrong = _wrong(s, "3:00–3:30 minutes", Kind.NUMBER, {Kind.NUMBER: ["3–4 minutes"]})
    assert not wrong or "3–4 minutes" not in wrong
    assert _swap(s, "3:00–3:30 minutes", Kind.NUMBER, ["3–4 minutes"]) is None


def test_an_abbreviated_month_is_gapped_with_its_whole_date() -> None:
    for s, date in (
        ("Voyager 1 was launched on Sept. 5, 1977, from Cape Canaveral.", "Sept. 5, 1977"),
        ("The second probe was launched on Aug. 20, 1977, sixteen days earlier.", "Aug. 20, 1977"),
        ("The treaty was signed on Nov. 3 in the old town hall of Geneva.", "Nov. 3"),
    ):
        assert len(split_sentences(s + " It flew on.")) == 2
        found = all_spans(tag_sentence(s), EntityIndex([s]))
        texts = [span.text for span in found]
        assert date in texts, texts
        assert not {"Sept", "Aug", "Nov"} & set(texts), texts
