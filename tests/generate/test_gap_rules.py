"""What a gap may be, and which sentences stand alone: rules drawn from teachers' readings of
generated decks, checked on small invented sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.deck import ClozeCard
from quizapp.deck.cloze import answers
from quizapp.generate import generate_deck
from quizapp.generate.answers import EntityIndex, Kind
from quizapp.generate.spans import all_spans, tag_sentence
from quizapp.generate.standalone import earlier_stems, problem


def spans(sentence: str, context: tuple[str, ...] = ()) -> dict[str, Kind]:
    index = EntityIndex([*context, sentence])
    return {s.text: s.kind for s in all_spans(tag_sentence(sentence), index)}


def gaps(text: str) -> list[str]:
    deck = generate_deck(text).deck
    return [answers(c.text, 1)[0] for _, c in deck.cards() if isinstance(c, ClozeCard)]


def shown(text: str) -> list[str]:
    deck = generate_deck(text).deck
    return [c.source or "" for _, c in deck.cards()]


@given(
    first=st.integers(1100, 2000),
    length=st.integers(1, 25),
    joiner=st.sampled_from(["to", "-", "–"]),
)
def test_a_period_of_years_is_one_answer_never_half(first: int, length: int, joiner: str) -> None:
    last = first + length
    sep = f" {joiner} "
    found = spans(f"The years from {first}{sep}{last} were the period in which the system worked.")
    assert f"{first}{sep}{last}" in found
    assert str(first) not in found and str(last) not in found


@given(year=st.integers(1000, 2029), noun=st.sampled_from(["representatives", "dredgers", "men"]))
def test_a_year_after_in_is_a_year_not_a_head_count(year: int, noun: str) -> None:
    found = spans(f"In {year} {noun} from many towns met in the old harbour for a long meeting.")
    assert found.get(str(year)) == Kind.YEAR
    assert not any(text.endswith(noun) for text in found)


def test_a_plural_unit_after_a_number_stays_with_it() -> None:
    found = spans("The original standard limited messages to 512 bytes; larger ones were cut.")
    assert "512 bytes" in found


def test_an_acronym_glued_to_a_number_or_bracket_is_no_answer() -> None:
    found = spans("Resolvers cache negative answers, as standardised in RFC 2308 in 1998.")
    assert "RFC" not in found
    found = spans("An extension called EDNS(0), first specified in 1999, allows larger packets.")
    assert "EDNS" not in found


ARTICLE_ON_HARDY = """Godfrey Harold Hardy

