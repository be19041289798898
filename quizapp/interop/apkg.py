"""Export a deck as an Anki package (.apkg) with genanki.

Each card type maps to a note type of ours, whose ids are derived from their names: importing
two exports of the same deck finds the same note types, decks and notes (GUIDs from the deck
id and card id), so Anki updates what changed instead of adding duplicates.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import genanki

from quizapp.deck import AnyCard, ChoiceCard, ClozeCard, Deck, QACard, Section
from quizapp.interop.html_text import to_html
from quizapp.interop.stable_ids import anki_deck_name, anki_tag, note_guid, stable_number
from quizapp.userfiles import write_user_file

CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black;
        background-color: white; }
.cloze { font-weight: bold; color: blue; }
.explanation { margin-top: 1em; }
.context { margin-bottom: 0.5em; font-size: 14px; font-style: italic; color: #666; }
.source, .section { margin-top: 1em; font-size: 14px; color: #666; }
"""

_EXTRAS = """\
{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}
<div class="section">{{Section}}</div>"""

_CLOZE_EXTRAS = """\
{{#Back Extra}}<div class="explanation">{{Back Extra}}</div>{{/Back Extra}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}
<div class="section">{{Section}}</div>"""

# "Ids" (deck, section and card id) is never shown: it lets a deck come back from Anki's text
# export as the same quizapp deck, keeping each card's progress.
_BASIC_FIELDS = ["Front", "Back", "Explanation", "Source", "Section", "Ids"]


def _model(name: str, fields: list[str], qfmt: str, afmt: str, **kwargs: object) -> genanki.Model:
    return genanki.Model(
        stable_number(f"quizapp note type: {name}"),
        name,
        fields=[{"name": f} for f in fields],
        templates=[{"name": "Card 1", "qfmt": qfmt, "afmt": afmt}],
        css=CSS,
        **kwargs,
    )


BASIC = _model(
    "quizapp Basic",
    _BASIC_FIELDS,
    "{{Front}}",
    '{{FrontSide}}\n<hr id="answer">\n{{Back}}\n' + _EXTRAS,
)
BASIC_TYPED = _model(
    "quizapp Basic (type in the answer)",
    _BASIC_FIELDS,
    "{{Front}}\n<br>\n{{type:Back}}",
    '{{Front}}\n<hr id="answer">\n{{type:Back}}\n' + _EXTRAS,
)
CLOZE = _model(
    "quizapp Cloze",
    ["Text", "Back Extra", "Source", "Section", "Ids"],
    "{{cloze:Text}}",
    "{{cloze:Text}}\n" + _CLOZE_EXTRAS,
    model_type=genanki.Model.CLOZE,
)
CHOICE = _model(
    "quizapp Choice",
    ["Question", "Options", "Answer", "Explanation", "Source", "Section", "Ids"],
    "{{Question}}\n{{Options}}",
    '{{Question}}\n{{Options}}\n<hr id="answer">\n{{Answer}}\n' + _EXTRAS,
)
MODELS = (BASIC, BASIC_TYPED, CLOZE, CHOICE)


def options_html(options: tuple[str, ...]) -> str:
    return '<ol type="A">' + "".join(f"<li>{to_html(o)}</li>" for o in options) + "</ol>"


def note_fields(deck: Deck, section: Section, card: AnyCard) -> tuple[genanki.Model, list[str]]:
    """The note type and field values (HTML) that show this card in Anki."""
    source = to_html(card.source or "")
    explanation = to_html(card.explanation or "")
    where = to_html(section.title)
    ids = f"{deck.id} {section.id} {card.id}"
    # The context line heads the front, in a div of its own that the import takes off again.
    head = f'<div class="context">{to_html(card.context)}</div>' if card.context else ""
    if isinstance(card, QACard):
        model = BASIC_TYPED if card.accept else BASIC
        front, back = head + to_html(card.question), to_html(card.answer)
        return model, [front, back, explanation, source, where, ids]
    if isinstance(card, ClozeCard):
        return CLOZE, [head + to_html(card.text), explanation, source, where, ids]
    if isinstance(card, ChoiceCard):
        question, options = head + to_html(card.question), options_html(card.options)
        answer = "<br>".join(to_html(a) for a in card.answer)
    else:
        question, options = head + to_html(card.statement), options_html(("True", "False"))
        answer = "True" if card.answer else "False"
        if card.correction:
            answer += "<br>" + to_html(card.correction)
    return CHOICE, [question, options, answer, explanation, source, where, ids]


def build_package(deck: Deck) -> genanki.Package:
    anki_decks = []
    for section in deck.sections:
        name = anki_deck_name(deck.title, section.title)
        anki_deck = genanki.Deck(stable_number(f"quizapp deck: {deck.id}::{section.id}"), name)
        for card in section.cards:
            model, fields = note_fields(deck, section, card)
            tags = [anki_tag(section.id), *(anki_tag(t) for t in card.tags)]
            anki_deck.add_note(
                genanki.Note(
                    model=model,
                    fields=fields,
                    guid=note_guid(deck.id, card.id),
                    tags=list(dict.fromkeys(tags)),
                )
            )
        anki_decks.append(anki_deck)
    return genanki.Package(anki_decks)


PACKAGE_COMMENT = b"written by quizapp"


def is_our_package(data: bytes) -> bool:
    """A package quizapp wrote: its zip comment says so (no one edits a package by hand)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.comment == PACKAGE_COMMENT
    except zipfile.BadZipFile:
        return False


def write_apkg(deck: Deck, path: Path, now: datetime | None = None, *, force: bool = False) -> None:
    """Write ``deck`` to ``path`` atomically; a file there that is not a package quizapp
    wrote is replaced only with ``force``.

    ``now`` stamps the notes: Anki updates a note on import only when the package's copy is
    newer than its own, so two exports made within one second need it to differ.
    """
    package = build_package(deck)
    timestamp = now.timestamp() if now is not None else None

    def write(tmp: Path) -> None:
        package.write_to_file(str(tmp), timestamp=timestamp)
        with zipfile.ZipFile(tmp, "a") as archive:
            archive.comment = PACKAGE_COMMENT

    write_user_file(path, write, force=force, ours=is_our_package)
