"""Deck files known by the hash of their bytes: importing one again unchanged reads nothing.

``unchanged_decks`` answers a whole `quizapp import` of unchanged files from two indexed
queries, before the deck loader, the scheduler or the store are even imported.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from quizapp.storage.db import connect
from quizapp.storage.migrations import LATEST, schema_version
from quizapp.storage.views import ImportReport
from quizapp.userfiles import MAX_DECK_BYTES, UserFileError, read_user_file


def file_digest(data: bytes) -> str:
    """The hash of a deck file's bytes, stored with the deck to skip an unchanged re-import."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def known_file(conn: sqlite3.Connection, deck_path: Path, digest: str) -> str | None:
    """The deck id imported from exactly this file with exactly these bytes, if any."""
    row = conn.execute(
        "SELECT slug FROM deck WHERE file_hash = ? AND deck_path = ?", (digest, str(deck_path))
    ).fetchone()
    return row[0] if row else None


def unchanged_report(conn: sqlite3.Connection, slug: str) -> ImportReport:
    (count,) = conn.execute(
        "SELECT count(*) FROM item i JOIN deck d ON d.id = i.deck_id "
        "WHERE d.slug = ? AND i.retired = 0",
        (slug,),
    ).fetchone()
    return ImportReport(slug, unchanged=count)


def unchanged_decks(db: Path, files: list[Path]) -> list[ImportReport] | None:
    """The reports for ``files`` when each is a YAML deck last imported from that very path
    with these very bytes (and no two name one deck); None when any has to be read."""
    if any(path.suffix.lower() not in (".yaml", ".yml") for path in files):
        return None
    try:
        conn = connect(db)
    except sqlite3.Error:
        return None
    try:
        if schema_version(conn) != LATEST:
            return None  # the full path migrates it first
        slugs = []
        for path in files:
            try:
                digest = file_digest(read_user_file(path, MAX_DECK_BYTES))
            except UserFileError:
                return None
            slug = known_file(conn, path.resolve(), digest)
            if slug is None or slug in slugs:
                return None
            slugs.append(slug)
        return [unchanged_report(conn, slug) for slug in slugs]
    except sqlite3.Error:
        return None  # the full path says what is wrong
    finally:
        conn.close()
