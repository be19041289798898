"""A card as editor fields and back, checked by the deck validator."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.deck.card_fields import CardFieldError, card_with, fields_of
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, TrueFalseCard

QA = QACard(id="q1", question="Capital of France?", answer="Paris", accept=("paris",),
            explanation="Since 987.", tags=("geo",))  # fmt: skip
CHOICE = ChoiceCard(id="c1", question="Who?", options=("Ann", "Bob", "Cy"), answer=("Bob",))


def test_unchanged_fields_give_the_same_card() -> None:
    for card in (QA, CHOICE, ClozeCard(id="z", text="A {{c1::b}} c"),
                 TrueFalseCard(id="t", statement="S", answer=False, correction="C")):  # fmt: skip
        assert card_with(card, fields_of(card)) == card


def test_a_field_shown_with_control_pictures_keeps_its_text_when_left_alone() -> None:
    card = replace(QA, question="Bell \x07 and escape \x1b[2J")
    values = fields_of(card)
    assert values["question"] == "Bell ␇ and escape ␛[2J"
    values["answer"] = "Lyon"
    edited = card_with(card, values)
    assert edited.question == card.question and edited.answer == "Lyon"  # type: ignore[union-attr]


def test_choice_options_and_answers_are_lines() -> None:
    values = fields_of(CHOICE)
    assert values["options"] == "Ann\nBob\nCy"
    values["options"] = "Ann\n  Bob \n\nDee\n"
    values["answer"] = "Bob\nDee"
    edited = card_with(CHOICE, values)
    assert isinstance(edited, ChoiceCard)
    assert edited.options == ("Ann", "Bob", "Dee") and edited.answer == ("Bob", "Dee")


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("answer", "Bobby", "not among the options"),
        ("options", "Bob", "at least two options"),
        ("options", "Ann\nBob\nAnn", "distinct"),
        ("question", "   ", "question"),
    ],
)
def test_the_validator_names_what_is_wrong(field: str, value: str, says: str) -> None:
    values = fields_of(CHOICE)
    values[field] = value
    with pytest.raises(CardFieldError, match=says):
        card_with(CHOICE, values)


def test_a_cloze_needs_a_gap() -> None:
    card = ClozeCard(id="z", text="A {{c1::b}} c")
    with pytest.raises(CardFieldError, match="no deletion"):
        card_with(card, {"text": "A b c", "tags": ""})


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda t: t.strip() != ""
)


@given(question=TEXT, answer=TEXT, tags=st.lists(st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True),
                                                  max_size=4))  # fmt: skip
def test_edited_text_is_kept_as_typed(question: str, answer: str, tags: list[str]) -> None:
    edited = card_with(QA, {"question": question, "answer": answer, "tags": " ".join(tags)})
    assert isinstance(edited, QACard)
    assert edited.question == (question if question != fields_of(QA)["question"] else QA.question)
    assert edited.answer == answer
    assert edited.tags == tuple(tags)
    assert (edited.id, edited.accept, edited.explanation) == (QA.id, QA.accept, QA.explanation)


ANY = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
    lambda t: t.strip() != ""
)


@given(question=ANY, answer=ANY, option=ANY)
def test_fields_never_carry_control_characters_and_unchanged_fields_keep_the_text(
    question: str, answer: str, option: str
) -> None:
    from quizapp.terminal_text import has_control

    for card in (
        replace(QA, question=question, answer=answer),
        ChoiceCard(id="c", question=question, options=(option, option + "!"), answer=(option,)),
    ):
        values = fields_of(card)
        # What the editor shows cannot drive the terminal (ESC, BEL, bidi controls as pictures).
        assert not any(has_control(str(v)) for v in values.values())
        assert card_with(card, values) == card
