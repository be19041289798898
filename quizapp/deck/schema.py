"""A JSON Schema (draft-07) of the deck format, for editors running the YAML language server.

The schema mirrors the structural rules of ``validate.DeckReader`` — which keys exist where,
which are required, their types and ranges — so an editor flags as you type what `quizapp check`
would refuse. Rules that need more than one value at once (an answer among the options,
unique ids, a section id derived from its title) stay with `check`.

Editors read YAML 1.2, where ``answer: 1945`` is a number and ``answer: yes`` is text, while
`check` reads every scalar as written: so "text" here accepts numbers and booleans too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from quizapp.deck.model import (
    DEFAULT_LEARNING_STEPS,
    DEFAULT_NEW_PER_DAY,
    DEFAULT_RELEARNING_STEPS,
    DEFAULT_RETENTION,
    FORMAT_VERSION,
    CardType,
)
from quizapp.deck.nodes import FALSE_WORDS, TRUE_WORDS

Schema = dict[str, Any]


def _text(description: str, examples: list[Any]) -> Schema:
    return {
        "description": description,
        "examples": examples,
        "anyOf": [
            {"type": "string", "pattern": r"\S"},
            {"type": "number"},
            {"type": "boolean"},
        ],
    }


def _text_list(description: str, examples: list[Any], min_items: int = 0) -> Schema:
    schema: Schema = {
        "description": description,
        "examples": examples,
        "type": "array",
        "items": {"$ref": "#/definitions/text"},
    }
    if min_items:
        schema["minItems"] = min_items
    return schema


def _id(description: str, examples: list[str]) -> Schema:
    return {
        "description": description,
        "examples": examples,
        "anyOf": [
            {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},
            {"type": "integer", "minimum": 0},
        ],
    }


def _any_case(words: set[str]) -> str:
    """A pattern for the words in any letter case (JSON Schema regexes have no (?i) flag)."""
    alternatives = ["".join(f"[{c.lower()}{c.upper()}]" for c in w) for w in sorted(words)]
    return rf"^\s*({'|'.join(alternatives)})\s*$"


def _steps(description: str, default: tuple[int, ...]) -> Schema:
    return {
        "description": description,
        "examples": [list(default)],
        "default": list(default),
        "type": "array",
        "items": {"type": "integer", "minimum": 1},
    }


VALID_UNTIL: Schema = {
    "description": "The day the fact stops being true (news goes stale): from that day on the "
    "card is suspended for every student, and `quizapp check` lists it as expired.",
    "examples": ["2027-01-01"],
    "type": "string",
    "pattern": r"^\s*\d{4}-\d{2}-\d{2}\s*$",
}

COMMON_CARD_PROPERTIES: Schema = {
    "id": _id(
        "Stable within the deck: progress follows it. Editing a card keeps its progress as long "
        "as the id stays.",
        ["groundwork-1a2b3c", "pact-year"],
    ),
    "type": {
        "description": "The card type; inferred from the keys when left out (text → cloze, "
        "options → choice, statement → truefalse, question → qa).",
        "enum": [t.value for t in CardType],
    },
    "context": _text(
        "A short line shown above the prompt, as written: what the card is about, so that a "
        "sentence taken from an article reads on its own.",
        ["Channel Tunnel — How it was built"],
    ),
    "source": _text(
        "The sentence the card came from; shown after answering, and found in the article to "
        "show its whole paragraph.",
        ["Russia has sought to counterbalance U.S. influence in the Asia-Pacific."],
    ),
    "explanation": _text(
        "Shown after answering: why the answer is right.",
        ["Moscow sees Pyongyang as a lever against Washington."],
    ),
    "tags": _text_list("Labels for searching and exporting.", [["russia", "diplomacy"]]),
    "valid_until": {"$ref": "#/definitions/valid_until"},
}

CARD_PROPERTIES: dict[CardType, Schema] = {
    CardType.QA: {
        "question": _text("What the student is asked.", ["In which year was the pact signed?"]),
        "answer": _text("The answer, revealed or typed.", ["2024"]),
        "accept": _text_list(
            "Other right answers. With it, the student types the answer and it is checked "
            "(case, accents and small typos forgiven, numbers exact).",
            [["in 2024"]],
        ),
    },
    CardType.CLOZE: {
        "text": {
            "description": "A sentence with gaps marked {{c1::answer}} or {{c1::answer::hint}}; "
            "each cN is studied as its own card.",
            "examples": ["Russia has sought to counterbalance {{c1::U.S.}} influence."],
            "type": "string",
            "pattern": r"\{\{c\d+::[\s\S]*?\}\}",
            "not": {"pattern": r"\{\{c\d+::\s*(::|\}\})"},  # an empty deletion
        },
    },
    CardType.CHOICE: {
        "question": _text("What the student is asked.", ["Who signed the pact for Russia?"]),
        "options": {
            **_text_list(
                "The options, at least two and all different; the student presses a–e.",
                [["Vladimir Putin", "Dmitry Medvedev", "Sergei Lavrov"]],
                min_items=2,
            ),
            "uniqueItems": True,
        },
        "answer": {
            "description": "The right option, written as in `options`, or a list of them.",
            "examples": ["Vladimir Putin", ["Vladimir Putin", "Sergei Lavrov"]],
            "anyOf": [
                {"$ref": "#/definitions/text"},
                {"type": "array", "items": {"$ref": "#/definitions/text"}},
            ],
        },
    },
    CardType.TRUEFALSE: {
        "statement": _text(
            "A statement to judge true or false.", ["The pact was signed in Moscow."]
        ),
        "answer": {
            "description": "Whether the statement is true.",
            "examples": [True, False],
            "anyOf": [
                {"type": "boolean"},
                {"type": "string", "pattern": _any_case(TRUE_WORDS | FALSE_WORDS)},
            ],
        },
        "correction": _text(
            "Shown after answering a false statement: what is true instead.",
            ["It was signed in Pyongyang."],
        ),
    },
}

REQUIRED: dict[CardType, list[str]] = {
    CardType.QA: ["question", "answer"],
    CardType.CLOZE: ["text"],
    CardType.CHOICE: ["question", "options", "answer"],
    CardType.TRUEFALSE: ["statement", "answer"],
}
# The order `check` infers a type in when `type:` is left out.
INFERRED_BY = (
    ("text", CardType.CLOZE),
    ("options", CardType.CHOICE),
    ("statement", CardType.TRUEFALSE),
    ("question", CardType.QA),
)


def _card_definition(card_type: CardType) -> Schema:
    return {
        "title": f"{card_type.value} card",
        "type": "object",
        "properties": {**COMMON_CARD_PROPERTIES, **CARD_PROPERTIES[card_type]},
        "required": REQUIRED[card_type],
        "additionalProperties": False,
    }


def _card() -> Schema:
    """A card: chosen by `type`, or by the first key that implies one when `type` is missing."""
    chain: Schema = {"required": ["type"]}  # no key to infer from: `type` is needed
    for key, card_type in reversed(INFERRED_BY):
        chain = {
            "if": {"required": [key]},
            "then": {"$ref": f"#/definitions/{card_type.value}"},
            "else": chain,
        }
    by_type: list[Schema] = [
        {
            "if": {"properties": {"type": {"const": t.value}}, "required": ["type"]},
            "then": {"$ref": f"#/definitions/{t.value}"},
        }
        for t in CardType
    ]
    return {
        "description": "A card: qa, cloze, choice or truefalse.",
        "type": "object",
        "properties": {"type": COMMON_CARD_PROPERTIES["type"]},
        "allOf": [
            *by_type,
            {"if": {"not": {"required": ["type"]}}, "then": chain},
        ],
    }


def _section() -> Schema:
    return {
        "description": "A section of the deck, studied in order.",
        "type": "object",
        "properties": {
            "id": _id(
                "The section's identity across imports (derived from the title when missing).",
                ["groundwork"],
            ),
            "title": _text(
                "Shown on the home screen.",
                ["How decades of mutual interests laid the groundwork"],
            ),
            "valid_until": {"$ref": "#/definitions/valid_until"},
            "cards": {
                "description": "The section's cards, in study order.",
                "type": "array",
                "items": {"$ref": "#/definitions/card"},
            },
        },
        "required": ["title", "cards"],
        "additionalProperties": False,
    }


def _settings() -> Schema:
    return {
        "description": "How the deck is scheduled; every key is optional.",
        "type": "object",
        "properties": {
            "desired_retention": {
                "description": "The chance of remembering a card when it is due.",
                "examples": [DEFAULT_RETENTION],
                "default": DEFAULT_RETENTION,
                "type": "number",
                "minimum": 0.7,
                "maximum": 0.99,
            },
            "new_per_day": {
                "description": "New cards introduced per day for this deck.",
                "examples": [DEFAULT_NEW_PER_DAY],
                "default": DEFAULT_NEW_PER_DAY,
                "type": "integer",
                "minimum": 0,
            },
            "learning_steps": _steps(
                "Minutes between the first views of a new card.", DEFAULT_LEARNING_STEPS
            ),
            "relearning_steps": _steps(
                "Minutes before a forgotten card comes back.", DEFAULT_RELEARNING_STEPS
            ),
            "exam": {
                "description": "The exam date: every card is reviewed shortly before it, and new "
                "cards are introduced in time.",
                "examples": ["2027-06-15"],
                "type": "string",
                "format": "date",
            },
        },
        "additionalProperties": False,
    }


def _source() -> Schema:
    return {
        "description": "The article the deck came from; the generator fills it.",
        "type": "object",
        "properties": {
            "path": _text(
                "The article, relative to the deck file: lets the app show a card's paragraph.",
                ["sources/nk-russia-pact.txt"],
            ),
            "title": _text("The article's title.", ["North Korea and Russia sign a defense pact"]),
            "url": _text("Where the article was published.", ["https://example.org/article"]),
        },
        "additionalProperties": False,
    }


def deck_schema() -> Schema:
    """The schema as a JSON-ready dict (key order is part of the committed file)."""
    definitions: Schema = {
        "text": _text("Text (numbers and true/false are read as written).", ["Paris"]),
        "valid_until": VALID_UNTIL,
        "card": _card(),
        **{t.value: _card_definition(t) for t in CardType},
        "section": _section(),
        "settings": _settings(),
        "source": _source(),
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "quizapp deck",
        "description": f"A quizapp deck, format version {FORMAT_VERSION}: "
        "see docs/deck-format.md.",
        "type": "object",
        "properties": {
            "version": {
                "description": "The format version: always 1.",
                "examples": [FORMAT_VERSION],
                "enum": [FORMAT_VERSION, str(FORMAT_VERSION)],
            },
            "id": _id(
                "The deck's identity across imports: importing a file with the same id updates "
                "that deck.",
                ["nk-russia-pact"],
            ),
            "title": _text("Shown on the home screen.", ["North Korea and Russia sign a pact"]),
            "description": _text(
                "One or two lines about the deck.", ["Why the 2024 pact matters."]
            ),
            "source": {"$ref": "#/definitions/source"},
            "settings": {"$ref": "#/definitions/settings"},
            "sections": {
                "description": "The sections, in study order: at least one.",
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "#/definitions/section"},
            },
        },
        "required": ["version", "id", "title", "sections"],
        "additionalProperties": False,
        "definitions": definitions,
    }


def schema_json() -> str:
    """What `quizapp schema` prints and docs/deck.schema.json holds."""
    import json

    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"


def schema_path() -> Path:
    """The committed schema in a checkout (docs/), else the copy an installed wheel ships."""
    package = Path(__file__).resolve().parents[1]
    checkout = package.parent / "docs" / "deck.schema.json"
    if checkout.is_file():
        return checkout
    # The package's own folder (what importlib.resources would name, without its import cost).
    return package / "deck.schema.json"


def schema_reference(deck_file: Path) -> str:
    """The schema's path relative to ``deck_file``'s folder, as the modeline wants it."""
    base = deck_file.resolve().parent
    return Path(os.path.relpath(schema_path().resolve(), base)).as_posix()
