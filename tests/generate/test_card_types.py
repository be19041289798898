"""Which card a sentence becomes: choice only where its options are strong, true/false only
where the false twin is a fact a student can reason about, and a definition whenever a
sentence plainly says what a term is."""

from __future__ import annotations

from pathlib import Path

from quizapp.deck.model import ChoiceCard, QACard, TrueFalseCard
from quizapp.generate import decode_article, generate_deck, statements
from quizapp.generate.answers import Kind, Span
from quizapp.generate.questions import definition
from quizapp.generate.spans import tag_sentence


def _swap(sentence: str, text: str, kind: Kind, wrong: list[str], article=()) -> str | None:
    span = Span(text, sentence.index(text), kind)
    return statements.false_swap(span, wrong, sentence, frozenset(article))


def test_an_estimate_is_not_made_false_by_a_made_up_estimate() -> None:
    sentence = "In 1905 about 40 delegates from the northern towns met in a hall near the harbour."
    assert _swap(sentence, "40 delegates", Kind.NUMBER, ["20 delegates", "80 delegates"]) is None
    assert _swap(sentence, "40 delegates", Kind.NUMBER, ["20 delegates"], ["20 delegates"]) == (
        "20 delegates"
    )


def test_an_exact_figure_may_still_be_swapped() -> None:
    sentence = "The first bridge over the gorge had 40 arches of local sandstone."
    assert _swap(sentence, "40 arches", Kind.NUMBER, ["20 arches"]) == "20 arches"


def test_now_and_here_tie_a_statement_to_the_article() -> None:
    assert statements.unanchored("The probe is now 300 million km from the Sun.")
    assert statements.unanchored("Most of the trade here passed through two ports.")
    assert not statements.unanchored('The slogan "now or never" appeared on posters in 1917.')
    assert not statements.unanchored("The glacier retreated 2 km between 1900 and 1950.")


def test_a_statement_holding_the_headline_restates_it() -> None:
    topic = frozenset({"treaty", "norway", "sweden"})
    assert statements.restates_title(
        "In a historic step, Norway and Sweden signed a treaty ending their union.",
        frozenset(statements.stem(w) for w in topic),
    )
    assert not statements.restates_title("The treaty was signed in Karlstad.", topic)


ARTICLE = """Glassmaking in the Lagoon
The furnaces
The glassmakers of the lagoon moved their furnaces to the island in 1291, after fires in the city. \
By 1500 the island held some 3,000 workers. Cristallo is a clear, colourless glass that the \
island's makers perfected in the fifteenth century, using purified plant ash. \
The master Angelo Barovier was credited with the recipe.
The trade
Exports went mainly to the Ottoman Empire and to the courts of Northern Europe. \
The guild rate is the share of each sale that a workshop paid to its guild. \
The comet is now visible from the harbour every evening. \
A law of 1295 forbade masters to leave the republic, on pain of death.
"""


def _cards():
    return [c for s in generate_deck(ARTICLE).deck.sections for c in s.cards]


def test_no_choice_with_made_up_regions_or_terms() -> None:
    for card in _cards():
        if isinstance(card, ChoiceCard):
            assert card.answer not in ("Northern Europe", "Ottoman Empire", "Cristallo")


def test_no_true_false_or_choice_about_now() -> None:
    for card in _cards():
        shown = getattr(card, "statement", None) or getattr(card, "question", "")
        if not isinstance(card, QACard):
            assert "is now visible" not in (shown or "")


def test_a_two_word_term_with_a_noun_for_an_adjective_is_defined() -> None:
    t = tag_sentence(
        "The unemployment rate is the number of unemployed divided by the labour force."
    )
    question = definition(t, "Jobs")
    assert question is not None
    assert question.question == "What is the unemployment rate?"


def test_a_vague_subject_still_gets_no_definition() -> None:
    t = tag_sentence("The present situation is a problem for the whole of the country.")
    assert definition(t, "Politics") is None


def test_each_plain_definition_of_the_article_becomes_a_question() -> None:
    questions = {c.question for c in _cards() if isinstance(c, QACard)}
    assert {"What is cristallo?", "What is the guild rate?"} <= questions


def test_a_term_named_between_commas_after_its_class_is_defined() -> None:
    t = tag_sentence(
        "A related measure, the dependency ratio, is the number of people too young or too old "
        "to work for every hundred of working age."
    )
    question = definition(t, "Population")
    assert question is not None
    assert question.question == "What is the dependency ratio?"
    assert question.answer.startswith("The number of people too young")


def test_now_called_is_not_a_claim_about_the_reader_s_time() -> None:
    assert not statements.unanchored("His rule, now called the iron law, held for forty years.")


def test_a_true_statement_is_one_clause_not_the_sentence_copied() -> None:
    # Copied word for word a true statement "only checks recognition" (heldout6 railroad,
    # heldout5 Ibn Battuta): it states the first clause, or the sentence gets another type.
    article = Path(__file__).parent / "corpus" / "heldout6" / "01_transcontinental_railroad.txt"
    deck = generate_deck(decode_article(article.read_bytes())).deck
    by_source = {c.source: c for s in deck.sections for c in s.cards}
    surveys = next(c for src, c in by_source.items() if "Pacific Railroad Surveys" in (src or ""))
    assert isinstance(surveys, TrueFalseCard)
    assert surveys.answer is True
    assert surveys.statement == (
        "In the 1850s the War Department sponsored the Pacific Railroad Surveys to find "
        "practical routes."
    )
    record = next(c for src, c in by_source.items() if "10 miles and 56 feet" in (src or ""))
    assert not (isinstance(record, TrueFalseCard) and record.statement == record.source)


def test_a_list_is_not_cut_as_a_clause() -> None:
    sentence = (
        "Several of them met in the early 1860s in Paris: Claude Monet, Pierre-Auguste Renoir, "
        "Alfred Sisley, and Frederic Bazille."
    )
    span = Span("1860s", sentence.index("1860s"), Kind.YEAR)
    assert statements.true_clause(sentence, span) is None


def test_the_three_types_fallback_states_a_clause_too() -> None:
    # A deck short of a third type turns a cloze into a true statement: its first clause,
    # not the three-claim sentence copied whole.
    article = Path(__file__).parent / "corpus" / "tune" / "06_public_key_cryptography.md"
    deck = generate_deck(decode_article(article.read_bytes())).deck
    found = [
        c
        for s in deck.sections
        for c in s.cards
        if isinstance(c, TrueFalseCard) and "James Ellis" in (c.source or "")
    ]
    assert [c.statement for c in found] == [
        'James Ellis proposed the concept of "non-secret encryption" in 1970, Clifford Cocks '
        "devised an equivalent of RSA in 1973."
    ]
