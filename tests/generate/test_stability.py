"""Same article, same bytes; an edited paragraph changes only its own cards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quizapp.deck import dumps
from quizapp.generate import decode_article, generate_deck
from tests.generate.conftest import SOURCE_ARTICLES

ROOT = Path(__file__).parents[2]


def test_regenerating_is_byte_identical() -> None:
    for path in SOURCE_ARTICLES:
        text = decode_article(path.read_bytes())
        first = dumps(generate_deck(text, article_path="a.txt").deck)
        assert dumps(generate_deck(text, article_path="a.txt").deck) == first


def test_bundled_decks_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_decks.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def _cards_by_id(text: str) -> dict[str, str]:
    deck = generate_deck(text).deck
    return {card.id: repr(card) for _, card in deck.cards()}


def test_editing_one_paragraph_changes_only_its_cards() -> None:
    text = decode_article(SOURCE_ARTICLES[1].read_bytes())
    lines = text.splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("For a country that has"))
    edited_line = lines[target].replace("may prove to be crucial", "could prove to be vital")
    edited = "\n".join([*lines[:target], edited_line, *lines[target + 1 :]]) + "\n"
    before, after = _cards_by_id(text), _cards_by_id(edited)
    changed = {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
    paragraph_sentences = set(lines[target].split(". ")) | set(edited_line.split(". "))
    for card_id in changed:
        card = before.get(card_id) or after[card_id]
        from_paragraph = any(s[:40] in card for s in paragraph_sentences)
        assert from_paragraph or "type=<CardType.QA" in card, card
