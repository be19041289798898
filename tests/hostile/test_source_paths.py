"""A deck's source path stays inside the deck's folder: `check` refuses one that leaves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.deck.validate import leaves_folder
from quizapp.storage import deck_source_path
from tests.conftest import SAMPLE_DECK

from .cli import cli, one_error_line


@pytest.mark.parametrize(
    "path",
    ["../../../../../../etc/passwd", "/etc/passwd", "sources/../../x.txt", "..\\\\x.txt", "C:/x"],
)
def test_check_refuses_a_source_path_that_leaves_the_folder(tmp_path: Path, path: str) -> None:
    deck = tmp_path / "demo.yaml"
    deck.write_text(
        SAMPLE_DECK.replace("title: Demo deck", f'title: Demo deck\nsource: {{path: "{path}"}}'),
        encoding="utf-8",
    )
    for command in ("check", "import"):
        line = one_error_line(cli(command, deck, db=tmp_path / "q.db"))
        assert line.startswith(f"{deck}:4:16: source path '")
        assert "leaves the deck's folder" in line


@pytest.mark.parametrize("path", ["article.txt", "sources/a.txt", "./a/../b.txt", "a/b/../../c"])
def test_paths_below_the_folder_are_fine(path: str) -> None:
    assert not leaves_folder(path)


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("The card's sentence is here.", encoding="utf-8")
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "article.txt").symlink_to(outside)
    (folder / "real.txt").write_text("x", encoding="utf-8")
    deck = folder / "demo.yaml"
    assert deck_source_path(deck, "article.txt") is None
    assert deck_source_path(deck, "real.txt") == (folder / "real.txt").resolve()


def test_generate_leaves_out_an_article_outside_the_decks_folder(tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_text((Path(__file__).parent / "article.txt").read_text("utf-8"), "utf-8")
    out = tmp_path / "decks" / "notes.yaml"
    out.parent.mkdir()
    result = cli("generate", article, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "outside the deck's folder" in result.stderr
    assert cli("check", out).exit_code == 0
