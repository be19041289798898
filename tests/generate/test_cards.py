"""Every card is grounded in its section, well formed, and asks something no other card asks."""

from __future__ import annotations

import re

from quizapp.deck import ChoiceCard, ClozeCard, QACard, TrueFalseCard, check_text, dumps
from quizapp.deck.cloze import answers, deletions, plain
from quizapp.generate import GenerationResult
from quizapp.generate.answers import NUMBER_RE, EntityIndex
from quizapp.generate.deck import THREE_TYPES_MIN_CARDS, THREE_TYPES_MIN_WORDS
from quizapp.generate.gazetteer import spellings
from quizapp.generate.lexicon import STOP_WORDS
from tests.generate.conftest import ALL_ARTICLES, SOURCE_ARTICLES, generated
from tests.generate.corpus_eval import SPLITS, shown_as
from tests.generate.corpus_eval import articles as split_articles


def _section_sentences(result: GenerationResult) -> dict[str, list[str]]:
    return {s.id: [x for p in s.paragraphs for x in p] for s in result.sections}


TUNE_ARTICLES = [p for split in SPLITS for p in split_articles(split)]


def answer_is_grounded(card: QACard, result: GenerationResult, section_id: str) -> bool:
    """A qa answer is a piece of its source sentence, or the items of a table or list."""
    clean = section_of(result, section_id)
    answer = card.answer.removeprefix("Because ").rstrip(".")
    source = card.source or ""
    if answer[:1].lower() + answer[1:] in source or answer in source:
        return True
    cells = [cell for block in clean.structures for row in block.rows for cell in row]
    pieces = [p.split(". ", 1)[-1] for p in answer.split("; ")]
    return all(any(p in cell for cell in cells) for p in pieces)


def section_of(result: GenerationResult, section_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in result.sections if s.id == section_id)


def test_deck_passes_check(result: GenerationResult) -> None:
    assert check_text(dumps(result.deck)).errors == []


def test_every_answer_is_grounded_in_its_section(result: GenerationResult) -> None:
    sentences = _section_sentences(result)
    for section in result.deck.sections:
        own = sentences[section.id]
        for card in section.cards:
            structured = any(
                card.source == b.intro or card.source == " | ".join(r)
                for b in section_of(result, section.id).structures
                for r in b.rows
            )
            assert card.source in own or structured, card.id
            if isinstance(card, ClozeCard):
                assert shown_as(plain(card.text), card.source)
            elif isinstance(card, ChoiceCard) and not structured:
                assert shown_as(card.question.replace("_____", card.answer[0]), card.source)
            elif isinstance(card, TrueFalseCard):
                assert shown_as(card.statement, card.source) if card.answer else card.correction
            elif isinstance(card, QACard):
                assert answer_is_grounded(card, result, section.id), card


def test_cloze_has_one_short_answer(result: GenerationResult) -> None:
    for _, card in result.deck.cards():
        if isinstance(card, ClozeCard):
            assert len(deletions(card.text)) == 1
            answer = answers(card.text, 1)[0]
            assert 1 <= len(answer.split()) <= 5
            assert answer.lower() not in STOP_WORDS
            assert answer.strip() != card.source.strip()


def test_choice_options_distinct_and_of_one_kind(result: GenerationResult) -> None:
    index = EntityIndex(re.split(r"(?<=[.!?])\s+", result.cleaned_text))
    for _, card in result.deck.cards():
        if not isinstance(card, ChoiceCard):
            continue
        assert len(card.options) == 4
        assert len({o.lower() for o in card.options}) == 4
        assert card.answer[0] in card.options
        for option in card.options:
            if option != card.answer[0]:
                for spelling in spellings(option):  # "United States" when it asks about "U.S."
                    assert not re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", card.question)
        answer = card.answer[0]
        if NUMBER_RE.fullmatch(answer):
            shapes = {re.sub(r"\d", "9", re.sub(r"[\d,.]+", "N", o)) for o in card.options}
            assert len(shapes) == 1, card.options
        else:
            kinds = {index.kind(o) for o in card.options if o in index.mentions}
            assert len(kinds) <= 1, (card.options, kinds)


def test_truefalse_false_ones_swap_one_answer() -> None:
    flags = []
    for path in ALL_ARTICLES + TUNE_ARTICLES:
        for _, card in generated(path).deck.cards():
            if isinstance(card, TrueFalseCard):
                flags.append(card.answer)
                if card.answer:
                    assert card.correction is None
                else:
                    assert card.correction
                    assert shown_as(card.correction.split(": ", 1)[1], card.source)
                    assert card.statement != card.source
    assert flags and 0.25 <= sum(flags) / len(flags) <= 0.75


def test_no_two_cards_ask_the_same_thing(result: GenerationResult) -> None:
    cards = [card for _, card in result.deck.cards()]
    ids = [c.id for c in cards]
    assert len(ids) == len(set(ids))
    asked = [c.source for c in cards if not isinstance(c, QACard)]
    assert len(asked) == len(set(asked))


def test_mixed_types_and_a_fair_count_per_section() -> None:
    for path in ALL_ARTICLES:
        result = generated(path)
        deck = result.deck
        types = {card.type.value for _, card in deck.cards()}
        words = len(result.cleaned_text.split())
        count = sum(1 for _ in deck.cards())
        if words >= THREE_TYPES_MIN_WORDS and count >= THREE_TYPES_MIN_CARDS:
            # Opinion pieces with few names, numbers or definitions may offer only two kinds.
            assert len(types) >= (3 if path in SOURCE_ARTICLES else 1), (path.name, types)
        for section in deck.sections:
            assert 1 <= len(section.cards) <= 8
        # Precision first, yet a reported section of five sentences or more gives a card.
        for section in result.sections:
            if section.is_intro or sum(len(p) for p in section.paragraphs) < 5:
                continue
            if path not in SOURCE_ARTICLES:
                continue
            built = next((s for s in deck.sections if s.id == section.id), None)
            assert built is not None and len(built.cards) >= 1, (path.name, section.id)
