"""Carrying card ids over a regenerated deck: the same or an edited sentence keeps its card's id
(and progress), a vanished one is reported, and ids stay unique whatever came before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.curation.decisions import Decision, Decisions, Verdict
from quizapp.curation.source_diff import carry_ids, describe
from quizapp.deck.model import ClozeCard, Deck, Section
from tests.deck.strategies import decks

SENTENCES = [
    "Lake Geneva lies at 372 metres above sea level on the north side of the Alps.",
    "Fishermen on Lake Constance catch about 800 tonnes of fish each year.",
    "The zebra mussel arrived in Lake Constance in 1965 and spread quickly.",
]


def deck_of(sentences: list[str], ids: list[str]) -> Deck:
    cards = tuple(
        ClozeCard(id=i, text=s.replace("Lake", "{{c1::Lake}}", 1), source=s)
        for i, s in zip(ids, sentences, strict=True)
    )
    return Deck(id="d", title="D", sections=(Section(id="s", title="S", cards=cards),))


def test_unchanged_sentences_keep_everything() -> None:
    new = deck_of(SENTENCES, ["a", "b", "c"])
    carried = carry_ids([("a", SENTENCES[0]), ("b", SENTENCES[1])], new, SENTENCES)
    assert carried.deck == new and not carried.renamed and not carried.changes


def test_an_edited_sentence_keeps_its_id_and_a_removed_one_is_reported() -> None:
    edited = SENTENCES[1].replace("800", "900")
    new = deck_of([SENTENCES[0], edited], ["a", "b2"])  # ids hash the sentence: b became b2
    old = [("a", SENTENCES[0]), ("b", SENTENCES[1]), ("c", SENTENCES[2])]
    carried = carry_ids(old, new, [SENTENCES[0], edited])
    assert [c.id for _, c in carried.deck.cards()] == ["a", "b"]
    assert carried.renamed == {"b2": "b"}
    assert [(c.card_id, c.new) for c in carried.changes] == [("b", edited), ("c", None)]
    assert "800" in describe(carried.changes[0]) and "900" in describe(carried.changes[0])
    assert describe(carried.changes[1]).startswith("c: source sentence vanished: ")


def test_a_sentence_still_there_without_a_card_is_kept_not_vanished() -> None:
    new = deck_of([SENTENCES[0]], ["a"])
    carried = carry_ids([("c", SENTENCES[2])], new, SENTENCES)
    assert carried.kept == ("c",) and not carried.changes


def test_a_rewritten_sentence_is_a_new_card() -> None:
    other = "Perch and whitefish are what most boats bring back to the harbours."
    new = deck_of([other], ["x"])
    carried = carry_ids([("b", SENTENCES[1])], new, [other])
    assert [c.id for _, c in carried.deck.cards()] == ["x"]
    assert [(c.card_id, c.vanished) for c in carried.changes] == [("b", True)]


@given(decks(), st.lists(st.tuples(st.text(min_size=1, max_size=8), st.text(max_size=60))))
def test_ids_stay_unique_whatever_the_old_cards(deck: Deck, old: list[tuple[str, str]]) -> None:
    ids = [c.id for _, c in deck.cards()]
    # Old cards may reuse the new deck's ids and sources, in any mix.
    old += [(i, c.source or "") for i, (_, c) in zip(reversed(ids), deck.cards(), strict=False)]
    carried = carry_ids(old, deck)
    after = [c.id for _, c in carried.deck.cards()]
    assert len(after) == len(set(after)) == len(ids)
    assert set(carried.renamed) <= set(ids)


@given(decks())
def test_decisions_read_back_as_written(deck: Deck) -> None:
    decisions = Decisions()
    for n, (section, card) in enumerate(deck.cards()):
        verdict = list(Verdict)[n % 3]
        kept = None if verdict is Verdict.DROPPED else card
        decisions.set(card.id, Decision(verdict, section.id, card.source, kept))
    again = Decisions.from_json(decisions.to_json())
    assert again.by_slot == decisions.by_slot
