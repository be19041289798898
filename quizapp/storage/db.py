"""The SQLite file: where it lives, how a connection is set up, transactions, and errors.

The standard library's sqlite3 is used directly: every query the app runs is a short statement
that sqlite3 prepares once and caches, so a review or a queue read costs what SQLite costs.
Nothing here runs at import time.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from quizapp.storage.errors import StorageError
from quizapp.storage.migrations import NewerDatabaseError, migrate

BUSY_TIMEOUT_MS = 5000
STATEMENT_CACHE = 256  # every statement of the app stays prepared


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("quizapp", appauthor=False) / "quizapp.db"


def resolve_db_path(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    env = os.environ.get("QUIZAPP_DB")
    return Path(env) if env else default_db_path()


def _describe(exc: BaseException, path: Path) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path}: the database is locked by another program; close it and try again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path}: the database file is corrupt or not a quizapp database"
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return f"{path}: cannot open the database for writing ({text})"
    return f"{path}: database error: {text}"


@contextlib.contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn SQLite failures a user can cause into StorageError with one clear line."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise StorageError(_describe(exc, path)) from exc
    except NewerDatabaseError as exc:
        raise StorageError(f"{path}: {exc}; upgrade quizapp to open it") from exc


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun explicitly), WAL journal."""
    conn = sqlite3.connect(
        path,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,  # the Store serializes use with its own lock
        cached_statements=STATEMENT_CACHE,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode survives a killed process; only a power cut may lose the last commit.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def open_database(path: Path) -> sqlite3.Connection:
    """Connect to ``path``, creating the folder and applying pending migrations."""
    try:
        is_dir = path.is_dir()
    except OSError as exc:
        raise StorageError(f"{path}: cannot open the database: {exc.strerror or exc}") from None
    if is_dir:
        raise StorageError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise StorageError(
            f"{path}: cannot make the folder {path.parent}: a file is in the way"
        ) from None
    except OSError as exc:
        raise StorageError(
            f"{path}: cannot make the folder {path.parent}: {exc.strerror or exc}"
        ) from None
    with storage_errors(path):
        conn = connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            migrate(conn)
        except BaseException:
            conn.close()
            raise
    return conn


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick_check (every page read, indexes not cross-checked): StorageError when the
    file is damaged, so nothing is written into it."""
    damaged = f"{path}: the database file is damaged; nothing was written (restore a backup)"
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(_describe(exc, path)) from exc
        raise StorageError(damaged) from exc
    if rows != [("ok",)]:
        raise StorageError(damaged)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work, committed whole or not at all. The write lock is taken up front
    (BEGIN IMMEDIATE) so two processes never both read, then both try to write."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
