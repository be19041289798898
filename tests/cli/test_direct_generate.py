"""`quizapp generate` with plain options runs without the command-line parser, and does exactly
what the parser would: same deck, same messages, same exit status; anything unusual still
reaches the parser."""

from __future__ import annotations

import inspect
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.main import get_command
from typer.testing import CliRunner

from quizapp.cli import generate_run, output
from quizapp.cli.direct_generate import FLAG_OPTIONS, VALUE_OPTIONS, generate_call
from quizapp.cli.main import app

ARTICLE = Path(__file__).parents[1] / "data" / "articles" / "000_49314e4e5f08ca3b.txt"

WORDS = [
    "generate", "a.txt", "b b.txt", "-o", "--output", "--output=x.yaml", "-o=x.yaml", "-ox.yaml",
    "x.yaml", "-", "--id", "deck-1", "--id=d2", "--title", "A title", "--title=T", "--report",
    "--force", "--report=1", "--", "-h", "--help", "", "--db", "x.db", "-x", "--out", "--ID",
]


def parser_call(args: list[str], env: dict[str, str]) -> dict[str, Any] | None:
    """The arguments the Typer app runs generate with, or None when it does not run it."""
    calls: list[dict[str, Any]] = []
    original = generate_run.run_generate

    def record(*values: Any) -> None:
        calls.append(dict(zip(inspect.signature(original).parameters, values, strict=True)))

    generate_run.run_generate = record  # type: ignore[assignment]
    try:
        CliRunner().invoke(app, args, env=env)
    finally:
        generate_run.run_generate = original  # type: ignore[assignment]
    return calls[0] if calls else None


# Options of a generate command line, each as the user may type it; noise is anything else.
OPTIONS = [
    ["-o", "x.yaml"], ["-o", "-"], ["--output", "y y.yaml"], ["--output=x.yaml"],
    ["--id", "deck-1"], ["--id=d2"], ["--title", "A title"], ["--title=T=1"], ["--report"],
    ["--force"],
]


@settings(max_examples=500, deadline=None)
@given(
    article=st.sampled_from(["a.txt", "b b.txt", "-"]),
    options=st.lists(st.sampled_from(OPTIONS), max_size=5, unique_by=lambda o: o[0][:4]),
    at=st.integers(0, 5),
    noise=st.lists(st.tuples(st.integers(0, 12), st.sampled_from(WORDS)), max_size=2),
    first=st.sampled_from(["generate"] * 4 + ["check", "--db=x.db"]),
)
def test_what_the_direct_path_accepts_the_parser_runs_alike(
    article: str, options: list[list[str]], at: int, noise: list[tuple[int, str]], first: str
) -> None:
    args = [word for option in options for word in option]
    args.insert(min(at, len(args)), article)
    for where, word in noise:
        args.insert(where, word)
    args = [first, *args]
    direct = generate_call(args, {})
    if direct is not None:
        assert parser_call(args, {"QUIZAPP_DB": ""}) == direct


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "a.txt"],
        ["generate", "a.txt", "-o", "-"],
        ["generate", "--report", "a.txt", "--output=deck.yaml", "--force"],
        ["generate", "a.txt", "--id", "lakes", "--title", "Lakes of the world"],
    ],
)
def test_the_usual_command_lines_take_the_direct_path(args: list[str]) -> None:
    assert generate_call(args, {}) is not None
    assert generate_call(args, {}) == parser_call(args, {"QUIZAPP_DB": ""})


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "--help"],
        ["generate"],
        ["--db", "x.db", "generate", "a.txt"],
        ["generate", "a.txt", "b.txt"],
        ["generate", "a.txt", "-o", "x.yaml", "-o", "y.yaml"],
        ["generate", "a.txt", "--title", "--report"],
        ["generate", "a.txt", "--outptu", "x.yaml"],
    ],
)
def test_unusual_command_lines_go_to_the_parser(args: list[str]) -> None:
    assert generate_call(args, {}) is None


def test_a_completion_request_goes_to_the_parser() -> None:
    assert generate_call(["generate", "a.txt"], {"_QUIZAPP_COMPLETE": "bash_complete"}) is None


def test_the_direct_options_are_the_declared_ones() -> None:
    command = get_command(app).commands["generate"]  # type: ignore[attr-defined]
    values, flags, arguments = {}, {}, []
    for param in command.params:
        if isinstance(param, typer.core.TyperArgument):
            arguments.append(param.name)
        elif param.is_flag:  # type: ignore[attr-defined]
            flags.update({opt: param.name for opt in param.opts + param.secondary_opts})
        elif "--help" not in param.opts:
            values.update({opt: param.name for opt in param.opts + param.secondary_opts})
    assert (values, flags, arguments) == (VALUE_OPTIONS, FLAG_OPTIONS, ["article"])
    names = list(inspect.signature(generate_run.run_generate).parameters)
    assert names == [p.name for p in command.params if p.name != "help"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["utf-8", "latin-1", "ascii"]), st.booleans())
