"""`quizapp remove`: the deck leaves the list, its progress stays unless deleted with --yes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_cli import run
from tests.conftest import SAMPLE_DECK


def log_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM review_log").fetchone()[0]


def test_remove_keeps_progress_and_a_bundled_deck_stays_removed(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    assert run("import", str(deck), db=db).returncode == 0
    with sqlite3.connect(db) as conn:  # one answer in the log, as if studied
        conn.execute(
            "INSERT INTO review_log (profile_id, item_id, rating, reviewed_at, study_day, "
            "state_before, state_after, phase_before) "
            "SELECT (SELECT min(id) FROM profile), id, 3, '2026-01-02', 1, '{}', '{}', 0 FROM item "
            "LIMIT 1"
        )
    done = run("remove", "demo", db=db)
    assert done.returncode == 0, done.stderr
    assert "removed 'demo' (" in done.stdout and "progress kept" in done.stdout
    listed = run("decks", db=db).stdout
    assert "demo" not in listed and "nk-russia-pact" in listed
    assert log_rows(db) == 1 and deck.exists()
    # A bundled deck: removed, it does not come back when the next command imports them.
    assert run("remove", "nk-russia-pact", db=db).returncode == 0
    assert "nk-russia-pact" not in run("decks", db=db).stdout


def test_deleting_progress_needs_yes_and_an_unknown_deck_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    run("import", str(deck), db=db)
    refused = run("remove", "demo", "--delete-progress", db=db)
    assert refused.returncode == 2 and "add --yes" in refused.stderr
    assert "demo" in run("decks", db=db).stdout
    unknown = run("remove", "nope", db=db)
    assert unknown.returncode == 2
    assert len(unknown.stderr.strip().splitlines()) == 1 and "no deck 'nope'" in unknown.stderr
    gone = run("remove", "demo", "--delete-progress", "--yes", db=db)
    assert gone.returncode == 0 and "progress deleted" in gone.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM deck WHERE slug = 'demo'").fetchone()[0] == 0
