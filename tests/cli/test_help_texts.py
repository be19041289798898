"""Every command's --help reads well at 80 columns: whole sentences, no type placeholders such
as <bool>, command summaries not cut off, and the top help says bare `quizapp` opens the app."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from quizapp import __version__
from quizapp.cli.main import app

SECTIONS = ("Arguments:", "Options:", "Commands:")


def command_paths() -> list[list[str]]:
    """Every command and subcommand, as the words that name it."""
    paths: list[list[str]] = [[]]

    def walk(command: object, prefix: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            paths.append([*prefix, name])
            walk(sub, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return paths


def help_text(path: list[str]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.output


def entries(text: str) -> tuple[list[str], list[str]]:
    """The description's paragraphs, and each argument's, option's or command's help."""
    paragraphs: list[str] = []
    items: list[str] = []
    section = None
    for block in text.split("\n\n"):
        lines = block.strip("\n").split("\n")
        if lines[0].startswith("Usage:"):
            continue
        if lines[0] in SECTIONS:
            section, lines = lines[0], lines[1:]
        if section is None:
            paragraphs.append(" ".join(line.strip() for line in lines))
            continue
        for line in lines:
            if re.match(r"^  \S", line):  # a new entry: name, two spaces, its help
                items.append(line.strip())
            elif items:
                items[-1] += " " + line.strip()  # the entry's help, wrapped
    return paragraphs, items


PATHS = command_paths()


def test_every_command_is_walked() -> None:
    names = {" ".join(p) for p in PATHS}
    assert {"", "import", "check", "export", "profiles", "profiles delete"} <= names


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "quizapp")
def test_help_reads_whole_at_80_columns(path: list[str]) -> None:
    text = help_text(path)
    assert "<bool>" not in text and "<str>" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    paragraphs, items = entries(text)
    assert paragraphs, text
    for paragraph in paragraphs:
        assert paragraph.endswith((".", ")", ":")), f"broken sentence: {paragraph!r}"
    for item in items:
        name, _, said = item.partition("  ")
        said = said.strip()
        assert said, f"{name}: no help"
        assert not said.endswith("..."), f"{name}: summary cut off: {said!r}"
        assert said.endswith((".", "]", ")")), f"{name}: broken sentence: {said!r}"
        # A bracketed note ([default: ...], [required]) is never split inside.
        assert said.count("[") == said.count("]")


def test_top_help_says_quizapp_alone_opens_the_study_app() -> None:
    text = " ".join(help_text([]).split())
    assert "Run quizapp with no command to open the study app" in text


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--version"],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert done.stdout == f"quizapp {__version__}\n"
