"""Databases made by earlier schema versions open, upgrade, and keep their progress."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.scheduling import FrozenClock, Phase, Rating
from quizapp.storage import StorageError, open_store
from quizapp.storage.migrations import LATEST

DATA = Path(__file__).parents[1] / "data"


def test_version_1_database_upgrades_and_keeps_progress(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "schema_v1.db", path)
    store = open_store(path, clock=FrozenClock(datetime(2026, 1, 10, 9, tzinfo=UTC)))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    [deck] = store.deck_summaries()
    assert deck.slug == "old" and deck.counts.due == 1
    [item] = store.next_items()
    assert item.card.question == "Capital of France?"
    assert item.state.phase is Phase.REVIEW and item.state.stability == 8.5
    assert item.state.reps == 2
    assert item.state.scheduled_days == 8  # the interval it was given, due minus last review
    # features of the newer schema work on the upgraded file
    store.set_flagged(item.item_id, True, "typo")
    store.record_quiz("old", None, 1, 1, [])
    store.review(item.item_id, Rating.Good)
    assert store.stats().total_reviews == 2
    assert store.retention()[0].periods["today"].young_passed == 1  # an 8-day card, passed


def test_a_database_upgraded_from_version_1_has_the_schema_of_a_new_one(tmp_path: Path) -> None:
    def schema(path: Path) -> dict[str, set[tuple]]:
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {t: {r[1:3] for r in conn.execute(f"PRAGMA table_info({t})")} for t in tables}
        conn.close()
        return found

    old = tmp_path / "old.db"
    shutil.copy(DATA / "schema_v1.db", old)
    open_store(old).close()
    open_store(tmp_path / "new.db").close()
    assert schema(old) == schema(tmp_path / "new.db")
    assert ("file_hash", "VARCHAR") in schema(old)["deck"]


def test_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(StorageError, match="newer than this quizapp understands"):
        open_store(path)


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="corrupt or not a quizapp database"):
        open_store(path)
    assert path.read_bytes() == b"this is not a database" * 100  # nothing written
