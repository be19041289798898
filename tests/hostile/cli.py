"""Run commands in-process, as a user would type them, with a private database."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from quizapp.cli.main import app

runner = CliRunner()


def cli(*args: str | Path, db: Path | None = None) -> Result:
    prefix = ["--db", str(db)] if db is not None else []
    return runner.invoke(app, [*prefix, *map(str, args)])


def one_error_line(result: Result) -> str:
    """The command failed as a user error should: exit 2, one line on stderr, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in result.stderr
    return lines[0]
