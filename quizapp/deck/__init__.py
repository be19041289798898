"""The deck format (version 1): model, loading with validation, and writing.

The loader (and its validating readers) loads on first use, so the study app and the storage
layer, which only need the model, start without it.
"""

from typing import TYPE_CHECKING, Any

from quizapp.deck.dump import card_from_dict, card_to_dict, deck_to_dict, dumps, save_deck
from quizapp.deck.items import Item, item_key, items_of
from quizapp.deck.model import (
    AnyCard,
    Card,
    CardType,
    ChoiceCard,
    ClozeCard,
    Deck,
    QACard,
    Section,
    Settings,
    SourceInfo,
    TrueFalseCard,
)
from quizapp.deck.problems import DeckError, Problem, Severity

if TYPE_CHECKING:
    from quizapp.deck.load import (
        CheckResult,
        check_bytes,
        check_file,
        check_text,
        decode_text,
        load_deck,
        loads,
        read_bytes,
        read_text,
    )

_LOADER = {
    "CheckResult",
    "check_bytes",
    "check_file",
    "check_text",
    "decode_text",
    "load_deck",
    "loads",
    "read_bytes",
    "read_text",
}


def __getattr__(name: str) -> Any:
    if name not in _LOADER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from quizapp.deck import load

    value = getattr(load, name)
    globals()[name] = value
    return value

__all__ = [
    "AnyCard",
    "Card",
    "CardType",
    "CheckResult",
    "ChoiceCard",
    "ClozeCard",
    "Deck",
    "DeckError",
    "Item",
    "Problem",
    "QACard",
    "Section",
    "Settings",
    "Severity",
    "SourceInfo",
    "TrueFalseCard",
    "card_from_dict",
    "card_to_dict",
    "check_bytes",
    "check_file",
    "check_text",
    "deck_to_dict",
    "decode_text",
    "dumps",
    "item_key",
    "items_of",
    "load_deck",
    "loads",
    "read_bytes",
    "read_text",
    "save_deck",
]
