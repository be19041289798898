"""Noun-phrase answers neither start with a verb nor run into one, and stay whole."""

from __future__ import annotations

from quizapp.generate.spans import noun_phrases, tag_sentence


def phrases(sentence: str) -> list[str]:
    return [span.text for span in noun_phrases(tag_sentence(sentence))]


def test_a_leading_verb_is_not_part_of_the_answer() -> None:
    found = phrases("Congress wants the money to repair aging infrastructure across the state.")
    assert not any(p.startswith(("repair", "wants")) for p in found)


def test_a_phrase_stops_before_a_verb() -> None:
    found = phrases("Economists warn that the regrowth continues apace in the fragile islands.")
    assert not any("continues" in p for p in found)
    found = phrases("The style of an eruption depends largely on the amount of gas in the magma.")
    assert not any("depends" in p for p in found)


def test_noun_phrases_are_kept_whole() -> None:
    assert "subterranean infrastructure" in phrases(
        "Manhattan sits on a tangle of subterranean infrastructure, from pipes to cables."
    )
    assert "insecticide-treated bed net" in phrases(
        "The most widely used tool is the insecticide-treated bed net, which protects people."
    )
