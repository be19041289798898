"""The last queues read, kept until something could change them (as Anki keeps its queue).

A queue changes only when the database is written (by this store, or by another program:
SQLite's data_version tells), when the study day ends, or when a learning card falls due.
Until the first of those, asking again returns the same items without a query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from quizapp.storage.codec import from_db, to_db
from quizapp.storage.queue import Window
from quizapp.storage.views import StudyItem

Key = tuple[str | None, str | None, int]  # deck, section, limit


@dataclass(frozen=True)
class _Entry:
    stamp: tuple[int, int, int]  # data_version, the store's own writes, the study day
    until: datetime  # when a learning card falls due (minus the learn-ahead): the queue moves
    items: tuple[StudyItem, ...]


class QueueCache:
    def __init__(self) -> None:
        self._entries: dict[Key, _Entry] = {}
        self.writes = 0  # bumped by the store on each unit of work that writes

    @staticmethod
    def _version(conn: sqlite3.Connection) -> int:
        return conn.execute("PRAGMA data_version").fetchone()[0]

    def get(self, conn: sqlite3.Connection, key: Key, window: Window) -> list[StudyItem] | None:
        entry = self._entries.get(key)
        if entry is None or window.now >= entry.until:
            return None
        if entry.stamp != (self._version(conn), self.writes, window.today):
            return None
        return list(entry.items)

    def put(
        self,
        conn: sqlite3.Connection,
        key: Key,
        window: Window,
        items: list[StudyItem],
        learn_ahead: timedelta,
    ) -> None:
        (next_learning,) = conn.execute(
            "SELECT min(due) FROM card_state WHERE profile_id = ? AND phase IN (1, 3) "
            "AND due > ? AND due < ?",
            (window.profile_id, to_db(window.now), to_db(window.day_end)),
        ).fetchone()
        due = from_db(next_learning)
        until = window.day_end if due is None else min(window.day_end, due - learn_ahead)
        stamp = (self._version(conn), self.writes, window.today)
        self._entries[key] = _Entry(stamp, until, tuple(items))

    def clear(self) -> None:
        self._entries.clear()
