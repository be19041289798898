"""Anki's text format: what we write, and that reading it back gives the same deck."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quizapp.deck import (
    ChoiceCard,
    ClozeCard,
    Deck,
    QACard,
    Section,
    Settings,
    TrueFalseCard,
    dumps,
    load_deck,
    loads,
)
from quizapp.interop import deck_from_table, dumps_table, table_to_deck
from quizapp.interop.anki_text import COLUMNS


def data_rows(text: str) -> list[list[str]]:
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.reader(io.StringIO(body)))


def test_headers_tell_anki_how_to_read_the_file(sample_deck: Deck) -> None:
    text = dumps_table(sample_deck)
    headers = [line for line in text.splitlines() if line.startswith("#")]
    assert headers[:2] == ["#separator:Comma", "#html:true"]
    for expected in (
        "#notetype column:1",
        "#deck column:2",
        "#guid column:3",
        "#tags column:6",
        "#columns:" + ",".join(COLUMNS),
    ):
        assert expected in headers
    rows = data_rows(text)
    assert len(rows) == 6
    assert all(len(row) == len(COLUMNS) for row in rows)


def test_fields_are_html_escaped_and_newlines_become_breaks(sample_deck: Deck) -> None:
    france, *_, danube, _, _ = data_rows(dumps_table(sample_deck))
    assert france[:2] == ["Basic", "World capitals::Europe"]
    assert france[COLUMNS.index("quizapp explanation")] == "Since &lt;987&gt; &amp; so on"
    assert danube[COLUMNS.index("Back")] == "Vienna<br>Budapest"
    assert danube[COLUMNS.index("quizapp options")] == (
        '["Vienna", "Budapest", "Prague", "Say \\"Hi\\", ok"]'
    )


def test_csv_and_tsv_round_trip_keep_every_card(sample_deck: Deck) -> None:
    assert table_to_deck(dumps_table(sample_deck), Path("capitals.csv")) == sample_deck
    assert table_to_deck(dumps_table(sample_deck, "\t"), Path("capitals.tsv")) == sample_deck


def test_deck_from_table_writes_the_yaml_beside_it(sample_deck: Deck, tmp_path: Path) -> None:
    table = tmp_path / "shared.csv"
    table.write_text(dumps_table(sample_deck), encoding="utf-8")
    deck, yaml_path = deck_from_table(table)
    assert yaml_path == tmp_path / "shared.yaml"
    assert deck == sample_deck
    assert load_deck(yaml_path) == sample_deck
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.csv", "shared.yaml"]


def test_file_resaved_by_a_spreadsheet_still_reads(sample_deck: Deck) -> None:
    # Spreadsheets pad every line to the widest and quote cells holding quotes.
    width = len(COLUMNS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for line in dumps_table(sample_deck).splitlines():
        cells = next(csv.reader([line])) if not line.startswith("#") else line.split(",")
        writer.writerow(cells + [""] * (width - len(cells)))
    assert table_to_deck(out.getvalue(), Path("capitals.csv")) == sample_deck


def test_rows_added_in_a_spreadsheet_without_ids_get_ids_from_content() -> None:
    text = (
        "#separator:Comma\n#html:false\n"
        "#columns:quizapp type,quizapp section id,quizapp section title,quizapp question,"
        "quizapp answer,quizapp text\n"
        "qa,basics,Basics,What is 2+2?,4,\n"
        'cloze,basics,Basics,,,"{{c1::Water}} boils at 100 °C, at sea level."\n'
    )
    deck = table_to_deck(text, Path("arith.csv"))
    assert deck.id == "arith"
    assert [type(c) for c in deck.sections[0].cards] == [QACard, ClozeCard]
    assert all(c.id.startswith("basics-") for c in deck.sections[0].cards)


# -- property: YAML -> CSV -> YAML keeps every card ---------------------------------------------
# Characters and pieces that are special to CSV, HTML, JSON, cloze or Anki's headers.
TRICKY = st.sampled_from(["\n", '"', ",", "\t", "<", ">", "&", "&amp;", "<br>", "#", ";", "::"])
SAFE_TEXT = (
    st.lists(
        st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")) | TRICKY,
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda s: s.strip() != "")
)
IDS = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
TAGS = st.lists(SAFE_TEXT, max_size=3).map(tuple)
OPTIONAL = st.none() | SAFE_TEXT


@st.composite
def cards(draw: st.DrawFn, card_id: str) -> QACard | ClozeCard | ChoiceCard | TrueFalseCard:
    common = {
        "id": card_id,
        "source": draw(OPTIONAL),
        "explanation": draw(OPTIONAL),
        "tags": draw(TAGS),
    }
    kind = draw(st.sampled_from(["qa", "cloze", "choice", "truefalse"]))
    if kind == "qa":
        accept = tuple(draw(st.lists(SAFE_TEXT, max_size=2)))
        return QACard(question=draw(SAFE_TEXT), answer=draw(SAFE_TEXT), accept=accept, **common)
    if kind == "cloze":
        before, answer, after = draw(SAFE_TEXT), draw(SAFE_TEXT), draw(SAFE_TEXT)
        assume(":" not in answer and "}" not in answer and "{" not in before + after)
        return ClozeCard(text=f"{before}{{{{c1::{answer}}}}}{after}", **common)
    if kind == "choice":
        options = tuple(draw(st.lists(SAFE_TEXT, min_size=2, max_size=4, unique=True)))
        answer = tuple(draw(st.lists(st.sampled_from(options), min_size=1, unique=True)))
        return ChoiceCard(question=draw(SAFE_TEXT), options=options, answer=answer, **common)
    return TrueFalseCard(
        statement=draw(SAFE_TEXT), answer=draw(st.booleans()), correction=draw(OPTIONAL), **common
    )


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    section_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    card_ids = iter(draw(st.lists(IDS, min_size=len(section_ids) * 3, unique=True)))
    sections = tuple(
        Section(
            id=sid,
            title=draw(SAFE_TEXT),
            cards=tuple(draw(cards(next(card_ids))) for _ in range(draw(st.integers(1, 3)))),
        )
        for sid in section_ids
    )
    retention = draw(st.sampled_from([0.9, 0.85]))
    return Deck(
        id=draw(IDS),
        title=draw(SAFE_TEXT),
        description=draw(OPTIONAL),
        settings=Settings(desired_retention=retention),
        sections=sections,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deck=decks(), separator=st.sampled_from([",", "\t"]))
def test_yaml_csv_yaml_round_trip_keeps_every_card(deck: Deck, separator: str) -> None:
    # Only decks the YAML itself keeps exactly are in question here.
    assume(loads(dumps(deck)) == deck)
    back = table_to_deck(dumps_table(deck, separator), Path(f"{deck.id}.csv"))
    assert back == deck
    assert dumps(back) == dumps(deck)
