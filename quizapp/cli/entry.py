"""The `quizapp` program: the study app at once when no command is given, else the commands.

Opening the study app is what people do most, so `quizapp` alone (with at most `--db` and
`--profile`) neither loads the command-line parser nor builds its commands: Typer and the
command modules cost about a sixth of the time to a usable home screen. `quizapp generate` with
plain options skips them too (quizapp.cli.direct_generate), for the same share of its run.
Anything else on the command line, even a misspelt option, goes to the full parser, which
explains it.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from quizapp.cli.context import Options

__all__ = ["bare_launch", "run"]

_LAUNCH_OPTIONS = ("--db", "--profile")


def bare_launch(args: Sequence[str], environ: Mapping[str, str]) -> Options | None:
    """The options of a command line that only opens the study app, or None for the parser.

    Reads `--db PATH`, `--db=PATH`, `--profile NAME` and `--profile=NAME`, each at most once,
    as the parser would (`QUIZAPP_DB` when there is no `--db`); an empty value, a repeated or
    unknown option, or a profile name the parser would refuse leaves it to the parser.
    """
    values: dict[str, str] = {}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        name, equals, value = word.partition("=")
        if name not in _LAUNCH_OPTIONS or name in values:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        values[name] = value
    from quizapp.storage.profile_names import DEFAULT_PROFILE, name_problem

    profile = values.get("--profile", DEFAULT_PROFILE)
    if name_problem(profile) is not None:
        return None
    db = values.get("--db") or environ.get("QUIZAPP_DB") or None
    return Options(db=Path(db) if db else None, profile=profile)


def run() -> None:
    # Start-up allocates several hundred thousand objects that live as long as the program;
    # collecting garbage among them costs a seventh of the launch. The study app turns the
    # collector back on (with those objects frozen) once its home screen is painted; every
    # command turns it back on before it runs (see quizapp.cli.main).
    gc.disable()
    options = bare_launch(sys.argv[1:], os.environ)
    if options is not None:
        from quizapp.cli.launch import launch_app

        launch_app(options)
        return
    from quizapp.cli.direct_generate import generate_call, run_generate_call

    call = generate_call(sys.argv[1:], os.environ)
    if call is not None:
        run_generate_call(call)
        return
    from quizapp.cli.main import app

    app()
