"""Turn a .csv or .tsv file into a YAML deck written beside it.

Which reader applies is decided by the file itself: Anki's `#` headers mean Anki's text
format (our own lossless columns when `#columns:` names them), no headers mean Quizlet's
`term<TAB>definition` (or a plain two-column CSV).
"""

from __future__ import annotations

from pathlib import Path

from quizapp.deck import Deck, DeckError, read_text, save_deck
from quizapp.deck.ids import slugify
from quizapp.interop.anki_export_read import read_anki_rows
from quizapp.interop.anki_text_read import is_quizapp_table, read_quizapp_rows
from quizapp.interop.deck_build import DeckBuilder
from quizapp.interop.quizlet import read_quizlet_rows
from quizapp.interop.table_errors import TableError, TableProblem
from quizapp.interop.table_parse import header_line, parse_table
from quizapp.userfiles import UserFileError

TABLE_SUFFIXES = (".csv", ".tsv", ".txt")


def deck_title(path: Path) -> str:
    return path.stem.replace("_", " ").strip() or "Imported"


def table_to_deck(text: str, path: Path) -> Deck:
    """The deck a table's text describes; TableError lists every malformed row."""
    file = str(path)
    first_line = text.split("\n", 1)[0].rstrip("\r")
    has_headers = header_line(first_line, ",") is not None or header_line(first_line, "\t")
    title = deck_title(path)
    builder = DeckBuilder(file)
    if has_headers:
        default = "\t" if path.suffix.lower() == ".tsv" else ","
        table = parse_table(text, file, default)
        if is_quizapp_table(table):
            header = read_quizapp_rows(table, builder)
            return builder.deck(slugify(path.stem), title, header)
        names = read_anki_rows(table, builder, title)
        return builder.deck(names.deck_id or slugify(path.stem), names.title or title)
    elif "\t" in first_line or path.suffix.lower() == ".tsv":
        read_quizlet_rows(parse_table(text, file, "\t", quoted=False), builder, title)
    else:
        read_quizlet_rows(parse_table(text, file, ","), builder, title)
    return builder.deck(slugify(path.stem), title)


def read_table(path: Path) -> Deck:
    try:
        text = read_text(path)
    except DeckError as exc:
        raise TableError([TableProblem(p.file, None, p.message) for p in exc.problems]) from None
    return table_to_deck(text, path)


def yaml_path_of(path: Path) -> Path:
    """Where a table's deck is written: FILE.yaml beside FILE.csv."""
    return path.with_suffix(".yaml")


def deck_from_table(path: Path, *, force: bool = False) -> tuple[Deck, Path]:
    """Read a .csv/.tsv, write its deck as YAML beside it (FILE.yaml), return both.

    Raises TableError (each line `FILE:LINE: message`) and writes nothing when any row is
    malformed, or when FILE.yaml exists and is not a deck quizapp wrote and left unedited
    (unless ``force``): it may be the hand-edited deck the table was exported from.
    """
    deck = read_table(path)
    yaml_path = yaml_path_of(path)
    try:
        save_deck(deck, yaml_path, force=force)
    except UserFileError as exc:
        raise TableError([TableProblem(str(yaml_path), None, str(exc))]) from None
    return deck, yaml_path
