"""Which words a cloze or choice card hides: a whole idea, trimmed of its clue words, that the
rest of the card does not give away. Each rule is checked on invented sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.generate import gaps as gap_rules
from quizapp.generate.answers import EntityIndex, Kind, Span
from quizapp.generate.spans import all_spans, tag_sentence


def spans(sentence: str) -> dict[str, Kind]:
    return {s.text: s.kind for s in all_spans(tag_sentence(sentence), EntityIndex([sentence]))}


def fault(sentence: str, answer: str, kind: Kind = Kind.PHRASE, headline: str = "") -> str | None:
    """Why hiding ``answer`` in ``sentence`` makes a poor card (None: a fair gap)."""
    span = Span(answer, sentence.index(answer), kind)
    return gap_rules.fault(tag_sentence(sentence), span, headline)


# -- the span is a whole idea, no more and no less ---------------------------------------------


@given(year=st.integers(1500, 2029), noun=st.sampled_from(["novel", "report", "survey"]))
def test_a_year_that_dates_a_noun_is_hidden_alone(year: int, noun: str) -> None:
    found = spans(f"She described the journey in her {year} {noun} about the northern coast.")
    assert found.get(str(year)) == Kind.YEAR
    assert f"{year} {noun}" not in found


def test_a_clue_word_before_a_name_stays_in_the_stem() -> None:
    found = spans("The explorers named the frozen peninsula Arkhavia, after their ship.")
    assert "Arkhavia" in found
    assert not any(text.endswith("Arkhavia") and text != "Arkhavia" for text in found)


def test_a_gap_never_runs_into_a_participle() -> None:
    found = spans("The islands are fragments of basalt drifting over the hot mantle plume.")
    assert "basalt" in found
    assert "basalt drifting" not in found


def test_half_a_quantity_is_no_gap() -> None:
    found = spans("The old mill ground grain with millstones weighing several hundred kilograms.")
    assert not any("hundred" in text for text in found)
    assert "400 kilograms" in spans("The mill ground grain with a millstone of 400 kilograms.")


def test_a_rate_keeps_its_per_unit() -> None:
    found = spans("Ferries on the crossing sail at up to 45 kilometres per hour in calm weather.")
    assert "45 kilometres per hour" in found


# -- the rest of the card does not give the answer away ----------------------------------------


def test_a_month_or_figure_of_the_answer_printed_in_the_stem_gives_it_away() -> None:
    sentence = "The fleet reached the harbour in late June, and the blockade began on 9 June 1602."
    assert fault(sentence, "9 June 1602", Kind.DATE)
    sentence = (
        "If a fare rises by 8 percent and riders fall by 4 percent, the ratio is 4 divided by 8."
    )
    assert fault(sentence, "8 percent", Kind.NUMBER)
    # Another figure of another kind is no clue.
    sentence = "The blockade began on 9 June 1602 and ended with a treaty the next spring."
    assert fault(sentence, "9 June 1602", Kind.DATE) is None


def test_a_capitalised_word_of_the_answer_or_its_adjective_in_the_stem_gives_it_away() -> None:
    sentence = (
        "Divers mapped the Mid-Pacific Shelf, a ledge running the length of the Pacific Basin."
    )
    assert fault(sentence, "Pacific Basin", Kind.PLACE)
    sentence = "Painters who moved to Norway carried ideas that shaped the Norwegian school."
    assert fault(sentence, "Norway", Kind.COUNTRY)
    sentence = "Painters who moved to Norway carried ideas that shaped a new school of portraits."
    assert fault(sentence, "Norway", Kind.COUNTRY) is None


def test_the_deck_titles_date_is_no_gap() -> None:
    sentence = "Merchants who fled before and after 1588 took their trade to the northern ports."
    assert fault(sentence, "1588", Kind.YEAR, headline="The Armada of 1588")
    assert fault(sentence, "1588", Kind.YEAR, headline="The Spanish Armada") is None


def test_a_figure_the_stem_adds_up_to_is_given_away() -> None:
    sentence = "The muster found 3,000 archers and about 1,500 knights, for a total of 4,500 men."
    assert fault(sentence, "1,500 knights", Kind.NUMBER)
    sentence = "Of 40 treated patients, 30 were free of symptoms, or 75 percent, after a year."
    assert fault(sentence, "75 percent", Kind.NUMBER)
    sentence = "The muster found 3,000 archers and about 1,500 knights ready to march north."
    assert fault(sentence, "1,500 knights", Kind.NUMBER) is None


def test_a_count_the_sentence_goes_on_to_list_is_given_away() -> None:
    sentence = (
        "In 1851 four engineers, Anna Brook in Leeds, Tom Hale in York, Ida Marsh in Hull and "
        "Ben Cole in Derby, each built a working engine."
    )
    assert fault(sentence, "four engineers", Kind.NUMBER)
    sentence = "In 1851 four engineers in northern England each built a working steam engine."
    assert fault(sentence, "four engineers", Kind.NUMBER) is None


def test_a_contrast_gives_the_other_side_away() -> None:
    sentence = "Young trees tend to grow faster in the shade than mature trees on open ground."
    assert fault(sentence, "mature trees")


# -- the gap is the key term, not a setting, a side, an example or a pointer ---------------------


def test_step_numbers_and_stroke_counts_are_no_facts() -> None:
    assert fault("Turn the board over and repeat steps 2 to 4 more gently.", "2 to 4", Kind.NUMBER)
    assert fault("After 30 to 40 strokes, wipe the blade clean.", "30 to 40 strokes", Kind.NUMBER)
    assert (
        fault("Soak the board for 10 to 15 minutes first.", "10 to 15 minutes", Kind.NUMBER) is None
    )


def test_a_setting_or_a_side_is_not_the_key_term() -> None:
    sentence = "The chemist isolated the first alkaloids by distilling bark in a village pharmacy."
    assert fault(sentence, "village pharmacy")
    assert fault("The seaward side was guarded by a chain of watchtowers.", "seaward side")
    assert fault("The rock slowly turns into a softer crystalline form.", "softer crystalline form")
    # A location that is the point stays a fair gap.
    assert (
        fault("Photosynthesis happens in the thylakoid membranes.", "thylakoid membranes") is None
    )


def test_a_place_name_used_as_a_modifier_is_not_the_gap() -> None:
    sentence = "The Vienna physician Anton Brandt was known for his quick diagnoses."
    assert fault(sentence, "Vienna", Kind.CITY)
    # A name that makes the term is kept: "the Krebs cycle".
    assert fault("Energy is released in the Krebs cycle.", "Krebs", Kind.NAME) is None


def test_an_example_of_several_is_not_the_gap() -> None:
    sentence = "Scripts with thousands of signs, such as Korean, needed wider encodings."
    assert fault(sentence, "Korean", Kind.NAME)
    sentence = "A sunk cost cannot be recovered, such as a non-refundable train ticket."
    assert fault(sentence, "non-refundable train ticket")


def test_a_further_reading_pointer_is_no_card() -> None:
    sentence = (
        "For more detail on glazes, the pottery article on Wikipedia is a good starting point."
    )
    assert fault(sentence, "Wikipedia", Kind.NAME)


def test_a_figure_in_brackets_is_an_aside() -> None:
    sentence = "The pigment absorbs violet light (around 400 nanometres) far more than red light."
    assert fault(sentence, "400 nanometres", Kind.NUMBER)
    sentence = "The pigment absorbs violet light at around 400 nanometres far more than red light."
    assert fault(sentence, "400 nanometres", Kind.NUMBER) is None


def test_a_comparison_is_no_term() -> None:
    sentence = "The speech reflected greater suspicion about the treaty among the delegates."
    assert fault(sentence, "greater suspicion")
    assert fault("The speech reflected deep suspicion of the treaty.", "deep suspicion") is None


def test_the_class_word_before_a_named_term_is_not_the_gap() -> None:
    sentence = "A handy estimate called the rule of 72 tells how fast savings double."
    assert fault(sentence, "handy estimate")


def test_a_phrase_after_in_a_is_a_setting_only_at_the_end_of_a_clause() -> None:
    sentence = "Many corals take part in a mass spawning event that follows a full moon."
    assert fault(sentence, "mass spawning event") is None
    sentence = "The lake sits in a rift valley, a place where the crust is pulled apart."
    assert fault(sentence, "rift valley") is None


def test_an_era_marker_or_a_name_beside_its_acronym_is_no_gap() -> None:
    assert fault("Glass was first blown in the first century BC.", "BC", Kind.ORG)
    sentence = "The International Maritime Bureau (IMB) records attacks on ships."
    assert fault(sentence, "International Maritime Bureau", Kind.ORG)
    sentence = "The International Maritime Bureau records attacks on ships."
    assert fault(sentence, "International Maritime Bureau", Kind.ORG) is None


def test_a_weekday_or_the_source_of_a_report_is_no_gap() -> None:
    assert fault("The dam gave way on Sunday evening after days of rain.", "Sunday", Kind.NAME)
    sentence = "Kite Day, held on the first Sunday of May, fills the beach with kites."
    assert fault(sentence, "Sunday of May", Kind.NAME)
    sentence = "The crack is about 9 kilometres long, the engineer Maria Lund told reporters."
    assert fault(sentence, "Maria Lund", Kind.PERSON)
    sentence = "The crack is about 9 kilometres long, said Maria Lund."
    assert fault(sentence, "Maria Lund", Kind.PERSON)
    sentence = "In 1911 Maria Lund mapped the crack across the glacier."
    assert fault(sentence, "Maria Lund", Kind.PERSON) is None


def test_the_date_or_place_of_a_news_dateline_is_no_gap() -> None:
    sentence = (
        "TROMSO, Norway, 4 May 2019 - Whalers agreed on Friday to a new quota for the season."
    )
    assert fault(sentence, "4 May 2019", Kind.DATE)
    assert fault(sentence, "Norway", Kind.COUNTRY)
    assert fault(sentence, "new quota") is None


def test_an_actor_before_position_or_response_is_no_gap_but_a_named_cycle_is() -> None:
    assert fault("The NATO response was slower than expected.", "NATO", Kind.ORG)
    assert fault("In heavier stars the CNO cycle dominates.", "CNO", Kind.ORG) is None


def test_a_thing_explained_by_an_apposition_is_not_taken_for_a_person() -> None:
    context = (
        "In 1912 Alfred Wegener, a German meteorologist, proposed continental drift.",
        "The army used Enigma, an electromechanical rotor machine, for its messages.",
    )
    index = EntityIndex(list(context))
    assert index.kind("Alfred Wegener") == Kind.PERSON
    assert index.kind("Enigma") != Kind.PERSON
    assert index.defined("Enigma")


def test_a_gap_never_stops_at_a_slash() -> None:
    found = spans("A typical cell survives about 3,000 program/erase cycles before it fails.")
    assert "3,000 program" not in found


def test_a_spelled_figure_gives_away_its_digits_and_back() -> None:
    sentence = "Ships waited at anchor for 30 days; the word comes from trenta, meaning thirty."
    assert fault(sentence, "30 days", Kind.NUMBER)
    sentence = "The council had twelve members, and 12 seats were added in 1870."
    assert fault(sentence, "twelve members", Kind.NUMBER)


def test_a_species_keeps_both_words_of_its_name() -> None:
    found = spans("The disease is caused by the bacterium Vibrio cholerae, found in dirty water.")
    assert "Vibrio cholerae" in found
