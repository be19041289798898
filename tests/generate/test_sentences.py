"""Sentence splitting keeps abbreviations with their sentence, so cards quote whole sentences."""

from __future__ import annotations

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
