"""What a generated deck asks for: the helper the gap tests share."""

from __future__ import annotations

from quizapp.deck import ClozeCard
from quizapp.deck.cloze import answers
from quizapp.generate import generate_deck


def asked(text: str) -> list[str]:
    """What each card of the deck asks for, whatever its type."""
    out = []
    for _, card in generate_deck(text).deck.cards():
        if isinstance(card, ClozeCard):
            out.append(answers(card.text, 1)[0])
        else:
            answer = getattr(card, "answer", "")
            out.extend(answer if isinstance(answer, tuple | list) else [str(answer)])
    return out
