"""Item analysis over several simulated students: a deliberately bad card comes out first."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from quizapp.analysis.items import Answer, ItemInfo, analyse, groups
from quizapp.cli.main import app
from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import open_store

DECK = """\
version: 1
id: quiz
title: Quiz
sections:
  - id: s
    title: Capitals
    cards:
      - {id: easy, type: qa, question: Capital of France?, answer: Paris}
      - {id: telling, type: choice, question: Capital of Peru?,
         options: [Lima, Cusco, Quito], answer: Lima}
      - {id: bad, type: choice, question: Capital of Australia?,
         options: [Canberra, Sydney, Melbourne, Perth], answer: Canberra}
      - {id: middling, type: qa, question: Capital of Canada?, answer: Ottawa}
"""
STUDENTS = ["s0", "s1", "s2", "s3", "s4", "s5"]  # from strongest to weakest


def simulate(db: Path) -> None:
    clock = FrozenClock(datetime(2026, 3, 2, 9, tzinfo=UTC))
    for rank, name in enumerate(STUDENTS):
        store = open_store(db, profile=name, clock=clock)
        store.fuzz = False
        if rank == 0:
            store.import_deck(loads(DECK))
        ids = {row.key: row.item_id for row in store.browse()}
        store.review(ids["easy"], Rating.Good)
        # The strong half knows Lima; the weak half picks Cusco.
        right = rank < 3
        grade, pick = (Rating.Good, "Lima") if right else (Rating.Again, "Cusco")
        store.review(ids["telling"], grade, picked=(pick,))
        # Everyone falls for Sydney: the card is bad, not the students.
        store.review(ids["bad"], Rating.Again, picked=("Sydney",))
        store.review(ids["middling"], Rating.Good if rank % 2 == 1 else Rating.Again)
        if rank == 1:
            store.set_flagged(ids["bad"], True, "Sydney is the famous one, but is this fair?")
        store.close()


def test_the_bad_card_comes_first_with_the_right_figures(tmp_path: Path) -> None:
    db = tmp_path / "class.db"
    simulate(db)
    store = open_store(db, profile="s0")
    rows = store.item_report("quiz")
    assert [r.item for r in rows] == ["bad", "middling", "telling", "easy"]
    bad = rows[0]
    assert bad.students == 6 and bad.first_try == 0.0
    assert bad.options == {"Canberra": 0, "Sydney": 6, "Melbourne": 0, "Perth": 0}
    assert bad.flags == 1 and bad.notes == ("Sydney is the famous one, but is this fair?",)
    assert bad.discrimination == 0.0  # strong and weak students miss it alike
    telling = next(r for r in rows if r.item == "telling")
    assert telling.first_try == 0.5 and telling.options == {"Lima": 3, "Cusco": 3, "Quito": 0}
    assert telling.discrimination == 1.0  # the top two got it, the bottom two did not
    easy = rows[-1]
    assert easy.first_try == 1.0 and easy.discrimination == 0.0


def test_report_command_prints_a_table_and_csv(tmp_path: Path) -> None:
    db = tmp_path / "class.db"
    simulate(db)
    runner = CliRunner()
    done = runner.invoke(app, ["--db", str(db), "report", "quiz", "--csv"])
    assert done.exit_code == 0, done.output
    first = next(csv.DictReader(io.StringIO(done.stdout)))
    assert (first["card"], first["students"], first["first_try"]) == ("bad", "6", "0.000")
    assert first["options"] == "Canberra: 0; Sydney: 6; Melbourne: 0; Perth: 0"
    done = runner.invoke(app, ["--db", str(db), "report", "quiz"])
    assert done.exit_code == 0
    lines = done.stdout.splitlines()
    assert "bad (choice): Capital of Australia?" in lines[1] and lines[1].lstrip().startswith("0%")
    assert "picked: Canberra: 0; Sydney: 6" in lines[2]
    missing = runner.invoke(app, ["--db", str(db), "report", "nope"])
    assert missing.exit_code == 2 and "no deck 'nope'" in missing.output


def test_groups_are_the_top_and_bottom_27_percent() -> None:
    scores = {f"s{i}": 1 - i / 10 for i in range(10)}
    upper, lower = groups(scores)
    assert upper == {"s0", "s1", "s2"} and lower == {"s7", "s8", "s9"}
    assert groups({"alone": 1.0}) == (set(), set())
    only = analyse([ItemInfo("a", "S", "qa", "Q")], [Answer("x", "a", True)])
    assert only[0].discrimination is None and only[0].first_try == 1.0
