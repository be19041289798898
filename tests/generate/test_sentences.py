"""Sentence splitting keeps abbreviations with their sentence, so cards quote whole sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.generate.sentences import split_sentences


def test_clock_time_with_a_time_zone_stays_in_its_sentence() -> None:
    text = (
        "Reports began shortly before 10 a.m. Eastern Time, according to media reports. "
        "It ended at 3 p.m. The next day was calm. It began again at 9 a.m. ET on Monday."
    )
    assert split_sentences(text) == [
        "Reports began shortly before 10 a.m. Eastern Time, according to media reports.",
        "It ended at 3 p.m.",
        "The next day was calm.",
        "It began again at 9 a.m. ET on Monday.",
    ]


def test_initials_stay_with_the_name() -> None:
    assert split_sentences("The U.S. President spoke. Then he left.") == [
        "The U.S. President spoke.",
        "Then he left.",
    ]


SENTENCE_BITS = st.lists(
    st.sampled_from(
        [
            "The",
            "U.S.",
            "Dr.",
            "a.m.",
            "3.5",
            "e.g.",
            "“Go.”",
            "Yes!",
            "Why?",
            "Ève",
            "x",
            "",
            ".",
            "...",
            "(1914).",
            "J.",
            "R.",
            "Tolkien",
            "said",
            "in",
            "1,200",
            "m.",
            "\u00a0",
        ]
    ),
    max_size=60,
).map(" ".join)


@given(st.one_of(SENTENCE_BITS, st.text(max_size=300)))
def test_splitting_loses_and_reorders_nothing(text: str) -> None:
    sentences = split_sentences(text)
    assert "".join("".join(sentences).split()) == "".join(text.split())
    assert all(s == s.strip() and s for s in sentences)


def test_non_ascii_capitals_start_a_sentence() -> None:
    assert split_sentences("They won in 1935. Ève Curie wrote a book.") == [
        "They won in 1935.",
        "Ève Curie wrote a book.",
    ]
