"""Read Quizlet's export: one ``term<TAB>definition`` line per card, no headers, no quoting."""

from __future__ import annotations

from quizapp.deck.ids import derived_card_id, slugify
from quizapp.interop.anki_text_read import unique_id
from quizapp.interop.deck_build import DeckBuilder
from quizapp.interop.table_parse import Table


def read_quizlet_rows(table: Table, builder: DeckBuilder, title: str) -> None:
    """Each row becomes a qa card (question: term, answer: definition) in one section."""
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
        }
        builder.add(line, section_id, title, card)
