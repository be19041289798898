"""Input handling and the `quizapp generate` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import load_deck
from quizapp.generate import ArticleError, decode_article, generate_deck
from tests.generate.conftest import SOURCE_ARTICLES

runner = CliRunner()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\r\n", "empty"),
        (b"\x00\x01\x02binary", "not text"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_unreadable_input(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        decode_article(data)


def test_nothing_to_ask() -> None:
    with pytest.raises(ArticleError, match="nothing to ask"):
        generate_deck("hello there\n")


def test_cli_writes_next_to_the_article(tmp_path: Path) -> None:
    article = tmp_path / "pact.txt"
    article.write_bytes(SOURCE_ARTICLES[1].read_bytes())
    done = runner.invoke(app, ["generate", str(article), "--report"])
    assert done.exit_code == 0, done.output
    deck = load_deck(tmp_path / "pact.yaml")
    assert deck.source is not None and deck.source.path == "pact.txt"
    assert "latoto" in done.output  # the report went to stderr, which the runner mixes in


def test_cli_options(tmp_path: Path) -> None:
    article = tmp_path / "pact.txt"
    article.write_bytes(SOURCE_ARTICLES[0].read_bytes())
    out = tmp_path / "decks" / "out.yaml"
    out.parent.mkdir()
    done = runner.invoke(
        app, ["generate", str(article), "-o", str(out), "--id", "pact", "--title", "The Pact"]
    )
    assert done.exit_code == 0, done.output
    deck = load_deck(out)
    assert (deck.id, deck.title) == ("pact", "The Pact")
    # A deck may only name files below its folder, so an article beside it is left out.
    assert deck.source is not None and deck.source.path is None
    assert "pact.txt is outside the deck's folder" in done.stderr
    done = runner.invoke(app, ["generate", str(article), "-o", "-"])
    assert done.exit_code == 0
    modeline, version = done.stdout.splitlines()[:2]
    assert modeline.startswith("# yaml-language-server: $schema=") and version == "version: 1"


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "empty"), (b"\x00\x00", "not text"), (b"hi\n", "nothing")],
)
def test_cli_errors_are_one_line_and_write_nothing(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    article = tmp_path / "a.txt"
    if content is not None:
        article.write_bytes(content)
    done = runner.invoke(app, ["generate", str(article)])
    assert done.exit_code == 2
    assert message in done.output and len(done.output.strip().splitlines()) == 1
    assert not (tmp_path / "a.yaml").exists()


def test_cli_rejects_a_folder(tmp_path: Path) -> None:
    done = runner.invoke(app, ["generate", str(tmp_path)])
    assert done.exit_code == 2 and "not a file" in done.output


def test_a_record_separator_in_the_article_is_no_crash() -> None:
    # "\x1e" marks a table or list inside the parser; one in the article is just a character.
    with pytest.raises(ArticleError):
        generate_deck("\x1e\rA0")
