"""`quizapp generate`: turn an article into a draft deck."""

from __future__ import annotations

from pathlib import Path

import typer


def generate(
    article: Path = typer.Argument(..., help="The article: plain text or Markdown, UTF-8."),
    output: str | None = typer.Option(
        None,
        "-o",
        "--output",
        metavar="FILE",
        help="Deck file to write (default: next to the article; - for stdout).",
    ),
    deck_id: str | None = typer.Option(
        None, "--id", metavar="ID", help="Deck id (default: a slug of the title)."
    ),
    title: str | None = typer.Option(
        None,
        "--title",
        metavar="TEXT",
        help="Deck title (default: the article's headline, else its main names).",
    ),
    report: bool = typer.Option(
        False, "--report", help="List everything hygiene dropped, and why."
    ),
    force: bool = typer.Option(
        False, "--force", help="Replace the output even if quizapp did not write it."
    ),
) -> None:
    """Write a deck of cloze, choice, true/false and question cards from ARTICLE's sections.

    An existing output file is replaced only if quizapp wrote it and it is unedited (--force
    replaces any file).
    """
    from quizapp.cli.generate_run import run_generate

    run_generate(article, output, deck_id, title, report, force)


def register(app: typer.Typer) -> None:
    app.command(short_help="Write a deck of questions from an article.")(generate)
