"""Entry point: builds the Typer app from the command modules, each registering its own.

Nothing heavy is imported here or in the command modules at import time: SQLAlchemy, the
storage layer and Textual load only inside the commands that use them, so `--help`,
`--version`, `check`, `generate` and `export` of a file start quickly.
"""

from __future__ import annotations

import gc
from pathlib import Path

import typer

from quizapp.cli import (
    commands_curate,
    commands_deck,
    commands_forecast,
    commands_generate,
    commands_interop,
    commands_optimize,
    commands_profiles,
    commands_remove,
    commands_report,
    commands_store,
)
from quizapp.cli.context import Options
from quizapp.cli.errors import fail

app = typer.Typer(
    name="quizapp",
    help=(
        "Turn articles into question decks and learn them with spaced repetition.\n\n"
        "Run quizapp with no command to open the study app (--db and --profile choose the "
        "database and whose progress); the commands below work from the shell."
    ),
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help text: Rich's help formatter would double the start-up time of every command.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        from quizapp import __version__

        typer.echo(f"quizapp {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None,
        "--db",
        envvar="QUIZAPP_DB",
        show_envvar=False,  # said in the help, which then fits 80 columns unbroken
        metavar="FILE",
        help="The database (default: $QUIZAPP_DB, else in the user data folder).",
    ),
    profile: str = typer.Option(
        "default", "--profile", metavar="NAME", help="Whose progress to use."
    ),
    version: bool = typer.Option(
        False,
        "--version",
        callback=_print_version,
        is_eager=True,
        help="Print the version and exit.",
    ),
) -> None:
    """Open the study app on your decks (or run one of the commands below).

    The study app makes a profile the first time it opens with its name; every other command
    refuses a profile that does not exist (`quizapp profiles` lists them).
    """
    from quizapp.storage.profile_names import name_problem

    problem = name_problem(profile)
    if problem is not None:
        fail(f"--profile {profile!r}: {problem}")
    ctx.obj = Options(db=db, profile=profile)
    if ctx.invoked_subcommand is not None:
        gc.enable()  # quizapp.cli.entry turned it off for the start-up only
    else:
        from quizapp.cli.launch import launch_app

        launch_app(ctx.obj)


for module in (
    commands_deck,
    commands_store,
    commands_interop,
    commands_generate,
    commands_curate,
    commands_optimize,
    commands_forecast,
    commands_profiles,
    commands_remove,
    commands_report,
):
    module.register(app)


def run() -> None:
    app()
