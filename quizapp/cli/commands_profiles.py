"""`quizapp profiles`: list, rename and delete the profiles in a database."""

from __future__ import annotations

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import fail
from quizapp.cli.output import say
from quizapp.cli.store_access import open_for_command
from quizapp.plural import plural
from quizapp.storage.errors import StorageError

profiles_app = typer.Typer(
    help="List, rename and delete profiles (the study app makes one on first use).",
    short_help="List, rename and delete profiles.",
    no_args_is_help=False,
)


@profiles_app.callback(invoke_without_command=True)
def profiles(ctx: typer.Context) -> None:
    """List every profile with its number of reviews and when it last studied."""
    if ctx.invoked_subcommand is not None:
        return
    store = open_for_command(options(ctx), bundled=False, own_profile=False)
    try:
        found = store.profiles()
    except StorageError as exc:
        fail(str(exc))
    if not found:
        say("no profiles yet: the study app makes one on first use")
    for profile in found:
        last = f"{profile.last_review:%Y-%m-%d}" if profile.last_review else "never"
        say(
            f"{profile.name}  created {profile.created_at:%Y-%m-%d}  "
            f"{plural(profile.reviews, 'review')}  last studied {last}"
        )


@profiles_app.command()
def rename(
    ctx: typer.Context,
    old: str = typer.Argument(..., help="The profile's name now."),
    new: str = typer.Argument(..., help="Its new name (it must not exist yet)."),
) -> None:
    """Rename a profile; its progress, reviews and quizzes go with it."""
    store = open_for_command(options(ctx), bundled=False, own_profile=False)
    try:
        store.rename_profile(old, new)
    except StorageError as exc:
        fail(str(exc))
    say(f"renamed profile '{old}' to '{new}'")


@profiles_app.command(short_help="Delete a profile and all its progress (with --yes).")
def delete(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The profile to delete."),
    yes: bool = typer.Option(
        False, "--yes", help="Really delete: its progress, reviews and quizzes are lost."
    ),
) -> None:
    """Delete a profile with all its progress (asks for --yes: scripts have no one to ask)."""
    store = open_for_command(options(ctx), bundled=False, own_profile=False)
    if not yes:
        try:
            known = {p.name: p for p in store.profiles()}
        except StorageError as exc:
            fail(str(exc))
        if name in known:
            fail(
                f"deleting profile '{name}' loses its {plural(known[name].reviews, 'review')} "
                "and all its progress; add --yes to delete it"
            )
    try:
        reviews = store.delete_profile(name)
    except StorageError as exc:
        fail(str(exc))
    say(f"deleted profile '{name}' and its {plural(reviews, 'review')}")


def register(app: typer.Typer) -> None:
    app.add_typer(profiles_app, name="profiles")
