"""Read a file Anki exported ("Notes in Plain Text"), or any table with Anki's headers.

Notes of our own note types (from an .apkg) come back as the cards they were, with their
deck, section and card ids; other notes become qa cards (Basic-like) or cloze cards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quizapp.deck.ids import ID_RE, content_hash, derived_card_id, slugify
from quizapp.interop.anki_text_read import cell, unique_id
from quizapp.interop.deck_build import DeckBuilder
from quizapp.interop.html_text import from_html
from quizapp.interop.table_parse import Table

_CONTEXT_RE = re.compile(r'^<div class="context">(.*?)</div>', re.IGNORECASE | re.DOTALL)
_ITEM_RE = re.compile(r"<li[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class DeckNames:
    """The deck id and title the rows agree on, when they do."""

    deck_id: str | None
    title: str | None


def read_anki_rows(table: Table, builder: DeckBuilder, default_title: str) -> DeckNames:
    notetype_col = table.column("notetype column")
    deck_col = table.column("deck column")
    tags_col = table.column("tags column")
    guid_col = table.column("guid column")
    meta = {c for c in (notetype_col, deck_col, tags_col, guid_col) if c is not None}
    global_tags = table.headers.get("tags", "").split()
    taken: set[str] = set()
    deck_ids: set[str | None] = set()
    titles: set[str] = set()
    for line, cells in table.rows:
        raw = [cells[i] for i in range(len(cells)) if i not in meta]
        fields = [from_html(f) if table.is_html else f for f in raw]
        notetype = cell(table, cells, notetype_col) or table.headers.get("notetype", "Basic")
        deck_name = cell(table, cells, deck_col) or table.headers.get("deck", "")
        parts = [p.strip() for p in deck_name.split("::")]
        titles.add(parts[0] if len(parts) > 1 else "")
        title = parts[-1] or default_title
        section_id = slugify(title)
        card, ids = our_note(notetype, raw, fields) or (plain_note(notetype, fields), None)
        deck_ids.add(ids[0] if ids else None)
        if ids:
            section_id = ids[1]
        tags = [*global_tags, *cell(table, cells, tags_col).split()]
        tags = [t for t in dict.fromkeys(tags) if not (ids and t == section_id)]
        if tags:
            card["tags"] = tags
        guid = cells[guid_col] if guid_col is not None and guid_col < len(cells) else ""
        if ids:
            card_id = ids[2]
        elif guid:
            card_id = f"anki-{content_hash(guid, length=8)}"
        else:
            card_id = derived_card_id(section_id, card["type"], fields[0] if fields else "")
        card["id"] = unique_id(card_id, taken)
        builder.add(line, section_id, title, card)
    deck_id = deck_ids.pop() if len(deck_ids) == 1 else None
    title = titles.pop() if len(titles) == 1 else None
    return DeckNames(deck_id, title or None)


def plain_note(notetype: str, fields: list[str]) -> dict[str, Any]:
    first, second = [*fields, "", ""][:2]
    if "cloze" in notetype.lower():
        card: dict[str, Any] = {"type": "cloze", "text": first}
        if second.strip():
            card["explanation"] = second
        return card
    return {"type": "qa", "question": first, "answer": second}


def optional(card: dict[str, Any], **values: str) -> dict[str, Any]:
    card.update({k: v for k, v in values.items() if v.strip()})
    return card


def our_note(
    notetype: str, raw: list[str], fields: list[str]
) -> tuple[dict[str, Any], tuple[str, str, str] | None] | None:
    """A note of a note type from our .apkg: the card and its (deck, section, card) ids."""
    if not notetype.startswith("quizapp "):
        return None
    context = _CONTEXT_RE.match(raw[0]) if raw else None
    if context is not None:  # the context line our export put at the head of the front
        fields = [from_html(raw[0][context.end() :]).strip(), *fields[1:]]
    fields = [*fields, *[""] * 7]  # Anki leaves out trailing empty fields on some rows
    if notetype in ("quizapp Basic", "quizapp Basic (type in the answer)"):
        front, back, explanation, source, _, id_field = fields[:6]
        card = optional(
            {"type": "qa", "question": front, "answer": back},
            explanation=explanation,
            source=source,
        )
    elif notetype == "quizapp Cloze":
        text, explanation, source, _, id_field = fields[:5]
        card = optional({"type": "cloze", "text": text}, explanation=explanation, source=source)
    elif notetype == "quizapp Choice":
        question, _, answer, explanation, source, _, id_field = fields[:7]
        options = [from_html(item) for item in _ITEM_RE.findall(raw[1] if len(raw) > 1 else "")]
        card = choice_or_truefalse(question, options, answer.split("\n"))
        optional(card, explanation=explanation, source=source)
    else:
        return None
    if context is not None and from_html(context.group(1)).strip():
        card["context"] = from_html(context.group(1)).strip()
    ids = tuple(id_field.split())
    if len(ids) != 3 or not all(ID_RE.match(i) for i in ids):
        return card, None
    return card, (ids[0], ids[1], ids[2])


def choice_or_truefalse(question: str, options: list[str], answer: list[str]) -> dict[str, Any]:
    if options == ["True", "False"] and answer[0] in options:
        card: dict[str, Any] = {
            "type": "truefalse",
            "statement": question,
            "answer": answer[0] == "True",
        }
        return optional(card, correction="\n".join(answer[1:]))
    return {"type": "choice", "question": question, "options": options, "answer": answer}
