"""`quizapp optimize` as a user runs it: the figures, the refusal, saving, rescheduling, undo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from quizapp.storage import Store
from tests.cli.test_cli import run
from tests.storage.history_support import long_history, write_history


def test_short_history_is_refused_with_how_many_more_reviews(
    sample_deck_path: Path, db_path: Path
) -> None:
    assert run("import", str(sample_deck_path), db=db_path).returncode == 0
    done = run("optimize", db=db_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "profile 'default': too little review history" in lines[0]
    assert "0 usable reviews, 450 needed (about 450 more reviews" in lines[0]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM fsrs_params").fetchone()[0] == 0


def test_fit_save_reschedule_and_undo(store: Store, db_path: Path) -> None:
    write_history(store, long_history())
    store.close()

    fitted = run("optimize", "--reschedule", db=db_path)
    assert fitted.returncode == 0, fitted.stderr
    out = fitted.stdout
    assert "fitted FSRS-6 parameters to" in out
    assert "log loss" in out and "RMSE" in out
    assert "trained on earlier reviews, tested on later ones:" in out
    assert "current (FSRS defaults)" in out
    assert "saved: the new parameters apply from the next review" in out
    assert "rescheduled:" in out and "cards in review have a new due date" in out
    with sqlite3.connect(db_path) as conn:
        (params,) = conn.execute("SELECT parameters_json FROM fsrs_params").fetchone()
    assert len(json.loads(params)) == 21

    again = run("optimize", db=db_path)
    assert again.returncode == 0 and "current (your own)" in again.stdout
    if "saved" in again.stdout:
        assert "due dates are unchanged; `quizapp reschedule` re-dates the cards" in again.stdout
        redated = run("reschedule", db=db_path)
        assert redated.returncode == 0 and "cards in review have a new due date" in redated.stdout
    with sqlite3.connect(db_path) as conn:
        fits = conn.execute("SELECT COUNT(*) FROM fsrs_params").fetchone()[0]
    assert fits in (1, 2)  # the second fit is kept only if it predicts better still
    for _ in range(fits - 1):
        undone = run("optimize", "--undo", db=db_path)
        assert undone.returncode == 0
        assert "parameters restored: your earlier fit" in undone.stdout
    undone = run("optimize", "--undo", "--reschedule", db=db_path)
    assert undone.returncode == 0
    assert "parameters restored: the FSRS defaults, from the next review" in undone.stdout
    assert "rescheduled:" in undone.stdout
    nothing = run("optimize", "--undo", db=db_path)
    assert nothing.returncode == 2
    assert "uses the FSRS defaults: nothing to undo" in nothing.stderr
