"""`quizapp` alone opens the study app without the command-line parser, exactly as the parser
would have opened it; every other command line still reaches the parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quizapp.cli import launch
from quizapp.cli.context import Options
from quizapp.cli.entry import bare_launch
from quizapp.cli.main import app

WORDS = [
    "--db", "--profile", "--db=a.db", "--profile=ann", "--db=", "--profile=", "a.db", "b b.db",
    "ann", " ann", "", "-", "-x", "--", "-h", "--help", "--version", "decks", "stats",
    "--profile=\x1b[31m", "--dbx", "--Profile",
]


def parser_launch(args: list[str], env: dict[str, str]) -> Options | None:
    """The options the Typer app opens the study app with, or None when it does not."""
    opened: list[Options] = []
    original = launch.launch_app
    launch.launch_app = opened.append  # type: ignore[assignment]
    try:
        CliRunner().invoke(app, args, env=env)
    finally:
        launch.launch_app = original
    return opened[0] if opened else None


@settings(max_examples=300, deadline=None)
@given(
    args=st.lists(st.sampled_from(WORDS), max_size=4),
    env_db=st.sampled_from([None, "", "env.db"]),
)
def test_a_bare_launch_opens_what_the_parser_would(args: list[str], env_db: str | None) -> None:
    env = {} if env_db is None else {"QUIZAPP_DB": env_db}
    fast = bare_launch(args, env)
    if fast is not None:
        # Whatever the fast path accepts, the parser accepts and opens alike.
        assert parser_launch(args, {"QUIZAPP_DB": env_db or ""}) == fast


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], Options(db=None, profile="default")),
        (["--db", "x.db"], Options(db=Path("x.db"), profile="default")),
        (["--profile=ann", "--db=y.db"], Options(db=Path("y.db"), profile="ann")),
    ],
)
def test_the_usual_ways_to_open_the_app_take_the_fast_path(
    args: list[str], expected: Options
) -> None:
    assert bare_launch(args, {}) == expected


def test_a_bad_profile_name_is_still_refused_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--db", str(tmp_path / "q.db"), "--profile", " ann"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "profile" in done.stderr
    assert not (tmp_path / "q.db").exists()


# Opens `quizapp` with the study app replaced by a report of what start-up had loaded.
OPEN_APP = """
import sys
import quizapp.cli.launch as launch
def report(options):
    loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'typer', 'click'})
    print('LOADED:' + ','.join(loaded), options.profile)
launch.launch_app = report
sys.argv = ['quizapp', '--profile', 'ann']
from quizapp.cli.entry import run
run()
"""


def test_opening_the_app_does_not_load_the_command_line_parser() -> None:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_APP], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["LOADED:", "ann"]
