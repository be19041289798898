"""Deck text is untrusted: it reaches the terminal neither as control codes nor as markup."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock
from quizapp.storage import open_store
from quizapp.tui.app import build_app

from .screen import controls_in
from .walk import walk

HOSTILE_DECK = r"""
version: 1
id: hostile
title: "\e]0;PWNED\a[bold red]Evil[/] deck"
source: {path: hostile.txt}
sections:
  - id: s1
    title: "[link=http://evil.example]Section[/link] \e[2J\e[H"
    cards:
      - id: q1
        type: qa
        question: "[link=http://evil.example]x[/link] \e]8;;http://evil.example\aclick\e]8;;\a"
        answer: "\e[2J\e[Hwiped [bold red]red[/]"
        explanation: "bidi \u202egnp.exe\u202c and C1 \x9b31m"
        source: "The [b]source[/b] sentence \e[5m."
      - id: q2
        type: choice
        question: "Pick [i]one[/i] \a"
        options: ["[red]A\e[0m", "B[/]", "\x9d0;t\x9c"]
        answer: "[red]A\e[0m"
      - id: q3
        type: truefalse
        statement: "[bold]Bold[/bold] claim \e]0;x\a"
        answer: false
        correction: "[/] closing tag first"
      - id: q4
        type: cloze
        text: "The {{c1::[b]answer\e[1m}} is hidden"
"""


@pytest.fixture
def hostile_deck(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_DECK, encoding="utf-8")
    (tmp_path / "hostile.txt").write_text(
        "Intro.\n\nThe [b]source[/b] sentence \x1b[5m. And more \x1b]0;t\x07 text.\n",
        encoding="utf-8",
    )
    return path


async def test_study_app_shows_hostile_text_literally(hostile_deck: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "h.db", profile="[b]ada[/b] [link=x]")
    store.fuzz = False
    store.import_deck(load_deck(hostile_deck), hostile_deck, tmp_path / "hostile.txt")
    seen: list[str] = []

    def check(text: str) -> None:
        assert not controls_in(text), controls_in(text)
        seen.append(text)

    clock = FrozenClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    await walk(build_app(store, clock=clock), check)
    everything = "\n".join(seen)
    assert "[bold red]Evil[/] deck" in everything  # the title as written, not styled
    assert "␛]0;PWNED␇" in everything
    assert "[link=http://evil.example]x[/link]" in everything  # shown, not a link, no crash
    assert "http://evil.example␇click" in everything  # BEL shown too, not silently dropped
    assert "Suspended: " in everything  # the toast that used to parse card text as markup
    assert "profile: [b]ada[/b] [link=x]" in everything  # names are never markup
    assert "\u202e" not in everything
    store.close()


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZAPP_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_commands_print_no_control_characters(hostile_deck: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    imported = run("import", str(hostile_deck), db=db)
    assert imported.returncode == 0, imported.stderr
    listed = run("decks", db=db)
    assert "␛]0;PWNED␇[bold red]Evil[/] deck  [hostile]" in listed.stdout
    stats = run("stats", db=db)
    checked = run("check", str(hostile_deck), db=db)
    broken = tmp_path / "broken\x1b]0;x\x07.yaml"
    broken.write_text(
        HOSTILE_DECK.replace("id: q4", 'id: "bad id \\e[2J"'), encoding="utf-8"
    )
    bad = run("check", str(broken), db=db)
    assert bad.returncode == 2
    [line] = bad.stderr.splitlines()
    assert "broken␛]0;x␇.yaml:" in line and "'bad id ␛[2J' is not a valid id" in line
    for result in (imported, listed, stats, checked, bad):
        assert not controls_in(result.stdout + result.stderr), result
        assert "Traceback" not in result.stderr
