"""What there is to curate: an article, a deck naming its article, a deck without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.curation.drafts import CurationError, Status, load_drafts
from quizapp.curation.session import Curation
from quizapp.deck import load_deck
from tests.curation.articles import write_article


def test_a_deck_is_regenerated_from_its_article(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    curation = Curation(load_drafts(article))
    curation.drop()
    while curation.current is not None:
        curation.accept()
    curation.save_deck()
    again = load_drafts(tmp_path / "lakes.yaml")  # the deck, not the article
    assert again.article_text is not None and again.deck_path == tmp_path / "lakes.yaml"
    assert {d.status for d in again.drafts} == {Status.DECIDED}
    assert [d.slot for d in again.drafts] == [d.slot for d in load_drafts(article).drafts]
    assert len(again.drafts[1].candidates) >= 1


def test_a_deck_whose_article_is_gone_is_curated_as_it_is(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    curation = Curation(load_drafts(article))
    while curation.current is not None:
        curation.accept()
    curation.save_deck()
    article.unlink()
    drafts = load_drafts(tmp_path / "lakes.yaml")
    cards = [c for _, c in load_deck(tmp_path / "lakes.yaml").cards()]
    assert [d.candidates for d in drafts.drafts] == [(c,) for c in cards]  # nothing to swap
    assert drafts.article_text is None and drafts.notes


def test_a_damaged_decisions_file_is_refused_with_its_name(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    (tmp_path / "lakes.curation.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CurationError, match=r"lakes\.curation\.json: not a curation file"):
        load_drafts(article)
    (tmp_path / "lakes.curation.json").write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(CurationError, match="not a quizapp curation file"):
        load_drafts(article)


def test_a_swapped_card_is_shown_as_the_candidate_it_is(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    curation = Curation(load_drafts(article))
    draft = next(d for d in curation.drafts.drafts if len(d.candidates) > 1)
    while curation.current is not draft:
        curation.skip()
    assert curation.candidate_index(draft) == 0
    curation.swap()
    curation.accept()
    curation.save_decisions()
    again = Curation(load_drafts(article), start_at=draft.slot)
    shown = again.current
    assert shown is not None and again.candidate_index(shown) == 1  # as decided, not the first
    card = again.card(shown)
    assert card is not None and card.id == draft.slot


def test_writing_after_one_decision_keeps_the_cards_not_decided_on(tmp_path: Path) -> None:
    # Opened on one card of a written deck (as from the item report), dropped, written: the
    # deck loses that card only.
    article = write_article(tmp_path)
    first = Curation(load_drafts(article))
    while first.current is not None:
        first.accept()
    first.save_deck()
    deck_path = tmp_path / "lakes.yaml"
    (tmp_path / "lakes.curation.json").unlink()  # a deck written without curation
    before = [c.id for _, c in load_deck(deck_path).cards()]
    target = before[2]
    one = Curation(load_drafts(deck_path), start_at=target)
    assert one.current is not None and one.current.slot == target
    one.drop()
    assert one.save_deck() == len(before) - 1
    assert [c.id for _, c in load_deck(deck_path).cards()] == [i for i in before if i != target]


def test_new_drafts_go_in_only_once_accepted(tmp_path: Path) -> None:
    article = write_article(tmp_path)
    curation = Curation(load_drafts(article))
    accepted = curation.current
    assert accepted is not None
    curation.accept()
    assert curation.save_deck() == 1
    assert [c.id for _, c in load_deck(tmp_path / "lakes.yaml").cards()] == [accepted.slot]
