"""`quizapp export` and `quizapp import FILE.csv` through the real command-line app."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import Deck, load_deck
from quizapp.interop.progress_csv import COLUMNS
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import open_store

runner = CliRunner()


def test_export_apkg_beside_the_deck(deck_file: Path) -> None:
    result = runner.invoke(app, ["export", str(deck_file)])
    assert result.exit_code == 0, result.output
    package = deck_file.with_suffix(".apkg")
    assert "6 cards" in result.output
    with zipfile.ZipFile(package) as archive:
        assert "collection.anki2" in archive.namelist()


def test_export_csv_then_import_it_gives_the_same_deck(
    deck_file: Path, sample_deck: Deck, tmp_path: Path
) -> None:
    table = tmp_path / "shared" / "capitals.csv"
    table.parent.mkdir()
    result = runner.invoke(app, ["export", str(deck_file), "--format", "csv", "-o", str(table)])
    assert result.exit_code == 0, result.output
    db = tmp_path / "q.db"
    result = runner.invoke(app, ["--db", str(db), "import", str(table)])
    assert result.exit_code == 0, result.output
    assert load_deck(table.with_suffix(".yaml")) == sample_deck
    assert "world-capitals: 7 added" in result.output


def test_import_of_a_malformed_csv_imports_nothing(tmp_path: Path) -> None:
    table = tmp_path / "vocab.tsv"
    table.write_text("dog\tchien\ncat\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = runner.invoke(app, ["--db", str(db), "import", str(table)])
    assert result.exit_code == 2
    assert f"{table}:2: expected a term and a definition separated by a tab" in result.output
    assert not table.with_suffix(".yaml").exists()


def test_export_errors_are_one_line_each(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nid: x\ntitle: X\nsections: []\n", encoding="utf-8")
    cases = [
        ([str(tmp_path / "missing.yaml")], "missing.yaml: no such file"),
        ([str(tmp_path)], "is a folder"),
        ([str(broken)], "broken.yaml:4:11: 'sections' must be a non-empty list"),
        ([str(broken), "-o", str(tmp_path / "no" / "x.apkg")], "broken.yaml:4:11"),
        ([], "give the deck to export"),
    ]
    for args, message in cases:
        result = runner.invoke(app, ["export", *args])
        assert result.exit_code == 2, args
        assert message in result.output, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1


def test_export_to_a_missing_folder_fails_cleanly(deck_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(deck_file), "-o", str(tmp_path / "no" / "x.apkg")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def reviewed_store(db: Path, deck: Deck, clock: FrozenClock) -> None:
    store = open_store(db, clock=clock)
    store.import_deck(deck)
    first = store.next_items(limit=1)[0]
    store.review(first.item_id, Rating.Good)
    clock.advance(timedelta(days=1))
    store.review(first.item_id, Rating.Good)
    open_store(db, clock=clock, profile="ann")  # a second profile, nothing studied


def test_progress_has_a_row_per_item_and_profile(sample_deck: Deck, tmp_path: Path) -> None:
    clock = FrozenClock(datetime(2026, 3, 1, 10, tzinfo=UTC))
    db = tmp_path / "q.db"
    reviewed_store(db, sample_deck, clock)
    clock.advance(timedelta(days=3))
    rows = open_store(db, clock=clock).progress_rows()
    assert len(rows) == 2 * 7  # two profiles, seven study items (a cloze card has two)
    studied = [r for r in rows if r.reps]
    assert [(r.profile, r.deck, r.section, r.card) for r in studied] == [
        ("default", "world-capitals", "europe", "fr")
    ]
    (fr,) = studied
    assert fr.reps == 2 and fr.lapses == 0 and fr.state == "review"
    assert fr.stability is not None and fr.stability > 1
    assert fr.retrievability is not None and 0 < fr.retrievability < 1
    assert fr.last_review == datetime(2026, 3, 2, 10, tzinfo=UTC)
    assert fr.due is not None and fr.due > fr.last_review
    assert {r.card for r in rows if r.profile == "ann"} >= {"it#c1", "it#c2"}


def test_export_progress_writes_a_csv(sample_deck: Deck, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    reviewed_store(db, sample_deck, FrozenClock(datetime(2026, 3, 1, 10, tzinfo=UTC)))
    out = tmp_path / "progress.csv"
    result = runner.invoke(app, ["--db", str(db), "export", "--progress", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert tuple(header) == COLUMNS
    assert len(rows) == 14
    fr = next(r for r in rows if r[0] == "default" and r[3] == "fr")
    assert fr[4:7] == ["review", "2", "0"]
    assert fr[9] == "2026-03-02 10:00"
    new = next(r for r in rows if r[0] == "ann")
    assert new[4:] == ["new", "0", "0", "", "", "", "", "", ""]


def test_flagged_cards_reach_the_teachers_spreadsheet(sample_deck: Deck, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    store = open_store(db, clock=FrozenClock(datetime(2026, 3, 1, 10, tzinfo=UTC)))
    store.import_deck(sample_deck)
    item = store.next_items()[0]
    store.set_flagged(item.item_id, True, "two answers are right")
    out = tmp_path / "progress.csv"
    result = runner.invoke(app, ["--db", str(db), "export", "--progress", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    flagged = [r for r in rows if r[header.index("flagged")] == "yes"]
    assert [(r[3], r[header.index("flag note")]) for r in flagged] == [
        (item.key, "two answers are right")
    ]
