"""What the commands print: every line passes the terminal sanitizer on its way out.

Deck titles, card ids, file names and profile names are the user's (or a deck author's) text,
and any of them may hold ESC or BEL; printed raw they would drive the terminal. Data written
to stdout for a pipe (a CSV, a YAML deck) is left exact unless stdout is a terminal.
"""

from __future__ import annotations

import sys

import typer

from quizapp.terminal_text import terminal_line, terminal_text

__all__ = ["say", "say_data", "say_lines"]


def say(line: str, err: bool = False) -> None:
    """Print one line: line breaks inside it become spaces, so one problem stays one line."""
    typer.echo(terminal_line(line), err=err)


def say_lines(text: str, err: bool = False) -> None:
    """Print text that is meant to span several lines (a report, a JSON document)."""
    typer.echo(terminal_text(text), err=err)


def say_data(text: str) -> None:
    """Write a file's content to stdout: exact into a pipe, made safe on a terminal."""
    stream = sys.stdout
    stream.write(terminal_text(text) if stream.isatty() else text)
    stream.flush()
