"""Database trouble a user can cause: one line and exit 2, and a damaged file is never written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.deck import load_deck
from quizapp.scheduling import Rating
from quizapp.storage import StorageError, open_store
from tests.conftest import SAMPLE_DECK

from .cli import cli, one_error_line


@pytest.mark.parametrize("command", [["decks"], ["stats"], ["import", "DECK"]])
def test_a_database_under_a_file_is_one_line(tmp_path: Path, command: list[str]) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    args = [str(deck) if a == "DECK" else a for a in command]
    for db in (blocker / "q.db", blocker / "deeper" / "q.db"):
        line = one_error_line(cli(*args, db=db))
        assert line.startswith(f"quizapp: {db}: cannot make the folder")
        assert "a file is in the way" in line
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def test_a_folder_without_permission_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    db = tmp_path / "locked" / "q.db"
    line = one_error_line(cli("decks", db=db))
    assert line == f"quizapp: {db}: cannot make the folder {db.parent}: Permission denied"


def test_a_folder_sqlite_cannot_write_in_is_one_line() -> None:
    db = Path("/proc/quizapp-test.db")  # exists, and no one may create files in it
    line = one_error_line(cli("stats", db=db))
    assert line.startswith(f"quizapp: {db}: cannot open the database for writing")


def damage(db: Path, every: int = 7, first: int = 0) -> bytes:
    """Garbage over every ``every``-th page from page ``first`` on (never the header page);
    returns the damaged bytes."""
    size = sqlite3.connect(db).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    pages = len(data) // size
    assert pages > first + 2 * every, pages
    for page in range(max(first, every), pages, every):
        data[page * size : (page + 1) * size] = b"\xde\xad\xbe\xef" * (size // 4)
    db.write_bytes(bytes(data))
    return bytes(data)


def make_database(tmp_path: Path, reviews: int = 0) -> tuple[Path, Path]:
    db = tmp_path / "q.db"
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    assert cli("import", deck, db=db).exit_code == 0
    if reviews:  # a long history fills the pages at the end of the file
        store = open_store(db)
        item = store.browse()[0].item_id
        for _ in range(reviews):
            store.review(item, Rating.Good)
        store.close()
    # Checkpoint the WAL into the file and drop it, so the damage is all there is.
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db, deck


def test_a_damaged_database_refuses_an_import_and_is_left_as_it_was(tmp_path: Path) -> None:
    db, _ = make_database(tmp_path, reviews=3000)
    pages = db.stat().st_size // 4096
    damaged = damage(db, first=pages - 60)  # in the review history, which import never reads
    assert cli("decks", db=db).exit_code == 0  # reads need not touch the damage to notice it
    other = tmp_path / "other.yaml"
    other.write_text(SAMPLE_DECK.replace("id: demo", "id: other"), encoding="utf-8")
    line = one_error_line(cli("import", other, db=db))
    assert line == (
        f"quizapp: {db}: the database file is damaged; nothing was written (restore a backup)"
    )
    assert db.read_bytes() == damaged


def test_after_a_storage_error_the_store_checks_before_writing(tmp_path: Path) -> None:
    db, deck = make_database(tmp_path)
    store = open_store(db)
    store.suspect = True  # as after a failed read
    store.verify()  # a sound file passes and clears the suspicion
    assert not store.suspect
    store.close()
    damage(db)
    store = open_store(db)
    store.suspect = True
    with pytest.raises(StorageError, match="damaged"):
        store.import_deck(load_deck(deck), deck)
    store.close()
