"""Profiles: whose progress is whose. Listed, renamed and deleted here; created only by what
writes progress (the study app), so a mistyped name is reported rather than made."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from quizapp.storage.codec import from_db
from quizapp.storage.errors import StorageError
from quizapp.storage.profile_names import DEFAULT_PROFILE, MAX_NAME_CHARS, name_problem

__all__ = [
    "DEFAULT_PROFILE",
    "MAX_NAME_CHARS",
    "ProfileSummary",
    "UnknownProfile",
    "close_name",
    "delete_profile",
    "find_profile",
    "list_profiles",
    "name_problem",
    "rename_profile",
    "unknown",
]


class UnknownProfile(StorageError):
    """A profile name that is not in the database (the message suggests a close one)."""


@dataclass(frozen=True)
class ProfileSummary:
    name: str
    created_at: datetime
    reviews: int
    last_review: datetime | None


def find_profile(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM profile WHERE name = ?", (name,)).fetchone()
    return None if row is None else int(row[0])


def close_name(conn: sqlite3.Connection, name: str) -> str | None:
    """The existing profile whose name is most like ``name`` (a likely typo), if any."""
    from rapidfuzz import fuzz, process

    names = [
        row[0] for row in conn.execute("SELECT name FROM profile WHERE name != ?", (name,))
    ]
    close = process.extractOne(name, names, scorer=fuzz.ratio, score_cutoff=60) if names else None
    return close[0] if close else None


def unknown(conn: sqlite3.Connection, name: str, where: str) -> UnknownProfile:
    close = close_name(conn, name)
    hint = f" (did you mean '{close}'?)" if close else ""
    return UnknownProfile(
        f"{where}: no profile '{name}'{hint}; `quizapp profiles` lists them, and the study "
        "app makes a new one on first use"
    )


def list_profiles(conn: sqlite3.Connection) -> list[ProfileSummary]:
    rows = conn.execute(
        "SELECT p.name, p.created_at, count(r.id), max(r.reviewed_at) FROM profile p "
        "LEFT JOIN review_log r ON r.profile_id = p.id GROUP BY p.id ORDER BY p.name"
    ).fetchall()
    return [
        ProfileSummary(name, from_db(created) or datetime.min, int(count), from_db(last))
        for name, created, count, last in rows
    ]


def rename_profile(conn: sqlite3.Connection, old: str, new: str, where: str) -> None:
    problem = name_problem(new)
    if problem is not None:
        raise StorageError(f"'{new}': {problem}")
    profile_id = find_profile(conn, old)
    if profile_id is None:
        raise unknown(conn, old, where)
    if old == new:
        return
    if find_profile(conn, new) is not None:
        raise StorageError(f"{where}: a profile '{new}' already exists; delete it first")
    conn.execute("UPDATE profile SET name = ? WHERE id = ?", (new, profile_id))


def _tables_with_profile(conn: sqlite3.Connection) -> list[str]:
    """Every table that keeps something per profile, including ones added by later schemas."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'profile'"
        )
    ]
    return [
        name
        for name in names
        if any(col[1] == "profile_id" for col in conn.execute(f'PRAGMA table_info("{name}")'))
    ]


def delete_profile(conn: sqlite3.Connection, name: str, where: str) -> int:
    """Delete the profile and everything that is its own; returns its number of reviews."""
    profile_id = find_profile(conn, name)
    if profile_id is None:
        raise unknown(conn, name, where)
    reviews = conn.execute(
        "SELECT count(*) FROM review_log WHERE profile_id = ?", (profile_id,)
    ).fetchone()[0]
    for table in _tables_with_profile(conn):
        conn.execute(f'DELETE FROM "{table}" WHERE profile_id = ?', (profile_id,))
    conn.execute("DELETE FROM profile WHERE id = ?", (profile_id,))
    return int(reviews)
