"""Anki packages made by real Anki come in as a YAML deck, with their review history kept."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from quizapp.deck import ClozeCard, QACard, load_deck
from quizapp.interop import write_apkg
from quizapp.interop.apkg_deck import read_package
from quizapp.interop.table_errors import TableError
from quizapp.storage.codec import from_db

anki_collection = pytest.importorskip("anki.collection")
from anki.scheduler.v3 import CardAnswer  # noqa: E402

NOTES = [
    ("Basic", "Biology::Cells", ["What is the <b>powerhouse</b> of the cell?", "Mitochondria"]),
    ("Basic (and reversed card)", "Biology::Genetics", ["DNA", "Deoxyribonucleic acid"]),
    ("Cloze", "Biology::Cells", ["{{c1::Ribosomes}} make {{c2::proteins}}", "See p.&nbsp;4"]),
    ("Basic (type in the answer)", "Biology::Genetics", ["Base paired with A?", "T"]),
]
GOOD, AGAIN, EASY = CardAnswer.GOOD, CardAnswer.AGAIN, CardAnswer.EASY


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZAPP_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args], capture_output=True, text=True, env=env
    )


def answer(col: anki_collection.Collection, card_id: int, *ratings: int) -> None:
    for rating in ratings:
        card = col.get_card(card_id)
        card.start_timer()
        states = col._backend.get_scheduling_states(card_id)
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))


@pytest.fixture
def anki_col(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[anki_collection.Collection]:
    """A collection with a note of each stock note type; some cards studied, one suspended.
    FSRS is on unless the test says ``fsrs=False`` (then Anki keeps no memory state)."""
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    col.set_config("fsrs", getattr(request, "param", True))
    for name, deck, fields in NOTES:
        note = col.new_note(col.models.by_name(name))
        for i, text in enumerate(fields):
            note.fields[i] = text
        col.add_note(note, col.decks.id(deck))
    cards = {
        (col.get_card(cid).note()["Front" if "Front" in col.get_card(cid).note() else "Text"],
         col.get_card(cid).ord): cid
        for cid in col.find_cards("")
    }  # fmt: skip
    answer(col, cards[("What is the <b>powerhouse</b> of the cell?", 0)], EASY)
    answer(col, cards[("DNA", 0)], GOOD, GOOD, AGAIN)
    answer(col, cards[("DNA", 1)], GOOD)
    answer(col, cards[("{{c1::Ribosomes}} make {{c2::proteins}}", 1)], EASY)
    col.sched.suspend_cards([cards[("Base paired with A?", 0)]])
    yield col
    col.close()


def export(col: anki_collection.Collection, path: Path, legacy: bool) -> Path:
    options = anki_collection.ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy
    )
    col.export_anki_package(out_path=str(path), options=options, limit=None)
    return path


@pytest.mark.parametrize("legacy", [False, True], ids=["anki21b", "legacy"])
def test_anki_package_becomes_a_yaml_deck_with_every_note_type(
    anki_col: anki_collection.Collection, tmp_path: Path, legacy: bool
) -> None:
    package = export(anki_col, tmp_path / "biology.apkg", legacy)
    names = zipfile.ZipFile(package).namelist()
    assert ("collection.anki21b" in names) is not legacy  # both layouts really are read

    result = run("import", str(package), db=tmp_path / "progress.db")
    assert result.returncode == 0, result.stderr
    yaml_path = tmp_path / "biology.yaml"
    assert f"wrote {yaml_path}" in result.stdout
    deck = load_deck(yaml_path)
    assert (deck.id, deck.title) == ("biology", "Biology")
    sections = [(s.id, s.title) for s in deck.sections]
    assert sections == [("cells", "Cells"), ("genetics", "Genetics")]
    cells, genetics = (list(s.cards) for s in deck.sections)
    basic, cloze = cells
    assert isinstance(basic, QACard) and isinstance(cloze, ClozeCard)
    assert (basic.question, basic.answer) == ("What is the powerhouse of the cell?", "Mitochondria")
    assert not basic.typed
    assert cloze.text == "{{c1::Ribosomes}} make {{c2::proteins}}"
    assert cloze.explanation == "See p.\xa04"
    forward, reverse, typed = genetics
    assert isinstance(forward, QACard) and isinstance(reverse, QACard)
    assert (forward.question, forward.answer) == ("DNA", "Deoxyribonucleic acid")
    assert (reverse.question, reverse.answer) == ("Deoxyribonucleic acid", "DNA")
    assert isinstance(typed, QACard) and typed.typed and typed.accept == ("T",)


def stored_states(db: Path) -> list[tuple[str, str, SimpleNamespace]]:
    """(item key, card JSON, state) of every item the profile has a state for."""
    names = ("phase", "due", "stability", "difficulty", "reps", "lapses", "suspended")
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            f"SELECT i.key, i.content_json, {', '.join('s.' + n for n in names)}, "
            "s.scheduled_days FROM item i JOIN card_state s ON s.item_id = i.id"
        ).fetchall()
    found = []
    for key, content, *values, scheduled in rows:
        state = SimpleNamespace(**dict(zip(names, values, strict=True)), scheduled_days=scheduled)
        state.due = from_db(state.due)
        found.append((key, content, state))
    return found


def stored_log(db: Path) -> list[SimpleNamespace]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT rating, duration_ms, reviewed_at, last_interval FROM review_log "
            "ORDER BY reviewed_at"
        ).fetchall()
    return [
        SimpleNamespace(rating=r, duration_ms=d, reviewed_at=from_db(t), last_interval=last)
        for r, d, t, last in rows
    ]


def anki_schedule(col: anki_collection.Collection) -> dict[int, tuple[int, int, int]]:
    """Anki's own view: card id -> (type, queue, due) and the collection's day 0."""
    return {
        cid: (ctype, queue, due)
        for cid, ctype, queue, due in col.db.all("SELECT id, type, queue, due FROM cards")
    }


@pytest.mark.parametrize("anki_col", [True, False], ids=["fsrs", "sm2"], indirect=True)
def test_review_history_and_schedule_are_kept(
    anki_col: anki_collection.Collection, tmp_path: Path
) -> None:
    package = export(anki_col, tmp_path / "biology.apkg", legacy=False)
    db = tmp_path / "progress.db"
    result = run("import", str(package), db=db)
    assert result.returncode == 0, result.stderr
    assert "biology: kept the schedule of 5 cards (6 reviews)" in result.stdout

    states = {key: (content, state) for key, content, state in stored_states(db)}
    logs = stored_log(db)
    by_text = {
        ("powerhouse" in c, "Ribosomes" in c and k.endswith("#c2"), "DNA" in c): s
        for k, (c, s) in states.items()
    }
    assert len(states) == 5  # four studied, one suspended; the new cards have no state yet
    anki_log = anki_col.db.all("SELECT ease, time, id FROM revlog ORDER BY id")
    last_intervals = anki_col.db.list("SELECT lastIvl FROM revlog ORDER BY id")
    assert [log.last_interval for log in logs] == last_intervals
    assert [(log.rating, log.duration_ms or 0) for log in logs] == [(e, t) for e, t, _ in anki_log]
    assert [log.reviewed_at for log in logs] == [
        datetime.fromtimestamp(i / 1000, UTC) for _, _, i in anki_log
    ]

    # The card answered Easy is in review, due on the day Anki set.
    crt = anki_col.db.scalar("SELECT crt FROM col")
    easy_id = anki_col.find_cards('"front:What is the *"')[0]
    ctype, _, due_day = anki_schedule(anki_col)[easy_id]
    easy = by_text[(True, False, False)]
    assert (ctype, easy.phase) == (2, 2)
    day_zero = datetime.fromtimestamp(crt, UTC)
    assert easy.due == day_zero + timedelta(days=due_day)
    assert easy.scheduled_days == anki_col.get_card(easy_id).ivl
    # FSRS memory state comes from Anki's card data when Anki had one, else from a replay.
    data = anki_col.get_card(easy_id).memory_state
    assert (data is not None) is anki_col.get_config("fsrs")
    if data is not None:
        assert easy.stability == pytest.approx(data.stability, rel=1e-3)
        assert easy.difficulty == pytest.approx(data.difficulty, rel=1e-3)
    assert easy.stability and easy.stability > 1  # an Easy first answer: days, not minutes
    assert easy.difficulty and 1 <= easy.difficulty <= 10
    assert easy.reps == 1 and easy.lapses == 0

    # The suspended typed card is suspended here too, and still new.
    suspended = [s for c, s in states.values() if '"accept"' in c]
    assert len(suspended) == 1 and suspended[0].suspended and suspended[0].phase == 0

    # Due learning cards keep Anki's due time to the second.
    learning = [(t, due) for t, _, due in anki_schedule(anki_col).values() if t in (1, 3)]
    assert learning
    for ctype, due in learning:
        dues = [s.due for _, s in states.values() if s.phase == ctype]
        assert datetime.fromtimestamp(due, UTC) in dues

    again = run("import", str(package), db=db)
    assert again.returncode == 0, again.stderr
    assert len(stored_log(db)) == len(anki_log)


def test_our_own_package_comes_back_with_its_card_types_and_ids(
    sample_deck, tmp_path: Path
) -> None:
    path = tmp_path / "capitals.apkg"
    write_apkg(sample_deck, path)
    back = read_package(path).deck
    assert back.id == sample_deck.id
    assert [c.id for _, c in back.cards()] == [c.id for _, c in sample_deck.cards()]
    assert [c.type for _, c in back.cards()] == [c.type for _, c in sample_deck.cards()]


def broken_packages(tmp_path: Path, good: Path) -> dict[str, Path]:
    made = {}
    made["not a zip"] = tmp_path / "text.apkg"
    made["not a zip"].write_text("hello", encoding="utf-8")
    made["no collection"] = tmp_path / "empty.apkg"
    with zipfile.ZipFile(made["no collection"], "w") as z:
        z.writestr("media", "{}")
    made["garbage database"] = tmp_path / "garbage.apkg"
    with zipfile.ZipFile(made["garbage database"], "w") as z:
        z.writestr("collection.anki21", b"SQLite format 3\x00" + b"\x07" * 5000)
    made["truncated zstd"] = tmp_path / "cut.apkg"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(made["truncated zstd"], "w") as z:
        z.writestr("collection.anki21b", source.read("collection.anki21b")[:200])
    made["stub only"] = tmp_path / "stub.apkg"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(made["stub only"], "w") as z:
        z.writestr("collection.anki2", source.read("collection.anki2"))
    made["truncated zip"] = tmp_path / "short.apkg"
    made["truncated zip"].write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return made


def test_a_broken_package_is_one_line_exit_2_and_nothing_written(
    anki_col: anki_collection.Collection, tmp_path: Path
) -> None:
    good = export(anki_col, tmp_path / "good.apkg", legacy=False)
    db = tmp_path / "progress.db"
    for what, path in broken_packages(tmp_path, good).items():
        result = run("import", str(path), db=db)
        assert result.returncode == 2, (what, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0], (what, result.stderr)
        assert "Traceback" not in result.stderr
        assert not path.with_suffix(".yaml").exists(), what
        with pytest.raises(TableError):
            read_package(path)
    assert not db.exists()


def test_a_changed_yaml_beside_the_package_needs_force(
    anki_col: anki_collection.Collection, tmp_path: Path
) -> None:
    package = export(anki_col, tmp_path / "biology.apkg", legacy=True)
    db = tmp_path / "progress.db"
    assert run("import", str(package), db=db).returncode == 0
    yaml_path = tmp_path / "biology.yaml"
    assert run("import", str(package), db=db).returncode == 0  # unchanged: same deck again
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8") + "# my notes\n", encoding="utf-8")
    edited = yaml_path.read_text(encoding="utf-8")
    refused = run("import", str(package), db=db)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert yaml_path.read_text(encoding="utf-8") == edited
    forced = run("import", "--force", str(package), db=db)
    assert forced.returncode == 0, forced.stderr
    assert "# my notes" not in yaml_path.read_text(encoding="utf-8")


def test_media_and_image_only_notes_are_left_out_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        image = col.media.write_data("heart.png", b"\x89PNG\r\n\x1a\n")
        for front, back in (
            (f'<img src="{image}">', "Heart"),
            ("Too long?", "x" * 10_001),  # past the deck format's limit for one text
            ("Organ that pumps blood?", "Heart [sound:beat.mp3]"),
        ):
            note = col.new_note(col.models.by_name("Basic"))
            note.fields[0], note.fields[1] = front, back
            col.add_note(note, col.decks.id("Default"))
        package = export(col, tmp_path / "anatomy.apkg", legacy=False)
    finally:
        col.close()
    result = run("import", str(package), db=tmp_path / "progress.db")
    assert result.returncode == 0, result.stderr
    assert "1 media files (images, sounds) left out" in result.stderr
    assert "skipped note 1 (''): its question is empty" in result.stderr
    assert "skipped note 2 ('Too long?')" in result.stderr
    (section,) = load_deck(tmp_path / "anatomy.yaml").sections
    (card,) = section.cards
    assert isinstance(card, QACard)
    assert (card.question, card.answer) == ("Organ that pumps blood?", "Heart")
