"""The deck format (version 1): model, loading with validation, and writing."""

from quizapp.deck.dump import card_from_dict, card_to_dict, deck_to_dict, dumps, save_deck
from quizapp.deck.items import Item, item_key, items_of
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
