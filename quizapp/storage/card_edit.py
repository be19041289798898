"""Edit a card in its deck file, and the database with it; copy a bundled deck to edit it.

The deck file stays the source of truth: an edit rewrites the card in the file (through the
checked, atomic writer, only the card's lines changed) and re-imports that deck in the same
unit of work, so the card keeps its id and its progress. The file is moved into place inside
the database transaction: if either fails, neither changes.

The decks that ship with quizapp are package data, replaced by the next upgrade: they are never
edited in place. ``copy_bundled`` copies one into the user's decks folder (beside the database)
and makes the copy the deck, same deck id and card ids, so progress stays; start-up no longer
imports the bundled file.
"""

from __future__ import annotations

import codecs
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizapp.deck import DeckError
from quizapp.deck.load import check_bytes, decode_text
from quizapp.deck.model import AnyCard, Deck
from quizapp.deck.rewrite import RewriteError, card_place, replace_card
from quizapp.storage import bundled, importer
from quizapp.storage.bundled import deck_source_path
from quizapp.storage.file_hashes import file_digest
from quizapp.storage.store import Store
from quizapp.userfiles import (
    MAX_DECK_BYTES,
    PendingWrite,
    UserFileError,
    prepare_write,
    read_user_file,
)

__all__ = [
    "BundledDeck",
    "CardEdit",
    "EditRefused",
    "check_editable",
    "copy_bundled",
    "deck_file",
    "edit_card",
    "user_decks_dir",
]


class EditRefused(Exception):
    """Nothing was written, and why, in one line."""


class BundledDeck(EditRefused):
    """The deck ships with quizapp: copy it to the user's decks folder to edit it."""

    def __init__(self, slug: str, path: Path) -> None:
        super().__init__(f"'{slug}' is a deck that ships with quizapp; copy it to edit it")
        self.slug = slug
        self.path = path


@dataclass(frozen=True)
class CardEdit:
    deck_slug: str
    path: Path
    before: AnyCard  # as the file had it: undo writes it back
    after: AnyCard


def user_decks_dir(store: Store) -> Path:
    """The user's decks folder: ``decks`` beside the database (by default in the platform's
    user data folder, where the database lives)."""
    return store.path.parent / "decks"


def deck_file(store: Store, slug: str) -> Path | None:
    """The file the deck was last imported from, or None (a deck imported without one)."""
    with store.read() as conn:
        row = conn.execute(
            "SELECT deck_path FROM deck WHERE slug = ? AND removed_at IS NULL", (slug,)
        ).fetchone()
    if row is None:
        raise EditRefused(f"there is no deck '{slug}'")
    return Path(row[0]) if row[0] else None


def is_bundled(path: Path) -> bool:
    return path.resolve().is_relative_to(bundled.bundled_decks_dir().resolve())


def write_problem(path: Path) -> str | None:
    """Why the file may not be rewritten, or None. Write bits are read as the user's wish even
    where the system would let the write through (root, or a replace in a writable folder)."""
    try:
        info = path.stat()
        folder = path.parent.stat()
    except OSError as exc:
        return f"cannot edit {path}: {exc.strerror or exc}"
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        return f"cannot edit: {path} is read-only; nothing was written"
    if not folder.st_mode & 0o222 or not os.access(path.parent, os.W_OK | os.X_OK):
        return f"cannot edit: the folder {path.parent} is read-only; nothing was written"
    return None


def _read_deck(path: Path) -> tuple[bytes, Deck]:
    try:
        data = read_user_file(path, MAX_DECK_BYTES)
    except UserFileError as exc:
        raise EditRefused(f"cannot read {path}: {exc}") from None
    result = check_bytes(data, path)
    if result.deck is None:
        first = result.errors[0] if result.errors else None
        where = f" (line {first.line}: {first.message})" if first and first.line else ""
        raise EditRefused(f"{path} has errors now{where}; fix it first (quizapp check)")
    return data, result.deck


def _encoded(text: str, like: bytes) -> bytes:
    """The text with the line endings and byte-order mark the file had."""
    if b"\r\n" in like:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    return codecs.BOM_UTF8 + data if like.startswith(codecs.BOM_UTF8) else data


