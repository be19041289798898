"""Key-phrase answers are noun phrases: they neither start with a verb nor run into one."""

from __future__ import annotations

from quizapp.generate.answers import key_phrases


def phrases(sentence: str) -> list[str]:
    return [text for text, _ in key_phrases(sentence)]


def test_a_leading_verb_is_not_part_of_the_answer() -> None:
    found = phrases("Congress wants the money to repair aging infrastructure across the state.")
    assert "aging infrastructure" in found
    assert not any(p.startswith("repair") for p in found)


def test_a_phrase_stops_before_a_verb() -> None:
    found = phrases("Economists warn that the regrowth continues apace in the fragile islands.")
    assert not any("continues" in p for p in found)


def test_noun_phrases_are_kept_whole() -> None:
    assert "subterranean infrastructure" in phrases(
        "Manhattan sits on a tangle of subterranean infrastructure, from pipes to cables."
    )
