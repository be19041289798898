"""Importing a file again: unchanged bytes are noticed, edits and warnings never missed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quizapp.deck import Deck, QACard, Section, dumps


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZAPP_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args], capture_output=True, text=True, env=env,
        timeout=120,
    )


def deck_text(question: str = "Capital of France?") -> str:
    cards = (
        QACard(id="paris", question=question, answer="Paris"),
        QACard(id="rome", question="Capital of Italy?", answer="Rome"),
    )
    section = Section(id="s", title="S", cards=cards)
    return dumps(Deck(id="geo", title="Geography", sections=(section,)))


def test_the_same_file_again_is_unchanged_and_an_edit_is_imported(tmp_path: Path) -> None:
    db, deck = tmp_path / "progress.db", tmp_path / "geo.yaml"
    deck.write_text(deck_text(), encoding="utf-8")
    assert "geo: 2 added" in run("import", str(deck), db=db).stdout
    again = run("import", str(deck), db=db)
    assert again.returncode == 0
    assert "geo: 0 added, 0 updated, 0 retired, 2 unchanged" in again.stdout
    deck.write_text(deck_text("What is the capital of France?"), encoding="utf-8")
    edited = run("import", str(deck), db=db)
    assert "geo: 0 added, 1 updated, 0 retired, 1 unchanged" in edited.stdout
    listed = run("decks", "--json", db=db).stdout
    assert '"slug": "geo"' in listed


def test_a_copy_elsewhere_is_read_and_still_unchanged(tmp_path: Path) -> None:
    db, deck = tmp_path / "progress.db", tmp_path / "geo.yaml"
    deck.write_text(deck_text(), encoding="utf-8")
    run("import", str(deck), db=db)
    (tmp_path / "copy").mkdir()
    copy = tmp_path / "copy" / "geo.yaml"
    copy.write_text(deck_text(), encoding="utf-8")
    assert "2 unchanged" in run("import", str(copy), db=db).stdout
    # two files giving one deck id are refused, even when one of them is unchanged
    both = run("import", str(deck), str(copy), db=db)
    assert both.returncode == 2 and "deck id 'geo' is given by more than one file" in both.stderr


def test_warnings_are_shown_on_every_import(tmp_path: Path) -> None:
    db, deck = tmp_path / "progress.db", tmp_path / "geo.yaml"
    deck.write_text(deck_text().replace("- id: rome\n    ", "- "), encoding="utf-8")
    for _ in range(2):
        result = run("import", str(deck), db=db)
        assert result.returncode == 0
        assert "card has no id" in result.stderr
