"""Read an Anki package (.apkg): its note types, decks, notes, cards and review log.

A package is a zip holding an SQLite collection: ``collection.anki21b`` (zstd-compressed,
what Anki writes by default since 2.1.50, beside a stub ``collection.anki2`` that only tells
old versions to update), else ``collection.anki21`` or ``collection.anki2`` (the legacy
export). The collection is copied out to a temporary file and opened read-only; nothing in
the package is run or trusted beyond its text.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from quizapp.interop.protobuf_fields import WireError, int_field, text_field

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
PACKAGE_FILES = {*COLLECTIONS, "media", "meta"}
# Far above any real collection; a zip bomb stops here instead of filling the disk.
MAX_COLLECTION_BYTES = 2 * 1024**3
_CHUNK = 1024 * 1024
_STUB_TEXT = "Please update to the latest Anki version"
CLOZE_KIND = 1


class ApkgError(Exception):
    """A file that is not a readable Anki package; the message is one line for the user."""


@dataclass(frozen=True)
class NoteType:
    name: str
    is_cloze: bool
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str], ...]  # (question format, answer format) by ordinal


@dataclass(frozen=True)
class AnkiNote:
    id: int
    guid: str
    notetype_id: int
    tags: tuple[str, ...]
    fields: tuple[str, ...]  # HTML, as Anki stores them


@dataclass(frozen=True)
class AnkiCard:
    id: int
    note_id: int
    deck_id: int  # the home deck, also for a card borrowed by a filtered deck
    ord: int
    type: int  # 0 new, 1 learning, 2 review, 3 relearning
    queue: int  # -1 suspended, -2/-3 buried, 0 new, 1/3 learning, 2 review
    due: int  # review: day number since the collection was created; learning: epoch seconds
    interval: int  # days
    reps: int
    lapses: int
    data: dict = field(default_factory=dict)  # FSRS memory state: s, d, lrt


@dataclass(frozen=True)
class AnkiReview:
    card_id: int
    at_ms: int
    ease: int  # 1 again ... 4 easy; 0 for a manual reschedule
    duration_ms: int
    kind: int  # 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled
    last_interval: int  # days, or minus the seconds of a learning step


@dataclass
class AnkiCollection:
    created: int  # epoch seconds of day 0 for review due numbers
    notetypes: dict[int, NoteType]
    decks: dict[int, str]  # id -> "Parent::Child"
    notes: list[AnkiNote]
    cards: list[AnkiCard]
    reviews: list[AnkiReview]
    media_files: int = 0


def read_apkg(path: Path) -> AnkiCollection:
    """The package's collection; ApkgError when the file is not one Anki could have written."""
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            # A pipe or a device: opening it could block or never end.
            raise ApkgError("is not a regular file (a pipe or a device): give a file")
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ApkgError("no such file") from None
    except IsADirectoryError:
        raise ApkgError("is a folder, not an Anki package") from None
    except zipfile.BadZipFile:
        raise ApkgError("not an Anki package (.apkg): it is not a zip file") from None
    except OSError as exc:
        raise ApkgError(f"cannot read: {exc.strerror or exc}") from None
    with archive, _collection_file(archive) as db_path:
        collection = _read_collection(db_path)
        collection.media_files = sum(1 for n in archive.namelist() if n not in PACKAGE_FILES)
        return collection


@contextmanager
def _collection_file(archive: zipfile.ZipFile) -> Iterator[Path]:
    names = set(archive.namelist())
    name = next((n for n in COLLECTIONS if n in names), None)
    if name is None:
        raise ApkgError("not an Anki package (.apkg): no collection inside the zip")
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as folder:
        target = Path(folder) / "collection.db"
        try:
            with archive.open(name) as source, target.open("wb") as out:
                if name.endswith("b"):
                    _unzstd(source, out)
                else:
                    _copy(source, out)
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise ApkgError(f"the package is damaged: {exc}") from None
        except OSError as exc:
            raise ApkgError(f"cannot unpack the collection: {exc.strerror or exc}") from None
        yield target


def _copy(source: IO[bytes], out: IO[bytes]) -> None:
    total = 0
    while chunk := source.read(_CHUNK):
        total += len(chunk)
        if total > MAX_COLLECTION_BYTES:
            raise ApkgError("the collection inside is larger than 2 GB")
        out.write(chunk)


def _unzstd(source: IO[bytes], out: IO[bytes]) -> None:
    import zstandard

    decompressor = zstandard.ZstdDecompressor().decompressobj()
    total = 0
    try:
        while chunk := source.read(_CHUNK):
            data = decompressor.decompress(chunk)
            total += len(data)
            if total > MAX_COLLECTION_BYTES:
                raise ApkgError("the collection inside is larger than 2 GB")
            out.write(data)
    except zstandard.ZstdError as exc:
        raise ApkgError(f"the package is damaged: its collection does not unpack ({exc})") from None
    if not decompressor.eof:
        raise ApkgError("the package is damaged: its collection is cut short")


