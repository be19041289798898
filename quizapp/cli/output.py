"""What the commands print: every line passes the terminal sanitizer on its way out.

Deck titles, card ids, file names and profile names are the user's (or a deck author's) text,
and any of them may hold ESC or BEL; printed raw they would drive the terminal. Data written
to stdout for a pipe (a CSV, a YAML deck) is left exact unless stdout is a terminal.

Lines are written as Typer's echo writes them, without importing Typer (a command that runs
without the command-line parser, `quizapp generate`, prints through here too): on an ordinary
text stream that is the text, a newline and a flush (the sanitized text holds no ANSI code for
echo to strip); anything else (Windows consoles, an ASCII-only stream, a test's capture) goes
to Typer's echo itself.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys

from quizapp.terminal_text import terminal_line, terminal_text

__all__ = ["say", "say_data", "say_lines"]


def say(line: str, err: bool = False) -> None:
    """Print one line: line breaks inside it become spaces, so one problem stays one line."""
    _echo(terminal_line(line), err)


def say_lines(text: str, err: bool = False) -> None:
    """Print text that is meant to span several lines (a report, a JSON document)."""
    _echo(terminal_text(text), err)


def say_data(text: str) -> None:
    """Write a file's content to stdout: exact into a pipe, made safe on a terminal."""
    stream = sys.stdout
    try:
        stream.write(terminal_text(text) if stream.isatty() else text)
        stream.flush()
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise  # a reader that stopped early: the caller's quiet exit
        # What could not be written must not be retried (and fail again) at exit.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        from quizapp.cli.errors import fail

        fail(f"standard output: {exc.strerror or exc}")


def plain_stream(stream: object) -> bool:
    """Would Typer's echo write to ``stream`` as it is (no re-encoding, no console wrapper)?"""
    if os.name == "nt" or type(stream) is not io.TextIOWrapper:
        return False
    encoding = stream.encoding
    try:
        return codecs.lookup(encoding).name != "ascii"  # echo re-encodes ASCII streams as UTF-8
    except LookupError:
        return False


def _echo(text: str, err: bool) -> None:
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return  # no stream to write to (pythonw): echo writes nothing either
    if not plain_stream(stream):
        import typer

        typer.echo(text, err=err)
        return
    stream.write(text + "\n")
    stream.flush()
