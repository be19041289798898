"""Each kind of mistake a teacher can make is reported at its line and column, with the fix."""

from __future__ import annotations

import pytest

from quizapp.deck import DeckError, Severity, check_text, loads

HEADER = "version: 1\nid: d\ntitle: T\nsections:\n  - id: s\n    title: S\n    cards:\n"


def problems(text: str) -> list[str]:
    return [f"{p.line}:{p.column}: {p.message}" for p in check_text(text, "deck.yaml").errors]


def test_clean_deck_loads() -> None:
    sample_text = HEADER + "      - {id: a, type: qa, question: Q, answer: A}\n"
    deck = loads(sample_text)
    assert deck.sections[0].cards[0].answer == "A"


def test_yaml_syntax_error_has_position() -> None:
    [line] = problems("version: 1\nid: [unclosed\n")
    assert line.startswith("3:1: YAML syntax")


def test_unknown_key_suggests_the_right_one() -> None:
    text = HEADER + "      - id: a\n        type: qa\n        question: Q\n        anwser: A\n"
    found = problems(text)
    assert any(
        f.startswith("11:9: unknown key 'anwser' in this qa card (did you mean 'answer'?)")
        for f in found
    )
    assert any(f.startswith("8:9: this qa card is missing 'answer'") for f in found)


def test_unknown_top_level_key() -> None:
    found = problems("version: 1\nid: d\ntitel: T\nsections: []\n")
    assert any(
        f.startswith("3:1: unknown key 'titel' in the deck (did you mean 'title'?)") for f in found
    )


def test_wrong_type_for_field() -> None:
    text = HEADER + "      - {id: a, type: choice, question: Q, options: red, answer: red}\n"
    assert any(f.startswith("8:53: 'options' must be a list") for f in problems(text))


def test_answer_not_among_options() -> None:
    text = (
        HEADER + "      - {id: a, type: choice, question: Q, options: [Kim, Putin], answer: Putn}\n"
    )
    [line] = problems(text)
    assert line.startswith("8:75: answer 'Putn' is not among the options (did you mean 'Putin'?)")


def test_duplicate_card_ids() -> None:
    text = (
        HEADER
        + "      - {id: a, type: qa, question: Q, answer: A}\n"
        + "      - {id: a, type: qa, question: Q2, answer: B}\n"
    )
    [line] = problems(text)
    assert line.startswith("9:14: duplicate card id 'a' (first on line 8)")


def test_cloze_without_deletion() -> None:
    text = HEADER + "      - {id: a, type: cloze, text: no deletion here}\n"
    [line] = problems(text)
    assert line.startswith("8:36: cloze text has no deletion: mark the answer as {{c1::answer}}")


def test_unknown_type() -> None:
    text = HEADER + "      - {id: a, type: essay, question: Q, answer: A}\n"
    [line] = problems(text)
    assert line.startswith(
        "8:23: unknown card type 'essay'; use one of qa, cloze, choice, truefalse"
    )


def test_missing_required_deck_keys() -> None:
    found = problems("version: 1\ntitle: T\n")
    assert "1:1: the deck is missing 'id' (add `id: ...`)" in found
    assert "1:1: the deck is missing 'sections' (add `sections: ...`)" in found


def test_duplicate_mapping_key() -> None:
    found = problems("version: 1\nid: d\nid: e\ntitle: T\nsections: []\n")
    assert any(f.startswith("3:1: duplicate key 'id' in the deck (first on line 2)") for f in found)


def test_card_without_id_gets_a_derived_id_and_a_warning() -> None:
    result = check_text(HEADER + "      - {type: qa, question: Q, answer: A}\n", "deck.yaml")
    assert result.deck is not None
    card = result.deck.sections[0].cards[0]
    assert card.id.startswith("s-") and card.id_derived
    [warning] = result.warnings
    assert warning.severity is Severity.WARNING and warning.line == 8
    assert "editing its text will reset its progress" in warning.message
    # the same content gives the same id every time
    again = check_text(HEADER + "      - {type: qa, question: Q, answer: A}\n", "deck.yaml")
    assert again.deck is not None and again.deck.sections[0].cards[0].id == card.id


def test_all_problems_reported_at_once_and_deck_refused() -> None:
    text = (
        HEADER
        + "      - {id: a, type: cloze, text: nothing}\n"
        + "      - {id: b, type: truefalse, statement: S, answer: maybe}\n"
    )
    with pytest.raises(DeckError) as info:
        loads(text, "deck.yaml")
    assert len(info.value.problems) == 2
    assert str(info.value).startswith("deck.yaml:8:")


def test_scalars_keep_their_written_text() -> None:
    deck = loads(
        HEADER + "      - {id: a, type: qa, question: Year?, answer: 1945}\n"
        "      - {id: b, type: qa, question: Norway?, answer: no}\n"
    )
    answers = [c.answer for c in deck.sections[0].cards]
    assert answers == ["1945", "no"]


def test_bad_settings() -> None:
    text = "version: 1\nid: d\ntitle: T\nsettings: {desired_retention: 2}\nsections: []\n"
    assert any(
        "desired_retention must be between" in f and f.startswith("4:31") for f in problems(text)
    )


def test_empty_file() -> None:
    assert problems("") == ["1:1: the file is empty: a deck needs version, id, title and sections"]


def test_documented_example_is_valid() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "deck-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    deck = loads(example, "docs/deck-format.md")
    assert {card.type.value for _, card in deck.cards()} == {"qa", "cloze", "choice", "truefalse"}
