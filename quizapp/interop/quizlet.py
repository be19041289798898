"""Read Quizlet's export: one ``term<TAB>definition`` line per card, no headers, no quoting.

Quizlet's own study modes have the student type the definition, so each row becomes a typed qa
card: the definition is the answer, and each part of it between ``;`` or ``,`` is accepted on
its own ("to have, to own" takes "to own").
"""

from __future__ import annotations

import re

from quizapp.deck.ids import derived_card_id, slugify
from quizapp.interop.anki_text_read import unique_id
from quizapp.interop.deck_build import DeckBuilder
from quizapp.interop.table_parse import Table

_PARTS_RE = re.compile(r"[;,]")


def accepted(definition: str) -> list[str]:
    """The answers a typed card takes: the parts of the definition, else all of it."""
    parts = [p.strip() for p in _PARTS_RE.split(definition) if p.strip()]
    return parts if len(parts) > 1 else [definition]


def read_quizlet_rows(table: Table, builder: DeckBuilder, title: str) -> None:
    """Each row becomes a typed qa card (question: term, answer: definition) in one section."""
    section_id = slugify(title)
    taken: set[str] = set()
    name = "a tab" if table.separator == "\t" else f"'{table.separator}'"
    for line, cells in table.rows:
        if len(cells) < 2:
            builder.error(line, f"expected a term and a definition separated by {name}")
            continue
        # Quizlet does not quote: with a comma between the two, the definition may hold more.
        term, definition = cells[0], table.separator.join(cells[1:])
        card = {
            "id": unique_id(derived_card_id(section_id, "qa", term), taken),
            "type": "qa",
            "question": term,
            "answer": definition,
            "accept": accepted(definition),
        }
        builder.add(line, section_id, title, card)
