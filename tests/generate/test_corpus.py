"""The automatic checks over every corpus split in SPLITS, the shared articles and the bundled
decks' sources: no spam in cards, grounded answers, whole-word gaps, short qa answers, no
unresolved pronoun openings, no numbered prompts, three card types in a long enough deck."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generate import corpus_eval as ce

CORPUS_FILES = [p for split in ce.SPLITS for p in ce.articles(split) + ce.twins(split)]
ALL_FILES = CORPUS_FILES + ce.SHARED + ce.BUNDLED + ce.TRICKY
TWINS = [p for split in ce.SPLITS for p in ce.twins(split)]


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", TWINS, ids=_name)
def test_no_spam_in_any_card(path: Path) -> None:
    assert ce.spam_items(path), "every twin lists its spam"
    assert ce.spam_in_cards(path) == []


@pytest.mark.parametrize("check", ce.CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("path", ALL_FILES, ids=_name)
def test_deck_passes_check(path: Path, check: object) -> None:
    assert check(ce.generated(path)) == []  # type: ignore[operator]


@pytest.mark.parametrize("split", ce.SPLITS)
def test_spam_recall_and_real_sentences_kept(split: str, capsys: pytest.CaptureFixture) -> None:
    figures = ce.spam_figures(split)
    with capsys.disabled():
        print(
            f"\n{split}: spam recall {figures.caught}/{figures.items} "
            f"({figures.recall:.0%}), real sentences dropped {figures.real_dropped}/"
            f"{figures.real_sentences} ({figures.real_drop_rate:.1%})"
        )
    assert figures.items > 0
    # Spam kept out of the text is the goal; what slips past the filter must still not
    # reach a card (test_no_spam_in_any_card). Real content: at most 2% dropped.
    assert figures.real_drop_rate <= 0.02


@pytest.mark.parametrize("path", TWINS, ids=_name)
def test_a_spam_twin_gives_the_clean_articles_deck(path: Path) -> None:
    """Spam removed, nothing else changed: the twin's cards are the clean article's cards."""
    clean = path.with_name(path.name.replace(".spam.", "."))
    twin_cards = [card for _, card in ce.generated(path).deck.cards()]
    clean_cards = [card for _, card in ce.generated(clean).deck.cards()]
    assert twin_cards == clean_cards
