"""Rewriting one card of a deck file: the card changes, everything else stays byte for byte."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.deck.load import check_text
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.deck.rewrite import RewriteError, replace_card

EUROPE = (Path(__file__).parents[1] / "tui" / "data" / "europe.yaml").read_text(encoding="utf-8")
FLOW = """\
# A hand-written deck: this comment stays.
version: 1
id: demo
title: Demo deck
sections:
  - id: capitals   # the section's comment stays too
    title: Capitals
    cards:
      - {id: paris, type: qa, question: Capital of France?, answer: Paris, accept: [paris]}
      # between the cards
      - {id: leader, type: choice, question: Who leads North Korea?,
         options: [Kim Jong Un, Putin, Xi, Biden], answer: Kim Jong Un}
      - type: qa
        question: Without an id?
        answer: It gets one.   # the end of the section
  - title: Colours
    cards:
      - {id: sky, type: truefalse, statement: The sky is green., answer: false}
"""


def card(text: str, card_id: str):  # type: ignore[no-untyped-def]
    deck = check_text(text).deck
    assert deck is not None
    return deck, next(c for _, c in deck.cards() if c.id == card_id)


def test_only_the_card_changes_in_a_block_deck() -> None:
    deck, old = card(EUROPE, "rome-founder")
    new = replace(old, question="Who founded Rome, in the legend?", tags=("legend",))
    out = replace_card(EUROPE, deck, new)
    before, after = EUROPE.split("- id: rome-founder")[0], out.split("- id: rome-founder")[0]
    assert before == after  # every line above the card, untouched
    assert "question: Who founded Rome, in the legend?" in out
    back = check_text(out).deck
    assert back is not None
    assert next(c for _, c in back.cards() if c.id == "rome-founder") == new


def test_flow_cards_stay_flow_and_comments_stay() -> None:
    deck, old = card(FLOW, "paris")
    out = replace_card(FLOW, deck, replace(old, answer="Paris, France"))
    assert out.count("#") == FLOW.count("#")
    line = next(x for x in out.split("\n") if "id: paris" in x)
    assert line.startswith("      - {id: paris, type: qa,") and line.endswith("}")
    assert "answer: 'Paris, France'" in line
    # Every line but the card's is the file's own.
    assert [x for x in out.split("\n") if x != line] == [
        x for x in FLOW.split("\n") if "id: paris" not in x
    ]


def test_a_multi_line_flow_card_and_a_card_without_id() -> None:
    deck, leader = card(FLOW, "leader")
    out = replace_card(FLOW, deck, replace(leader, options=("Kim Jong Un", "Putin", "Moon")))
    assert "# between the cards" in out and "# the end of the section" in out
    deck2 = check_text(out).deck
    assert deck2 is not None
    derived = next(c for _, c in deck2.cards() if c.id_derived)
    out2 = replace_card(out, deck2, replace(derived, answer="It keeps it."))
    # The edited card's id is written down, so its progress survives the next edit.
    assert f"id: {derived.id}" in out2
    back = check_text(out2).deck
    assert back is not None
    again = next(c for _, c in back.cards() if c.id == derived.id)
    assert again.answer == "It keeps it." and not again.id_derived  # type: ignore[union-attr]


def test_an_unknown_card_is_refused() -> None:
    deck, old = card(EUROPE, "rome-founder")
    with pytest.raises(RewriteError):
        replace_card(EUROPE, deck, replace(old, id="nope"))


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), min_size=1,
    max_size=60,
).filter(lambda t: t.strip() == t and t != "")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(question=TEXT, answer=TEXT, tags=st.lists(TEXT.filter(lambda t: " " not in t), max_size=3),
       flow=st.booleans())  # fmt: skip
def test_any_text_round_trips_through_the_file(
    question: str, answer: str, tags: list[str], flow: bool
) -> None:
    source = FLOW if flow else EUROPE
    card_id = "paris" if flow else "france-capital"
    deck, old = card(source, card_id)
    assert isinstance(old, QACard)
    new = replace(old, question=question, answer=answer, tags=tuple(tags))
    out = replace_card(source, deck, new)  # raises if the file would read back otherwise
    back = check_text(out).deck
    assert back is not None
    assert next(c for _, c in back.cards() if c.id == card_id) == new


@settings(max_examples=60)
@given(gap=TEXT.filter(lambda t: ":" not in t and "}" not in t and "{" not in t),
       statement=TEXT, truth=st.booleans())  # fmt: skip
def test_cloze_and_true_false_round_trip(gap: str, statement: str, truth: bool) -> None:
    deck, cloze = card(EUROPE, "versailles")
    assert isinstance(cloze, ClozeCard)
    new = replace(cloze, text=f"The treaty of {{{{c1::{gap}}}}} was signed.")
    out = replace_card(EUROPE, deck, new)
    deck2, tf = card(out, "spain-capital")
    assert isinstance(tf, TrueFalseCard)
    out2 = replace_card(out, deck2, replace(tf, statement=statement, answer=truth))
    back = check_text(out2).deck
    assert back is not None
    cards = {c.id: c for _, c in back.cards()}
    assert cards["versailles"] == new
    assert cards["spain-capital"].statement == statement  # type: ignore[union-attr]
    assert isinstance(cards["belgium-capital"], ChoiceCard)