def _in_transaction(
    store: Store, pending: list[PendingWrite], work: Callable[[sqlite3.Connection], None]
) -> None:
    """Run ``work`` and move the files into place in one unit: any failure leaves both."""
    try:
        with store.write() as conn:
            work(conn)
            for write in pending:
                write.commit()
    except UserFileError as exc:
        raise EditRefused(f"cannot write: {exc}; nothing was changed") from None
    finally:
        for write in pending:
            write.discard()


def _import(conn: sqlite3.Connection, store: Store, data: bytes, path: Path) -> None:
    result = check_bytes(data, path)
    assert result.deck is not None  # the rewrite read it back already
    deck = result.deck
    source = deck_source_path(path, deck.source.path if deck.source else None)
    digest = None if result.problems else file_digest(data)
    importer.import_deck(conn, deck, store.clock.now(), path, source, digest)


def check_editable(store: Store, slug: str) -> Path:
    """The deck's file, when its cards may be edited; EditRefused (or BundledDeck) saying why
    not, before anything is typed."""
    path = deck_file(store, slug)
    if path is None:
        raise EditRefused(f"the deck '{slug}' has no file to edit (it was imported without one)")
    if is_bundled(path):
        raise BundledDeck(slug, path)
    problem = write_problem(path)
    if problem is not None:
        raise EditRefused(problem)
    return path


def edit_card(store: Store, slug: str, card: AnyCard) -> CardEdit:
    """Write ``card`` over the card of the same id in deck ``slug``'s file and database.

    EditRefused (nothing written) when the deck has no file, ships with quizapp (BundledDeck),
    its file is read-only, has errors, or changed on disk meanwhile.
    """
    path = check_editable(store, slug)
    data, deck = _read_deck(path)
    try:
        si, ci = card_place(deck, card.id)
        before = deck.sections[si].cards[ci]
        text = replace_card(decode_text(data, path), deck, card)
    except (RewriteError, DeckError) as exc:
        raise EditRefused(f"cannot edit {path}: {exc}") from None
    new = _encoded(text, data)
    try:
        # Replaced only while it holds the bytes read above: an editor's save meanwhile wins.
        pending = prepare_write(path, new, ours=lambda existing: existing == data)
    except UserFileError:
        raise EditRefused(f"{path} changed on disk meanwhile; nothing was written") from None

    def work(conn: sqlite3.Connection) -> None:
        _import(conn, store, new, path)

    _in_transaction(store, [pending], work)
    return CardEdit(slug, path, before, card)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = target.stem, target.suffix
    number = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target


def copy_bundled(store: Store, slug: str) -> Path:
    """Copy the bundled deck ``slug`` (and its article) into the user's decks folder and make
    the copy the deck: the same deck and card ids, so every card keeps its progress."""
    source_file = deck_file(store, slug)
    if source_file is None or not is_bundled(source_file):
        raise EditRefused(f"'{slug}' is not a deck that ships with quizapp")
    data, deck = _read_deck(source_file)
    folder = user_decks_dir(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EditRefused(f"cannot make the folder {folder}: {exc.strerror or exc}") from None
    target = _free_name(folder, source_file.name)
    pending = []
    try:
        pending.append(prepare_write(target, data, ours=lambda _: False))
        article = deck_source_path(source_file, deck.source.path if deck.source else None)
        if article is not None and deck.source is not None and deck.source.path:
            copied = folder / deck.source.path
            if not copied.exists():
                copied.parent.mkdir(parents=True, exist_ok=True)
                pending.append(prepare_write(copied, article.read_bytes(), ours=lambda _: False))
    except (UserFileError, OSError) as exc:
        for write in pending:
            write.discard()
        raise EditRefused(f"cannot copy the deck to {folder}: {exc}") from None

    def work(conn: sqlite3.Connection) -> None:
        deck_now = check_bytes(data, source_file).deck
        assert deck_now is not None
        # The article is looked up once the files are in place; until then, the bundled one.
        importer.import_deck(
            conn, deck_now, store.clock.now(), target, article, file_digest(data)
        )
        conn.execute(
            "INSERT OR REPLACE INTO bundled_skip (name, slug, why) VALUES (?, ?, 'copied')",
            (source_file.name, slug),
        )

    _in_transaction(store, pending, work)
    # Point the deck at the copied article now that it is there (the same text).
    source = deck_source_path(target, deck.source.path if deck.source else None)
    if source is not None:
        with store.write() as conn:
            conn.execute(
                "UPDATE deck SET source_path = ? WHERE slug = ?", (str(source), slug)
            )
    return target
