"""A killed process loses at most the review in flight; two processes lose nothing."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from quizapp.deck import Deck, QACard, Section
from quizapp.scheduling import Rating
from quizapp.storage import open_store

WORKER = Path(__file__).with_name("review_worker.py")


def big_deck(cards: int = 200) -> Deck:
    return Deck(
        id="big",
        title="Big",
        sections=(
            Section(
                id="s",
                title="S",
                cards=tuple(
                    QACard(id=f"c{i}", question=f"Q{i}?", answer=f"A{i}") for i in range(cards)
                ),
            ),
        ),
    )


def prepare(path: Path) -> None:
    store = open_store(path)
    store.import_deck(big_deck())
    store.close()


def consistent(path: Path) -> int:
    """Check the database is intact and each state matches its latest log entry."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    latest = conn.execute(
        "SELECT item_id, state_after FROM review_log WHERE id IN "
        "(SELECT max(id) FROM review_log GROUP BY profile_id, item_id)"
    ).fetchall()
    for item_id, after in latest:
        reps = conn.execute(
            "SELECT reps FROM card_state WHERE item_id = ? AND profile_id = 1", (item_id,)
        ).fetchone()[0]
        assert json.loads(after)["reps"] == reps
        logged = conn.execute(
            "SELECT count(*) FROM review_log WHERE item_id = ? AND profile_id = 1", (item_id,)
        ).fetchone()[0]
        assert logged == reps  # every review the state counts is in the log, and no more
    total = conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
    conn.close()
    return total


def test_killed_mid_review_leaves_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    prepare(path)
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), "1000000"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for _ in range(150):  # kill it right after a commit, in the middle of the next review
        proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Reviews reported committed after the 150th were still in the pipe when the kill landed.
    reported = 150 + sum(1 for line in proc.stdout if line.startswith("committed"))
    # Every reported review is in the log; at most the one in flight is there unreported.
    assert consistent(path) in (reported, reported + 1)
    # the database still works after the crash
    store = open_store(path)
    assert store.deck_summaries()[0].cards == 200
    store.review(1, Rating.Good)


def test_two_processes_reviewing_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    prepare(path)
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(path), "300"], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.strip().endswith("done")
    assert consistent(path) == 600
