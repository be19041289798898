"""Write a deck in Anki's plain-text note format (CSV or TSV with ``#`` header lines).

A row per card. The first six columns are for Anki: GUID, note type, deck, two fields and
tags; Anki ignores the columns after them, which carry the card exactly as the YAML has it, so
that reading the file back gives the same deck (docs/interop.md lists every column).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from quizapp.deck import AnyCard, ChoiceCard, ClozeCard, Deck, QACard, Section, TrueFalseCard
from quizapp.deck.dump import deck_to_dict
from quizapp.interop.cells import html_safe, spreadsheet_safe
from quizapp.interop.html_text import to_html
from quizapp.interop.stable_ids import anki_deck_name, anki_tag, note_guid
from quizapp.userfiles import is_unedited_stamp, stamped, write_user_file

SEPARATOR_NAMES = {",": "Comma", "\t": "Tab", ";": "Semicolon", "|": "Pipe", ":": "Colon"}
DECK_HEADER = "quizapp deck"

# The columns Anki reads (1-based positions are what the headers name). The note type comes
# first because Anki skips a line that starts with "#", as a GUID may.
ANKI_COLUMNS = ("notetype", "deck", "guid", "Front", "Back", "tags")
NOTETYPE_COLUMN, DECK_COLUMN, GUID_COLUMN, TAGS_COLUMN = 1, 2, 3, 6
# The card as the YAML has it; labels are prefixed so they never clash with Anki's.
DATA_KEYS = (
    "type",
    "id",
    "section id",
    "section title",
    "question",
    "answer",
    "accept",
    "text",
    "options",
    "statement",
    "correction",
    "explanation",
    "source",
    "tags",
    "context",  # last: files written before it came read the same
)
DATA_PREFIX = "quizapp "
COLUMNS = ANKI_COLUMNS + tuple(DATA_PREFIX + key for key in DATA_KEYS)
# Note types every Anki collection has; our own ones exist only after an .apkg import.
BASIC, BASIC_TYPED, CLOZE = "Basic", "Basic (type in the answer)", "Cloze"


def json_list(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else ""


def anki_fields(card: AnyCard) -> tuple[str, str, str]:
    """Stock note type, front and back as plain text; the context line heads the front."""
    notetype, front, back = _anki_fields(card)
    return notetype, (f"{card.context}\n\n{front}" if card.context else front), back


def _anki_fields(card: AnyCard) -> tuple[str, str, str]:
    if isinstance(card, QACard):
        return (BASIC_TYPED if card.accept else BASIC), card.question, card.answer
    if isinstance(card, ClozeCard):
        return CLOZE, card.text, card.explanation or ""
    if isinstance(card, ChoiceCard):
        listed = "\n".join(f"{chr(65 + i)}. {o}" for i, o in enumerate(card.options))
        return BASIC, f"{card.question}\n\n{listed}", "\n".join(card.answer)
    assert isinstance(card, TrueFalseCard)
    back = "True" if card.answer else "False"
    if card.correction:
        back += "\n" + card.correction
    return BASIC, f"{card.statement}\n\nTrue or false?", back


def data_values(card: AnyCard, section: Section) -> dict[str, str]:
    values = {key: "" for key in DATA_KEYS}
    values.update(
        {
            "type": card.type.value,
            "id": card.id,
            "section id": section.id,
            "section title": section.title,
            "explanation": card.explanation or "",
            "context": card.context or "",
            "source": card.source or "",
            "tags": json_list(card.tags),
        }
    )
    if isinstance(card, QACard):
        values.update(question=card.question, answer=card.answer, accept=json_list(card.accept))
    elif isinstance(card, ClozeCard):
        values["text"] = card.text
    elif isinstance(card, ChoiceCard):
        values.update(
            question=card.question,
            options=json_list(card.options),
            answer=json_list(card.answer),
        )
    else:
        values.update(
            statement=card.statement,
            answer="true" if card.answer else "false",
            correction=card.correction or "",
        )
    return values


def row(deck: Deck, section: Section, card: AnyCard) -> list[str]:
    notetype, front, back = anki_fields(card)
    tags = " ".join(dict.fromkeys([anki_tag(section.id), *(anki_tag(t) for t in card.tags)]))
    # Tags start with the section's id (a letter or digit first), the GUID is Anki's own key
    # (changing it would duplicate notes); every other cell is kept from starting a formula.
    anki = [
        notetype,
        spreadsheet_safe(anki_deck_name(deck.title, section.title)),
        note_guid(deck.id, card.id),
        html_safe(to_html(front)),
        html_safe(to_html(back)),
        tags,
    ]
    data = data_values(card, section)
    return anki + [html_safe(to_html(data[key])) for key in DATA_KEYS]


def deck_header(deck: Deck) -> str:
    """Deck-wide values (id, title, settings...) as one JSON line Anki skips over."""
    info = deck_to_dict(deck)
    del info["sections"]
    # ASCII, so no character in it is a line break to str.splitlines (U+2028, U+0085...).
    return json.dumps(info)


def dumps_table(deck: Deck, separator: str = ",") -> str:
    out = io.StringIO()
    name = SEPARATOR_NAMES.get(separator, separator)
    headers = [
        f"#separator:{name}",
        "#html:true",
        f"#{DECK_HEADER}:{deck_header(deck)}",
        f"#notetype column:{NOTETYPE_COLUMN}",
        f"#deck column:{DECK_COLUMN}",
        f"#guid column:{GUID_COLUMN}",
        f"#tags column:{TAGS_COLUMN}",
        f"#columns:{separator.join(COLUMNS)}",
    ]
    out.write("\n".join(headers) + "\n")
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    for section, card in deck.cards():
        writer.writerow(row(deck, section, card))
    return out.getvalue()


def write_table(deck: Deck, path: Path, separator: str = ",", *, force: bool = False) -> None:
    """Write the table, stamped (a `#quizapp written:` header line Anki skips); a file quizapp
    did not write, or one edited since, is replaced only with ``force``."""
    text = stamped(dumps_table(deck, separator))
    write_user_file(path, text, force=force, ours=is_unedited_stamp)
