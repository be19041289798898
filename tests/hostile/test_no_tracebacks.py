"""Every hostile input above, through the real `quizapp` program: exit code 2, one line on
stderr, no traceback, no hang, and nothing on the terminal a terminal would act on."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DECK

from .screen import controls_in
from .test_limits import alias_bomb
from .test_overwrite import ARTICLE, HAND_WRITTEN

Setup = Callable[[Path], list[str]]


def deck_with(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def fifo(tmp: Path, name: str = "pipe.yaml") -> str:
    os.mkfifo(tmp / name)
    return str(tmp / name)


def imported_db(tmp: Path) -> Path:
    db = tmp / "q.db"
    run("import", deck_with(tmp, "demo.yaml", SAMPLE_DECK), db=db)
    return db


def damaged_db(tmp: Path) -> list[str]:
    db = imported_db(tmp)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    for page in range(7, len(data) // 4096, 7):
        data[page * 4096 : (page + 1) * 4096] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    other = deck_with(tmp, "other.yaml", SAMPLE_DECK.replace("id: demo", "id: other"))
    return ["--db", str(db), "import", other]


def hand_written(tmp: Path, name: str) -> None:
    (tmp / name).write_text(HAND_WRITTEN, encoding="utf-8")


def setting(value: str) -> str:
    return SAMPLE_DECK.replace("settings: {new_per_day: 5}", f"settings: {{{value}}}")


CASES: dict[str, Setup] = {
    "check a FIFO": lambda t: ["check", fifo(t)],
    "import a FIFO": lambda t: ["import", fifo(t)],
    "export a FIFO": lambda t: ["export", fifo(t)],
    "generate from a FIFO": lambda t: ["generate", fifo(t)],
    "import a FIFO named .apkg": lambda t: ["import", fifo(t, "p.apkg")],
    "import a FIFO named .csv": lambda t: ["import", fifo(t, "p.csv")],
    "import a text file named .apkg": lambda t: ["import", deck_with(t, "x.apkg", "not a zip")],
    "check /dev/zero": lambda t: ["check", "/dev/zero"],
    "import /dev/zero as a table": lambda t: ["import", "/dev/zero"],
    "check a folder": lambda t: ["check", str(t)],
    "check an alias bomb": lambda t: ["check", deck_with(t, "bomb.yaml", alias_bomb())],
    "import an alias bomb": lambda t: ["import", deck_with(t, "bomb.yaml", alias_bomb())],
    "a step that overflows dates": lambda t: [
        "import",
        deck_with(t, "steps.yaml", setting("learning_steps: [5000000000]")),
    ],
    "a huge new_per_day": lambda t: [
        "check",
        deck_with(t, "new.yaml", setting("new_per_day: 1" + "0" * 30)),
    ],
    "a raw control character": lambda t: [
        "check",
        deck_with(t, "ctrl.yaml", SAMPLE_DECK.replace("Capitals", "Capi\x1b]0;x\x07tals")),
    ],
    "an escaped ESC in an id": lambda t: [
        "check",
        deck_with(t, "esc.yaml", SAMPLE_DECK.replace("id: paris", 'id: "p\\e[2J"')),
    ],
    "a source path out of the folder": lambda t: [
        "import",
        deck_with(
            t, "src.yaml", SAMPLE_DECK.replace("title: Demo deck", "title: D\nsource: {path: ../x}")
        ),
    ],
    "generate over a hand-written deck": lambda t: [
        (hand_written(t, "notes.yaml"), "generate")[1],
        deck_with(t, "notes.txt", ARTICLE),
    ],
    "import a table over a hand-written deck": lambda t: [
        (hand_written(t, "table.yaml"), "import")[1],
        deck_with(t, "table.tsv", "dog\tchien\n"),
    ],
    "export over a hand-written file": lambda t: [
        (hand_written(t, "demo.csv"), "export")[1],
        deck_with(t, "demo.yaml", SAMPLE_DECK),
        "--format",
        "csv",
    ],
    "generate through a symbolic link": lambda t: [
        ((t / "link.yaml").symlink_to(t / "victim"), "generate")[1],
        deck_with(t, "n.txt", ARTICLE),
        "-o",
        str(t / "link.yaml"),
    ],
    "--db under a file": lambda t: [
        "--db",
        str(Path(deck_with(t, "f", "x")) / "q.db"),
        "stats",
    ],
    "--db where nothing may be written": lambda t: ["--db", "/proc/q.db", "decks"],
    "import into a damaged database": damaged_db,
    "an unknown profile": lambda t: ["--db", str(imported_db(t)), "--profile", "alcie", "stats"],
    "an empty profile": lambda t: ["--profile", "", "decks"],
    "deleting a profile without --yes": lambda t: [
        "--db",
        str(imported_db(t)),
        "profiles",
        "delete",
        "default",
    ],
}


def run(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if db is not None:
        env["QUIZAPP_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,  # a hang fails here instead of stalling the suite
    )


@pytest.mark.parametrize("case", list(CASES))
def test_no_command_prints_a_traceback(tmp_path: Path, case: str) -> None:
    args = CASES[case](tmp_path)
    result = run(*args, db=tmp_path / "default.db")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert not controls_in(result.stdout + result.stderr), result.stderr