def test_lines_are_printed_as_typer_prints_them(text: str, encoding: str, err: bool) -> None:
    printed = []
    for echo in (output.say, lambda line, err: typer.echo(output.terminal_line(line), err=err)):
        buffer = io.BytesIO()
        stream = io.TextIOWrapper(buffer, encoding=encoding, errors="replace")
        name = "stderr" if err else "stdout"
        original = getattr(sys, name)
        setattr(sys, name, stream)
        try:
            echo(text, err=err)
        finally:
            setattr(sys, name, original)
        printed.append(buffer.getvalue())
    assert printed[0] == printed[1]


# Runs `quizapp ARGS` by the entry point (direct) or by the Typer app (parser), and says
# whether Typer was loaded.
RUN = """
import atexit, sys
atexit.register(lambda: sys.__stderr__.write('TYPER:%s\\n' % ('typer' in sys.modules)))
sys.argv = ['quizapp', *sys.argv[2:]]
if sys.argv[0] and __import__('os').environ['QUIZAPP_TEST_PATH'] == 'parser':
    from quizapp.cli.main import app
    app()
else:
    from quizapp.cli.entry import run
    run()
"""


def run(path: str, args: list[str], cwd: Path) -> tuple[int, str, str, bool, dict[str, bytes]]:
    env = {**os.environ, "QUIZAPP_TEST_PATH": path, "QUIZAPP_DB": str(cwd / "never.db")}
    done = subprocess.run(
        [sys.executable, "-c", RUN, "-", *args], capture_output=True, text=True, cwd=cwd,
        env=env, timeout=120,
    )
    stderr, _, typer_line = done.stderr.rpartition("TYPER:")
    files = {p.name: p.read_bytes() for p in sorted(cwd.iterdir()) if p.is_file()}
    return done.returncode, done.stdout, stderr, typer_line.strip() == "True", files


SCENARIOS = {
    "fresh": [["generate", "lakes.txt"]],
    "again": [["generate", "lakes.txt"], ["generate", "lakes.txt", "--report"]],
    "stdout": [["generate", "lakes.txt", "-o", "-", "--title", "Lakes"]],
    "outside": [["generate", "sub/lakes.txt", "-o", "deck.yaml", "--id", "lakes"]],
    "bad id": [["generate", "lakes.txt", "--id", "-bad"]],
    "bad id value": [["generate", "lakes.txt", "--id=!bad"]],
    "missing": [["generate", "nowhere.txt"]],
    "foreign file": [["generate", "lakes.txt", "-o", "notes.yaml"]],
    "over the article": [["generate", "lakes.txt", "-o", "lakes.txt"]],
}


@pytest.mark.parametrize("steps", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_a_direct_run_prints_writes_and_exits_as_the_parsers(
    tmp_path: Path, steps: list[list[str]]
) -> None:
    results = []
    for path in ("direct", "parser"):
        folder = tmp_path / path
        (folder / "sub").mkdir(parents=True)
        for name in ("lakes.txt", "sub/lakes.txt"):
            (folder / name).write_bytes(ARTICLE.read_bytes())
        (folder / "notes.yaml").write_text("my own notes\n", encoding="utf-8")
        outcome = [run(path, args, folder) for args in steps]
        results.append([(code, out, err, files) for code, out, err, _, files in outcome])
        loaded_typer = [typer_loaded for *_, typer_loaded, _ in outcome]
        if path == "parser":
            assert all(loaded_typer)
        elif steps[0][-1] != "-bad":  # "-bad" looks like an option: the parser's to read
            assert not any(loaded_typer), outcome
    assert results[0] == results[1]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs a device that is always full")
@pytest.mark.parametrize("path", ["direct", "parser"])
def test_a_deck_that_cannot_be_written_to_stdout_is_one_line_and_exit_2(
    tmp_path: Path, path: str
) -> None:
    (tmp_path / "lakes.txt").write_bytes(ARTICLE.read_bytes())
    env = {**os.environ, "QUIZAPP_TEST_PATH": path, "QUIZAPP_DB": str(tmp_path / "never.db")}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-c", RUN, "-", "generate", "lakes.txt", "-o", "-"], stdout=full,
            stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env, timeout=120,
        )
    stderr = done.stderr.rpartition("TYPER:")[0]
    assert done.returncode == 2
    assert stderr == "quizapp: standard output: No space left on device\n"
