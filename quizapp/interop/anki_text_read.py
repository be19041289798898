"""Read Anki's plain-text note format: our own lossless columns, or any file Anki exported."""

from __future__ import annotations

import json
from typing import Any

from quizapp.deck import CardType
from quizapp.interop.anki_text import DATA_KEYS, DATA_PREFIX, DECK_HEADER
from quizapp.interop.deck_build import DeckBuilder
from quizapp.interop.html_text import from_html
from quizapp.interop.table_parse import Table

TYPE_KEYS: dict[CardType, tuple[str, ...]] = {
    CardType.QA: ("question", "answer", "accept"),
    CardType.CLOZE: ("text",),
    CardType.CHOICE: ("question", "options", "answer"),
    CardType.TRUEFALSE: ("statement", "answer", "correction"),
}
REQUIRED_KEYS: dict[CardType, tuple[str, ...]] = {
    CardType.QA: ("question", "answer"),
    CardType.CLOZE: ("text",),
    CardType.CHOICE: ("question", "options", "answer"),
    CardType.TRUEFALSE: ("statement", "answer"),
}
COMMON_KEYS = ("id", "context", "explanation", "source", "tags")
ROW_KEYS = ("type", "section id", "section title")
LIST_KEYS = {"accept", "options", "tags"}
TYPE_NAMES = ", ".join(t.value for t in CardType)


def column_labels(table: Table) -> list[str]:
    return [label.strip() for label in table.headers.get("columns", "").split(table.separator)]


def is_quizapp_table(table: Table) -> bool:
    return DATA_PREFIX + "type" in column_labels(table)


def cell(table: Table, cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return from_html(cells[index]) if table.is_html else cells[index]


def text_list(value: str, label: str) -> list[str]:
    """A JSON list of texts, e.g. ["a", "b"]; ValueError with a message for the user."""
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = None
    if not isinstance(parsed, list) or not all(isinstance(v, str) for v in parsed):
        raise ValueError(f'column \'{label}\' must be a JSON list of texts, e.g. ["one", "two"]')
    return parsed


# -- our own columns --------------------------------------------------------------------------
def read_quizapp_rows(table: Table, builder: DeckBuilder) -> dict[str, Any] | None:
    """Add every row's card to ``builder``; returns the deck-wide values of our header."""
    labels = column_labels(table)
    index = {k: labels.index(DATA_PREFIX + k) for k in DATA_KEYS if DATA_PREFIX + k in labels}
    for line, cells in table.rows:
        # Texts are kept as written (the YAML keeps their spaces too); only ids are trimmed.
        values = {key: cell(table, cells, index.get(key)) for key in DATA_KEYS}
        for key in ("type", "id", "section id"):
            values[key] = values[key].strip()
        card = quizapp_card(values, lambda message, line=line: builder.error(line, message))
        if card is None:
            continue
        section_id, section_title = values["section id"], values["section title"]
        if not section_id or not section_title.strip():
            missing = "section id" if not section_id else "section title"
            builder.error(line, f"the '{DATA_PREFIX}{missing}' column is empty")
            continue
        builder.add(line, section_id, section_title, card)
    return deck_header(table, builder)


def quizapp_card(values: dict[str, str], error: Any) -> dict[str, Any] | None:
    """The card as a YAML-shaped dict, or None after reporting what is wrong with the row."""
    try:
        card_type = CardType(values["type"])
    except ValueError:
        error(
            f"unknown card type '{values['type']}' in column '{DATA_PREFIX}type'; "
            f"use one of {TYPE_NAMES}"
        )
        return None
    ok = True
    card: dict[str, Any] = {"type": card_type.value}
    for key in ("id", *TYPE_KEYS[card_type], "context", "explanation", "source", "tags"):
        value = values[key]
        label = DATA_PREFIX + key
        if not value.strip():
            if key in REQUIRED_KEYS[card_type]:
                error(f"the '{label}' column is empty: a {card_type.value} card needs it")
                ok = False
            continue
        try:
            if card_type is CardType.CHOICE and key == "answer" and not value.startswith("["):
                card[key] = [value]  # one right option, typed in by hand
            elif key in LIST_KEYS or (card_type is CardType.CHOICE and key == "answer"):
                card[key] = text_list(value, label)
            else:
                card[key] = value
        except ValueError as exc:
            error(str(exc))
            ok = False
    for key in DATA_KEYS:
        used = key in ROW_KEYS or key in COMMON_KEYS or key in TYPE_KEYS[card_type]
        if values[key].strip() and not used:
            error(
                f"column '{DATA_PREFIX}{key}' is not used by a {card_type.value} card; "
                "leave it empty"
            )
            ok = False
    return card if ok else None


def deck_header(table: Table, builder: DeckBuilder) -> dict[str, Any] | None:
    raw = table.headers.get(DECK_HEADER)
    if raw is None:
        return None
    try:
        header = json.loads(raw)
    except ValueError:
        header = None
    if not isinstance(header, dict):
        builder.error(None, f"the '#{DECK_HEADER}' header is not a JSON object")
        return None
    return header


def unique_id(card_id: str, taken: set[str]) -> str:
    """``card_id``, or with a -2, -3... suffix when two rows would derive the same one."""
    result, n = card_id, 1
    while result in taken:
        n += 1
        result = f"{card_id}-{n}"
    taken.add(result)
    return result
