"""The SQLite engine: where the file lives, connection pragmas, and opening with migrations.

Nothing here runs at import time: the data folder and the engine are made by ``open_engine``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError as SAOperationalError

from quizapp.storage.errors import StorageError
from quizapp.storage.migrations import NewerDatabaseError, migrate

__all__ = ["StorageError", "default_db_path", "open_engine", "resolve_db_path", "storage_errors"]

BUSY_TIMEOUT_MS = 5000


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("quizapp", appauthor=False) / "quizapp.db"


def resolve_db_path(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    env = os.environ.get("QUIZAPP_DB")
    return Path(env) if env else default_db_path()


def _configure(dbapi_conn: sqlite3.Connection) -> None:
    # Transactions are begun explicitly (see _begin) so writers can take the lock up front.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode survives a killed process; only a power cut may lose the last commit.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _describe(exc: BaseException, path: Path) -> str:
    text = str(getattr(exc, "orig", exc) or exc)
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
    except (SAOperationalError, SADatabaseError, sqlite3.DatabaseError) as exc:
        raise StorageError(_describe(exc, path)) from exc
    except NewerDatabaseError as exc:
        raise StorageError(f"{path}: {exc}; upgrade quizapp to open it") from exc


def open_engine(path: Path) -> Engine:
    """Create the engine for ``path``, creating the folder and applying pending migrations."""
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
        raw = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            _configure(raw)
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            migrate(raw)
        finally:
            raw.close()
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", lambda conn, _record: _configure(conn))
    event.listen(engine, "begin", _begin)
    return engine


def check_integrity(engine: Engine, path: Path) -> None:
    """SQLite's quick_check (every page read, indexes not cross-checked): StorageError when the
    file is damaged, so nothing is written into it."""
    damaged = f"{path}: the database file is damaged; nothing was written (restore a backup)"
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check(1)").fetchall()
    except (SAOperationalError, SADatabaseError, sqlite3.DatabaseError) as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(_describe(exc, path)) from exc
        raise StorageError(damaged) from exc
    if [tuple(r) for r in rows] != [("ok",)]:
        raise StorageError(damaged)


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers ask for BEGIN IMMEDIATE so two processes never both read, then both try to write.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
