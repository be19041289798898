"""A card as the fields an editor shows, and back: the edited card checked by the deck validator.

Each text is shown with its control characters made visible (as everywhere on screen); a field
left as it was shown keeps the card's original text, so opening and saving a card never turns
an ESC written as "\\e" into the picture "␛". Options and right options are one per line, tags
are separated by spaces; an empty context or correction takes the key out of the card.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from quizapp.deck.dump import card_to_dict
from quizapp.deck.model import AnyCard, ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.terminal_text import terminal_line, terminal_text

__all__ = ["FIELDS", "CardFieldError", "FieldValues", "card_with", "check_card", "fields_of"]

FieldValues = dict[str, str | bool]

# (field, label, multi-line) per card type, in the order the editor shows them.
FIELDS: dict[type, tuple[tuple[str, str, bool], ...]] = {
    ClozeCard: (("text", "Text, gaps as {{c1::answer}}", True),),
    QACard: (("question", "Question", True), ("answer", "Answer", True)),
    ChoiceCard: (
        ("question", "Question", True),
        ("options", "Options, one per line", True),
        ("answer", "Right option(s), one per line, written as above", True),
    ),
    TrueFalseCard: (
        ("statement", "Statement", True),
        ("truth", "The statement is true", False),
        ("correction", "Correction (optional, shown after answering)", False),
    ),
}
CONTEXT = ("context", "Context (optional, one line shown above the prompt)", False)
TAGS = ("tags", "Tags, separated by spaces", False)


class CardFieldError(ValueError):
    """What is wrong with the edited fields, in one line."""


def field_specs(card: AnyCard) -> tuple[tuple[str, str, bool], ...]:
    return (*FIELDS[type(card)], CONTEXT, TAGS)


def fields_of(card: AnyCard) -> FieldValues:
    """The card's fields as the editor shows them."""
    values: FieldValues = {}
    if isinstance(card, ClozeCard):
        values["text"] = terminal_text(card.text)
    elif isinstance(card, QACard):
        values["question"] = terminal_text(card.question)
        values["answer"] = terminal_text(card.answer)
    elif isinstance(card, ChoiceCard):
        values["question"] = terminal_text(card.question)
        values["options"] = "\n".join(terminal_line(o) for o in card.options)
        values["answer"] = "\n".join(terminal_line(a) for a in card.answer)
    elif isinstance(card, TrueFalseCard):
        values["statement"] = terminal_text(card.statement)
        values["truth"] = card.answer
        values["correction"] = terminal_line(card.correction or "")
    values["context"] = terminal_line(card.context or "")
    values["tags"] = " ".join(terminal_line(t) for t in card.tags)
    return values


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def _changes(card: AnyCard, values: FieldValues) -> dict[str, Any]:
    """The dataclass fields that differ from what was shown."""
    shown = fields_of(card)
    changed = {k: v for k, v in values.items() if k in shown and v != shown[k]}
    out: dict[str, Any] = {}
    for key, value in changed.items():
        if key == "tags":
            out["tags"] = tuple(str(value).split())
        elif key in {"options", "answer"} and isinstance(card, ChoiceCard):
            out[key] = _lines(str(value))
        elif key == "truth":
            out["answer"] = bool(value)
        elif key in {"correction", "context"}:  # left empty: the key goes
            out[key] = str(value).strip() or None
        else:
            out[key] = str(value)
    return out


def card_with(card: AnyCard, values: FieldValues) -> AnyCard:
    """``card`` with the edited ``values``; its id, source, explanation and the rest are kept.

    CardFieldError names the first problem the deck validator finds.
    """
    changes = _changes(card, values)
    if not changes:
        return card
    return check_card(dataclasses.replace(card, **changes))


def check_card(card: AnyCard) -> AnyCard:
    """The card as the deck validator reads it back from YAML; CardFieldError when it would
    not pass ``quizapp check``."""
    from quizapp.deck.load import check_text

    deck = {
        "version": 1,
        "id": "edited",
        "title": "edited",
        "sections": [{"id": "edited", "title": "edited", "cards": [card_to_dict(card)]}],
    }
    text = yaml.safe_dump(deck, sort_keys=False, allow_unicode=True)
    result = check_text(text, "card")
    if result.deck is None:
        first = result.errors[0].message if result.errors else "the card is not valid"
        raise CardFieldError(first)
    return result.deck.sections[0].cards[0]
