"""Markdown structure that is not prose: tables become comparison cards, lists become
enumeration (or, when numbered, ordering) cards. Code blocks are dropped before this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.deck.ids import content_hash
from quizapp.deck.model import AnyCard, ChoiceCard, QACard

_CELL_CLEAN_RE = re.compile(r"[*_`]")
_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)
MAX_TABLE_CARDS = 4
MAX_ITEM_WORDS = 6


@dataclass(frozen=True)
class Block:
    kind: str  # "table" or "list"
    intro: str  # the sentence introducing it ("" when none)
    rows: tuple[tuple[str, ...], ...]  # a table's rows (header first) or a list's items
    ordered: bool = False


def parse_table(lines: list[str]) -> tuple[tuple[str, ...], ...]:
    rows = []
    for line in lines:
        cells = [_CELL_CLEAN_RE.sub("", c).strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue  # the |---|---| rule
        rows.append(tuple(cells))
    width = len(rows[0]) if rows else 0
    return tuple(r for r in rows if len(r) == width)


def _card_id(section_id: str, kind: str, *parts: str) -> str:
    return f"{section_id}-{content_hash(kind, *parts)}"


def _header(text: str) -> str:
    return text if text.isupper() else text[:1].lower() + text[1:]


_NOUN_HEADER_RE = re.compile(r"^[A-Za-z][\w\s-]*$")
_VERBISH_RE = re.compile(r"(?:ed|ing)$|\b(?:it|on|by|to|for)$")


def _table_question(header: str, key: str) -> str:
    """'What is the typical protein of whole rye?'; a header that is no plain noun phrase
    ('Introduced', 'Hard problem it relies on') is asked as 'Diffie–Hellman: introduced?'."""
    words = key.split()
    if len(words) > 1 and all(w.islower() for w in words[1:]) and not words[0].isupper():
        key = key[:1].lower() + key[1:]  # "Whole rye" reads as "whole rye"
    if _NOUN_HEADER_RE.match(header) and not _VERBISH_RE.search(header.lower()):
        return f"What is the {_header(header)} of {key}?"
    return f"{key[:1].upper()}{key[1:]}: {_header(header)}?"


def table_cards(section_id: str, block: Block) -> list[AnyCard]:
    if len(block.rows) < 3 or len(block.rows[0]) < 2:
        return []
    header, body = block.rows[0], block.rows[1:]
    found: list[AnyCard] = []
    for r, row in enumerate(body):
        if len(found) >= MAX_TABLE_CARDS:
            break
        key = row[0]
        col = 1 + r % (len(header) - 1)
        answer = row[col]
        if not key or not answer or not header[col] or len(answer.split()) > 5:
            continue
        question = _table_question(header[col], key)
        if block.intro.endswith(":"):
            question = f"{block.intro.rstrip(':.')}: {question[:1].lower()}{question[1:]}"
        others = list(dict.fromkeys(b[col] for b in body if b[col] and b[col] != answer))
        ident = _card_id(section_id, "table", key, header[col], answer)
        source = " | ".join(row)
        if len(others) >= 3:
            wrong = sorted(others, key=lambda o: content_hash(ident, o))[:3]
            opts = sorted([answer, *wrong], key=lambda o: content_hash(ident, o))
            found.append(
                ChoiceCard(
                    id=ident,
                    question=question,
                    options=tuple(opts),
                    answer=(answer,),
                    source=source,
                )
            )
        else:
            found.append(QACard(id=ident, question=question, answer=answer, source=source))
    return found


def _item_head(item: str) -> str:
    """'Fringing reefs: grow close to the shore' -> 'Fringing reefs'."""
    head = re.split(r"\s[—–-]\s|:\s", item, maxsplit=1)[0].strip().rstrip(".")
    return _CELL_CLEAN_RE.sub("", head)


def list_cards(section_id: str, block: Block) -> list[AnyCard]:
    items = [_item_head(row[0]) for row in block.rows if row and row[0]]
    if not block.intro.endswith(":") or not 2 <= len(items) <= 8:
        return []
    if any(len(i.split()) > MAX_ITEM_WORDS or not i for i in items):
        return []
    count = _NUMBER_WORDS[len(items)] if len(items) < len(_NUMBER_WORDS) else str(len(items))
    intro = block.intro.rstrip(":").strip()
    if block.ordered:
        question = f"{intro}: give all {count}, in order."
        answer = "; ".join(f"{n}. {i}" for n, i in enumerate(items, 1)) + "."
    else:
        question = f"{intro}: name all {count}."
        answer = "; ".join(items) + "."
    ident = _card_id(section_id, "list", intro, answer)
    return [QACard(id=ident, question=question, answer=answer, source=block.intro)]


def cards(section_id: str, block: Block) -> list[AnyCard]:
    return (
        table_cards(section_id, block) if block.kind == "table" else list_cards(section_id, block)
    )
