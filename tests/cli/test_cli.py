"""The command line as a user meets it: exit codes, one-line errors, nothing half written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DECK


def run(*args: str, db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZAPP_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.yaml"
    path.write_text(SAMPLE_DECK, encoding="utf-8")
    return path


def test_check_clean_and_broken(tmp_path: Path, deck_file: Path, db_path: Path) -> None:
    ok = run("check", str(deck_file), db=db_path)
    assert ok.returncode == 0 and "ok (2 sections, 6 cards)" in ok.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text(SAMPLE_DECK.replace("answer: Paris", "anwser: Paris"), encoding="utf-8")
    bad = run("check", str(broken), db=db_path)
    assert bad.returncode == 2
    assert f"{broken}:9:" in bad.stderr and "did you mean 'answer'" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_import_is_atomic_across_files(tmp_path: Path, deck_file: Path, db_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        SAMPLE_DECK.replace("id: demo", "id: other").replace("type: cloze", "type: clozed"),
        encoding="utf-8",
    )
    result = run("import", str(deck_file), str(broken), db=db_path)
    assert result.returncode == 2
    assert "nothing imported" in result.stderr
    listed = json.loads(run("decks", "--json", db=db_path).stdout)
    assert all(d["slug"] not in ("demo", "other") for d in listed)


def test_import_then_reimport_reports_changes(deck_file: Path, db_path: Path) -> None:
    first = run("import", str(deck_file), db=db_path)
    assert (
        first.returncode == 0 and "demo: 7 added, 0 updated, 0 retired, 0 unchanged" in first.stdout
    )
    deck_file.write_text(
        SAMPLE_DECK.replace("What colour is snow?", "Snow colour?"), encoding="utf-8"
    )
    second = run("import", str(deck_file), db=db_path)
    assert "demo: 0 added, 1 updated, 0 retired, 6 unchanged" in second.stdout


def test_decks_and_stats_json(deck_file: Path, db_path: Path) -> None:
    run("import", str(deck_file), db=db_path)
    decks = json.loads(run("decks", "--json", db=db_path).stdout)
    demo = next(d for d in decks if d["slug"] == "demo")
    assert demo["counts"] == {"new": 5, "learning": 0, "due": 0}
    assert [s["title"] for s in demo["sections"]] == ["Capitals", "Colours"]
    stats = json.loads(run("stats", "--json", db=db_path).stdout)
    assert stats["reviews_today"] == 0 and stats["streak_days"] == 0
    assert stats["recent_quizzes"] == []
    assert {
        "deck": "demo",
        "section": "capitals",
        "title": "Capitals",
        "cards": 4,
        "mastered": 0,
        "share": 0.0,
    } in stats["mastery"]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("missing", "no such file"),
        ("latin1", "not UTF-8 text"),
        ("folder", "is a folder"),
    ],
)
def test_bad_deck_files_give_one_line(
    tmp_path: Path, db_path: Path, setup: str, expected: str
) -> None:
    path = tmp_path / "deck.yaml"
    if setup == "latin1":
        path.write_bytes("title: café".encode("latin-1"))
    elif setup == "folder":
        path.mkdir()
    result = run("import", str(path), db=db_path)
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_corrupt_database_is_one_line_and_untouched(tmp_path: Path, deck_file: Path) -> None:
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 50)
    result = run("decks", db=db)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "corrupt" in result.stderr
    assert db.read_bytes() == b"garbage" * 50


def test_profiles_keep_separate_progress(deck_file: Path, db_path: Path) -> None:
    from quizapp.scheduling import Rating
    from quizapp.storage import open_store

    run("import", str(deck_file), db=db_path)
    alice = open_store(db_path, profile="alice")
    alice.review(alice.next_items()[0].item_id, Rating.Good)
    stats_alice = json.loads(run("--profile", "alice", "stats", "--json", db=db_path).stdout)
    stats_default = json.loads(run("stats", "--json", db=db_path).stdout)
    assert stats_alice["reviews_today"] == 1 and stats_default["reviews_today"] == 0


def test_help_on_every_command(db_path: Path) -> None:
    for command in ("check", "import", "decks", "stats"):
        result = run(command, "--help", db=db_path)
        assert result.returncode == 0 and "Usage" in result.stdout


def test_table_in_a_failing_batch_writes_no_yaml(tmp_path: Path, db_path: Path) -> None:
    table = tmp_path / "words.tsv"
    table.write_text("chat\tcat\nchien\tdog\n", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nid: x\n", encoding="utf-8")
    result = run("import", str(table), str(broken), db=db_path)
    assert result.returncode == 2 and "nothing imported" in result.stderr
    assert not (tmp_path / "words.yaml").exists()
    ok = run("import", str(table), db=db_path)
    assert ok.returncode == 0 and (tmp_path / "words.yaml").exists()
    assert "words: 2 added" in ok.stdout


def test_locked_database_is_one_line_and_nothing_lost(deck_file: Path, db_path: Path) -> None:
    import sqlite3

    assert run("import", str(deck_file), db=db_path).returncode == 0
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the write lock past the timeout
    try:
        deck_file.write_text(SAMPLE_DECK.replace("Demo deck", "Renamed"), encoding="utf-8")
        result = run("import", str(deck_file), db=db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    assert "locked by another program" in result.stderr and "Traceback" not in result.stderr
    listed = json.loads(run("decks", "--json", db=db_path).stdout)
    assert next(d for d in listed if d["slug"] == "demo")["title"] == "Demo deck"


def test_importing_an_article_points_to_generate(tmp_path: Path, db_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A Title\nSome paragraph, with a comma. Another sentence.\n", "utf-8")
    result = run("import", str(article), db=db_path)
    assert result.returncode == 2
    assert f"quizapp generate {article}" in result.stderr
    assert not (tmp_path / "article.yaml").exists()