Early years
Godfrey Harold Hardy was born in Cranleigh in 1877. Hardy read mathematics at Trinity College.
Hardy taught at Cambridge for decades. Hardy wrote about number theory all his life. Hardy met
Littlewood in 1910. Hardy and Littlewood wrote about a hundred papers together. Hardy was a keen
cricket fan. Hardy disliked having his photograph taken by anyone at all. Hardy was a fellow of
the Royal Society, elected in the spring of 1910 after his work on series.
Hardy was a professor at Oxford from 1919, holding the Savilian chair of geometry for twelve years.
"""


def test_the_articles_recurring_name_is_never_the_gap() -> None:
    assert "Hardy" not in gaps(ARTICLE_ON_HARDY)


def test_a_word_of_the_stem_that_spells_out_the_answer_rules_it_out() -> None:
    text = (
        "Blood disorders\n"
        "People with one altered copy have sickle cell trait, which gives some protection against "
        "malaria, which is why the gene is common in families from malarial regions of Africa.\n"
        "The initials CRISPR stand for clustered regularly interspaced short palindromic repeats, "
        "sequences that bacteria use to recognise the viruses that attack them in the wild.\n"
        "British regulators approved the first gene therapy for sickle cell disease in 2023.\n"
    )
    found = " ".join(gaps(text))
    assert "malarial regions" not in found and "CRISPR" not in found


def test_one_item_of_a_list_is_not_a_gap() -> None:
    text = (
        "Costs\nThe companies argue that a single treatment could cost less than years of hospital "
        "admissions, blood transfusions and lost earnings for the families of patients. "
        "The list price of the treatment is about $2.2 million for each patient treated.\n"
    )
    assert not {"hospital admissions", "blood transfusions"} & set(gaps(text))


def tagged_problem(sentence: str, before: str = "") -> str | None:
    return problem(tag_sentence(sentence), earlier=earlier_stems(before))


def test_a_definite_subject_introduced_earlier_points_back() -> None:
    before = "Administrators shared a single file listing every host on the network."
    assert tagged_problem("The file was maintained by a small office in California.", before)
    assert tagged_problem("The letter ran to about ten pages and held many theorems.", "He wrote.")
    # A subject that names its thing stands alone.
    assert tagged_problem("The recursive resolver asks one of the root servers.", before) is None
    assert tagged_problem("The rate of inflation reached 9 percent in the spring.", before) is None


def test_an_elided_superlative_or_a_continuation_points_back() -> None:
    assert tagged_problem("The largest, Olkhon, is about 72 kilometres long and lies close.")
    assert tagged_problem("The most notorious were the Victual Brothers, who turned to piracy.")
    assert tagged_problem("The number 4, for instance, has five partitions in all of them.")
    assert tagged_problem("Wine is therefore relatively cheap to make in the warm south.")
    assert tagged_problem("White's plan was more modest: a fund built from contributions.")
    assert tagged_problem("The system that answers is a distributed database of names.")


def test_a_minor_persons_surname_is_shown_with_the_full_name() -> None:
    text = (
        "School\nAt school Alan Turing became close friends with Christopher Morcom, an older boy "
        "who shared his passion for science and mathematics.\n"
        "Morcom died suddenly of bovine tuberculosis in February 1930, at the age of eighteen.\n"
    )
    deck = generate_deck(text).deck
    cards = [c for _, c in deck.cards() if (c.source or "").startswith("Morcom died")]
    assert cards, "the sentence gives a card"
    for card in cards:
        fields = " ".join(
            str(getattr(card, name, "")) for name in ("text", "question", "statement", "answer")
        )
        assert "Christopher Morcom" in fields


def asked_for(text: str) -> list[str]:
    """What each card of the deck asks for."""
    out = []
    for _, card in generate_deck(text).deck.cards():
        if isinstance(card, ClozeCard):
            out.append(answers(card.text, 1)[0])
        elif card.type.value == "choice":
            out.extend(card.answer)  # type: ignore[attr-defined]
        elif card.type.value == "qa":
            out.append(card.answer)  # type: ignore[attr-defined]
        else:
            out.append(card.correction or card.statement)  # type: ignore[attr-defined]
    return out


def test_half_a_name_or_a_common_word_name_is_no_gap() -> None:
    text = (
        "Codebreaking\nDuring the war Alan Turing led Hut 8, the section responsible for German "
        "naval Enigma, which was harder to break than the army and air force versions.\n"
        "RuBisCO, the enzyme that fixes carbon dioxide, is probably the most abundant protein on "
        "Earth, making up much of the protein in green leaves.\n"
        "Alan Turing was elected a Fellow of the Royal Society in March 1951, at the age of 38.\n"
    )
    found = asked_for(text)
    assert found
    assert "Hut" not in found and "Earth" not in found


def test_the_complement_of_the_sentence_is_preferred_to_its_setting() -> None:
    text = (
        "The quiet ending\nAfter the outer layers drift away, the exposed core of a sun-like "
        "star is a white dwarf, which slowly cools over billions of years in the galaxy.\n"
    )
    assert any("white dwarf" in answer for answer in asked_for(text))


def test_two_figures_sharing_a_unit_are_still_answers() -> None:
    text = (
        "Gold\nAmerican gold holdings, which had exceeded 20,000 tonnes at the end of the "
        "1940s, had fallen to roughly 9,000 tonnes by 1971, and a run on the dollar began.\n"
    )
    assert any("tonnes" in answer for answer in asked_for(text))


def test_an_apposition_is_not_a_list_and_a_coordinated_adjective_is_not_cut() -> None:
    text = (
        "Nurseries\nStars are born inside giant molecular clouds, vast and dark regions of gas "
        "and dust that can stretch for hundreds of light-years across the galaxy.\n"
        "Money\nThe system gave the post-war economy fixed but adjustable exchange rates and a "
        "central role for the currency of the largest creditor.\n"
    )
    found = asked_for(text)
    assert "giant molecular clouds" in found
    assert "adjustable exchange rates" not in found


def test_him_points_to_someone_before_the_sentence() -> None:
    assert tagged_problem("The chairman, Sir Francis Spring, encouraged him to pursue research.")


def test_an_answer_never_opens_with_a_function_word_nor_repeats_the_stem() -> None:
    text = (
        "The cycle\nMost of the G3P is rearranged, using more ATP, to rebuild RuBP so that the "
        "cycle of reactions can continue in the stroma.\n"
        "Light intensity: the rate rises with brighter light until the photosystems of the "
        "leaf are saturated.\n"
    )
    found = asked_for(text)
    assert not any(answer.startswith(("of ", "the ")) for answer in found)
    assert "brighter light" not in found


def test_the_seals_food_points_back_to_the_seal() -> None:
    assert tagged_problem(
        "The seal's main food is the golomyanka, a strange translucent fish.",
        "The nerpa is one of the few seals that live only in fresh water.",
    )


def test_a_middle_item_is_a_list_item_but_an_item_and_a_clause_are_not() -> None:
    text = (
        "Reactions\nTensions are likely to rise, possibly resulting in expanded sanctions, "
        "military drills, or new defense agreements among the allies of the region.\n"
        "The light-dependent reactions happen in the thylakoid membranes, and the Calvin cycle "
        "happens in the stroma of the chloroplast.\n"
        "The rate is set by whichever factor is in shortest supply, an idea known as the "
        "principle of limiting factors.\n"
    )
    found = asked_for(text)
    assert "military drills" not in found and "whichever factor" not in found
    assert "thylakoid membranes" in found


def test_a_replacement_for_something_unnamed_points_back() -> None:
    assert tagged_problem(
        "In 1983 the computer scientist Paul Mockapetris, then at a university, designed a "
        "replacement."
    )
    assert (
        tagged_problem("In 1983 the computer scientist Paul Mockapetris designed the DNS system.")
        is None
    )