def _read_collection(db_path: Path) -> AnkiCollection:
    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:  # pragma: no cover - a fresh temporary file always opens
        raise ApkgError(f"cannot open the collection: {exc}") from None
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"col", "notes", "cards", "revlog"} <= tables:
            raise ApkgError("the package is damaged: its collection lacks Anki's tables")
        created, models, decks = db.execute("SELECT crt, models, decks FROM col").fetchone()
        if "notetypes" in tables and db.execute("SELECT 1 FROM notetypes LIMIT 1").fetchone():
            notetypes, deck_names = _notetypes_v18(db), _decks_v18(db)
        else:
            notetypes, deck_names = _notetypes_json(models), _decks_json(decks)
        notes = [
            AnkiNote(nid, guid, mid, tuple(tags.split()), tuple(flds.split("\x1f")))
            for nid, guid, mid, tags, flds in db.execute(
                "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"
            )
        ]
        if len(notes) == 1 and _STUB_TEXT in notes[0].fields[0]:
            raise ApkgError(
                "the package holds only a notice for old Anki versions: export it again "
                "from Anki (a newer package keeps its notes in collection.anki21b)"
            )
        cards = [
            AnkiCard(cid, nid, odid or did, ord_, ctype, queue, odue if odid else due, ivl,
                     reps, lapses, _json_object(data))
            for cid, nid, did, ord_, ctype, queue, due, ivl, reps, lapses, odid, odue, data
            in db.execute(
                "SELECT id, nid, did, ord, type, queue, due, ivl, reps, lapses, odid, odue, data "
                "FROM cards ORDER BY nid, ord"
            )
        ]  # fmt: skip
        reviews = [
            AnkiReview(cid, rid, ease, time, kind, last)
            for rid, cid, ease, time, kind, last in db.execute(
                "SELECT id, cid, ease, time, type, lastIvl FROM revlog ORDER BY id"
            )
        ]
    except sqlite3.DatabaseError as exc:
        raise ApkgError(f"the package is damaged: its collection cannot be read ({exc})") from None
    except (WireError, ValueError, TypeError, KeyError) as exc:
        raise ApkgError(f"the package's note types cannot be read: {exc}") from None
    finally:
        db.close()
    return AnkiCollection(int(created), notetypes, deck_names, notes, cards, reviews)


def _json_object(text: object) -> dict:
    if not isinstance(text, str) or not text.strip():
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _notetypes_json(text: str) -> dict[int, NoteType]:
    """Collections before schema 18 keep note types as one JSON object in ``col.models``."""
    models = json.loads(text or "{}")
    return {
        int(mid): NoteType(
            name=str(m["name"]),
            is_cloze=m.get("type") == CLOZE_KIND,
            fields=tuple(str(f["name"]) for f in sorted(m["flds"], key=lambda f: f["ord"])),
            templates=tuple(
                (str(t["qfmt"]), str(t["afmt"])) for t in sorted(m["tmpls"], key=lambda t: t["ord"])
            ),
        )
        for mid, m in models.items()
    }


def _decks_json(text: str) -> dict[int, str]:
    return {int(did): str(d["name"]) for did, d in json.loads(text or "{}").items()}


def _notetypes_v18(db: sqlite3.Connection) -> dict[int, NoteType]:
    """Schema 18: tables of note types, fields and templates, settings as protobuf."""
    fields: dict[int, list[str]] = {}
    for ntid, name in db.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(ntid, []).append(name)
    templates: dict[int, list[tuple[str, str]]] = {}
    for ntid, config in db.execute("SELECT ntid, config FROM templates ORDER BY ntid, ord"):
        # TemplateConfig: q_format = 1, a_format = 2
        templates.setdefault(ntid, []).append((text_field(config, 1), text_field(config, 2)))
    return {
        # NotetypeConfig: kind = 1 (0 normal, 1 cloze)
        ntid: NoteType(
            name=name,
            is_cloze=int_field(config, 1) == CLOZE_KIND,
            fields=tuple(fields.get(ntid, ())),
            templates=tuple(templates.get(ntid, ())),
        )
        for ntid, name, config in db.execute("SELECT id, name, config FROM notetypes")
    }


def _decks_v18(db: sqlite3.Connection) -> dict[int, str]:
    # Schema 18 separates deck levels with \x1f where the JSON had "::".
    return {
        did: name.replace("\x1f", "::") for did, name in db.execute("SELECT id, name FROM decks")
    }
