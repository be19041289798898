"""Files quizapp writes: never over a file it did not write, never through a link, never half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.deck import load_deck
from quizapp.userfiles import UserFileError, is_unedited_stamp, stamped, write_user_file
from tests.conftest import SAMPLE_DECK

from .cli import cli, one_error_line

ARTICLE = """North Korea and Russia

The Pact

North Korea and Russia signed a mutual defence pact in June 2024 in Pyongyang. The treaty
commits each country to help the other if it is attacked. Vladimir Putin visited Pyongyang
for the signing, his first visit in 24 years. Kim Jong Un called the pact an alliance.

The Troops

North Korea sent about 11,000 soldiers to the Kursk region in late 2024. South Korean
intelligence said the troops trained with Russian weapons. Ukraine captured two North Korean
soldiers in January 2025.
"""
HAND_WRITTEN = "# my notes, carefully edited\n" + SAMPLE_DECK


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_generate_never_replaces_a_hand_written_deck(tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    deck = tmp_path / "notes.yaml"
    deck.write_text(HAND_WRITTEN, encoding="utf-8")
    line = one_error_line(cli("generate", article))
    assert line.startswith(f"quizapp: {deck}: exists and quizapp did not write it")
    assert "--force" in line
    assert deck.read_text(encoding="utf-8") == HAND_WRITTEN
    assert files_in(tmp_path) == ["notes.txt", "notes.yaml"]  # no temporary file left
    forced = cli("generate", article, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert load_deck(deck).sections


def test_generate_replaces_its_own_unedited_output_but_not_an_edited_one(tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli("generate", article).exit_code == 0
    deck = tmp_path / "notes.yaml"
    first = deck.read_text(encoding="utf-8")
    assert "\n#quizapp written:" in first  # after the schema line
    again = cli("generate", article)
    assert again.exit_code == 0, again.stderr  # unedited: quizapp's own file
    assert deck.read_text(encoding="utf-8") == first  # deterministic, stamp included
    edited = first.replace("title:", "title: My", 1)
    deck.write_text(edited, encoding="utf-8")
    one_error_line(cli("generate", article))
    assert deck.read_text(encoding="utf-8") == edited


def test_csv_import_keeps_the_edited_deck_it_was_exported_from(tmp_path: Path) -> None:
    deck = tmp_path / "table.yaml"
    deck.write_text(HAND_WRITTEN, encoding="utf-8")
    table = tmp_path / "table.csv"
    assert cli("export", deck, "--format", "csv").exit_code == 0
    db = tmp_path / "q.db"
    line = one_error_line(cli("import", table, db=db))
    assert f"{deck}: exists and quizapp did not write it" in line and "nothing imported" in line
    assert deck.read_text(encoding="utf-8") == HAND_WRITTEN
    listed = cli("decks", "--json", db=db)
    assert '"slug": "demo"' not in listed.stdout
    forced = cli("import", table, "--force", db=db)
    assert forced.exit_code == 0, forced.stderr
    assert "demo: 7 added" in forced.stdout
    assert load_deck(deck) == load_deck(table.with_suffix(".yaml"))


def test_csv_import_writes_its_deck_only_after_the_database_took_it(tmp_path: Path) -> None:
    table = tmp_path / "vocab.tsv"
    table.write_text("dog\tchien\ncat\tchat\n", encoding="utf-8")
    db = tmp_path / "broken.db"
    db.write_bytes(b"garbage" * 100)
    line = one_error_line(cli("import", table, db=db))
    assert "corrupt" in line
    assert files_in(tmp_path) == ["broken.db", "vocab.tsv"]  # no deck, no temporary file
    assert db.read_bytes() == b"garbage" * 100


def test_links_are_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    article = tmp_path / "notes.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    # The old writer always used TARGET.tmp and followed it if it was a link.
    (tmp_path / "notes.yaml.tmp").symlink_to(victim)
    assert cli("generate", article).exit_code == 0
    assert victim.read_text(encoding="utf-8") == "precious"
    # A link in the target's place is refused, and with --force replaced, not followed.
    link = tmp_path / "linked.yaml"
    link.symlink_to(victim)
    line = one_error_line(cli("generate", article, "-o", link))
    assert "symbolic link" in line
    assert cli("generate", article, "-o", link, "--force").exit_code == 0
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and load_deck(link).sections


def test_exports_replace_their_own_files_only(tmp_path: Path) -> None:
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    db = tmp_path / "q.db"
    for args, name in (
        (["--format", "csv"], "demo.csv"),
        (["--format", "tsv"], "demo.tsv"),
        ([], "demo.apkg"),
        (["--progress", "-o", str(tmp_path / "progress.csv")], "progress.csv"),
    ):
        target = tmp_path / name
        for _ in range(2):  # a second export replaces the first
            result = cli("export", *([] if "--progress" in args else [deck]), *args, db=db)
            assert result.exit_code == 0, result.stderr
        target.write_text("someone else's spreadsheet", encoding="utf-8")
        one_error_line(cli("export", *([] if "--progress" in args else [deck]), *args, db=db))
        assert target.read_text(encoding="utf-8") == "someone else's spreadsheet"
        forced = cli("export", *([] if "--progress" in args else [deck]), *args, "--force", db=db)
        assert forced.exit_code == 0, forced.stderr
        assert target.read_bytes() != b"someone else's spreadsheet"


def test_writer_refuses_folders_and_devices_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, reason in ((tmp_path / "folder", "folder"), (fifo, "not a regular file")):
        with pytest.raises(UserFileError, match=reason):
            write_user_file(target, "x", force=True)
    with pytest.raises(UserFileError, match="does not exist"):
        write_user_file(tmp_path / "missing" / "x.yaml", "x")
    assert files_in(tmp_path) == ["folder", "pipe"]


def test_stamp_recognises_only_unedited_text() -> None:
    text = stamped("a: 1\n")
    assert is_unedited_stamp(text.encode())
    assert not is_unedited_stamp(text.replace("1", "2").encode())
    assert not is_unedited_stamp(b"a: 1\n")


@given(st.text(), st.integers(0, 3))
def test_stamp_survives_any_text_and_notices_any_edit(text: str, comments: int) -> None:
    text = "# lead\n" * comments + text
    data = stamped(text).encode("utf-8")
    assert is_unedited_stamp(data)
    assert data.decode("utf-8").replace(_stamp_line(data), "", 1) == text
    assert not is_unedited_stamp(data + b"x")


def _stamp_line(data: bytes) -> str:
    return next(
        line + "\n" for line in data.decode("utf-8").split("\n") if line.startswith("#quizapp")
    )
