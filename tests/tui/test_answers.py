"""Typed-answer grading: tolerant of case, accents and typos; numbers must match exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.scheduling import Rating
from quizapp.tui.answers import allowed_typos, grade_typed, normalize


def test_exact_answer_is_right_and_suggests_good() -> None:
    verdict = grade_typed("Paris", ["Paris"])
    assert verdict.correct and verdict.exact and verdict.suggested is Rating.Good


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("paris", "Paris"),
        ("  PARIS ", "Paris"),
        ("Sao Paulo", "São Paulo"),
        ("the Treaty of Versailles", "Treaty of Versailles"),
        ("Versailes", "Versailles"),
        ("Brussels.", "Brussels"),
    ],
)
def test_case_accents_punctuation_and_small_typos_are_accepted(typed: str, answer: str) -> None:
    assert grade_typed(typed, [answer]).correct


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("1946", "1945"), ("1954", "1945"), ("3.6", "3.5"), ("in 1812", "in 1821"), ("12", "12.5")],
)
def test_a_wrong_number_is_refused_even_one_digit_off(typed: str, answer: str) -> None:
    verdict = grade_typed(typed, [answer])
    assert not verdict.correct and verdict.suggested is Rating.Again


def test_short_answers_allow_no_typo_and_long_ones_a_few() -> None:
    assert not grade_typed("cot", ["cat"]).correct
    assert allowed_typos("cat") == 0
    assert allowed_typos("Versailles") == 2
    assert not grade_typed("Marseille", ["Versailles"]).correct


def test_any_accepted_answer_counts_and_the_closest_is_reported() -> None:
    verdict = grade_typed("USA", ["United States", "USA"])
    assert verdict.correct and verdict.exact and verdict.expected == "USA"
    typo = grade_typed("Untied States", ["United States", "USA"])
    assert typo.correct and not typo.exact and typo.expected == "United States"


def test_empty_answer_is_wrong() -> None:
    assert not grade_typed("", ["Paris"]).correct


@given(st.text(min_size=1, max_size=30))
def test_any_text_matches_itself_after_normalizing(text: str) -> None:
    verdict = grade_typed(text, [text])
    assert verdict.correct
    assert normalize(normalize(text)) == normalize(text)
