"""Malformed tables: every bad row reported as FILE:LINE: message, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.interop import TableError, deck_from_table

HEADERS = (
    "#separator:Comma\n"
    "#html:true\n"
    "#columns:quizapp type,quizapp id,quizapp section id,quizapp section title,"
    "quizapp question,quizapp answer,quizapp options,quizapp text,quizapp statement\n"
)


def errors_of(tmp_path: Path, text: str, name: str = "bad.csv") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError) as info:
        deck_from_table(path)
    assert not path.with_suffix(".yaml").exists()
    return [line.removeprefix(str(tmp_path) + "/") for line in info.value.lines]


def test_each_malformed_row_is_reported_at_its_line(tmp_path: Path) -> None:
    text = HEADERS + (
        "qa,ok,s,S,Fine?,Yes,,,\n"  # line 4
        "quiz,q2,s,S,What?,That,,,\n"  # 5: unknown type
        'choice,q3,s,S,Pick,"[""c""]","[""a"", ""b""]",,\n'  # 6: answer not an option
        "cloze,q4,s,S,,,,No deletion here,\n"  # 7
        "qa,ok,s,S,Again?,Yes,,,\n"  # 8: duplicate id
        "truefalse,q5,s,S,,maybe,,,Sky is blue\n"  # 9: not a boolean
        "qa,q6,s,S,,Answer only,,,\n"  # 10: empty question
        "choice,q7,s,S,Pick,a,not json,,\n"  # 11: options not a JSON list
        "qa,q8,s,S,Q,A,,stray text,\n"  # 12: column used by another type
    )
    lines = errors_of(tmp_path, text)
    assert [line.split(":")[1] for line in lines] == [str(n) for n in range(5, 13)]
    assert lines[0].startswith("bad.csv:5: unknown card type 'quiz'")
    assert "answer 'c' is not among the options" in lines[1]
    assert "cloze text has no deletion" in lines[2]
    assert "duplicate card id 'ok' (first on line 4)" in lines[3]
    assert "must be `true` or `false`" in lines[4]
    assert "'quizapp question' column is empty" in lines[5]
    assert "must be a JSON list" in lines[6]
    assert "'quizapp text' is not used by a qa card" in lines[7]


def test_line_numbers_count_rows_that_span_lines(tmp_path: Path) -> None:
    text = HEADERS + 'qa,a,s,S,"Two\nlines",Yes,,,\nqa,b,s,S,,No question,,,\n'
    assert errors_of(tmp_path, text)[0].startswith("bad.csv:6: ")


def test_unclosed_quote_is_reported(tmp_path: Path) -> None:
    text = '#separator:Comma\n#html:false\nBasic,"Front,Back\nBasic,x,y\n'
    (line,) = errors_of(tmp_path, text)
    assert line.startswith("bad.csv:3: cannot read this row")


def test_quizlet_line_without_a_tab_is_reported(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, "dog\tchien\ncat chat\nbird\t\n", name="vocab.tsv")
    assert lines[0] == "vocab.tsv:2: expected a term and a definition separated by a tab"
    assert lines[1].startswith("vocab.tsv:3: the answer of this qa card is empty")


def test_section_with_two_titles_is_reported(tmp_path: Path) -> None:
    text = HEADERS + "qa,a,s,One,Q1,A,,,\nqa,b,s,Two,Q2,A,,,\n"
    (line,) = errors_of(tmp_path, text)
    assert line.startswith("bad.csv:5: section 's' is titled 'Two' here but 'One' on line 4")


def test_headers_only_is_an_error(tmp_path: Path) -> None:
    assert errors_of(tmp_path, HEADERS) == [
        "bad.csv: no cards: the file has no rows after its headers"
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b"caf\xe9\tcoffee\n"), "not UTF-8 text"),
    ],
)
def test_unreadable_file_is_one_line(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.csv"
    make(path)
    with pytest.raises(TableError) as info:
        deck_from_table(path)
    (line,) = info.value.lines
    assert line.startswith(f"{path}: {message}")
