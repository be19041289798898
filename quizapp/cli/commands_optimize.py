"""`quizapp optimize`: fit the profile's own FSRS parameters from its review history."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import fail
from quizapp.cli.output import say
from quizapp.cli.store_access import open_for_command
from quizapp.plural import plural
from quizapp.storage.errors import StorageError

if TYPE_CHECKING:
    from quizapp.storage import Store


def _reschedule(store: Store) -> None:
    moved = store.reschedule()
    say(
        f"rescheduled: {plural(moved, 'card')} in review "
        f"{'has' if moved == 1 else 'have'} a new due date"
    )


def _offer_reschedule(store: Store, reschedule: bool) -> None:
    question = "Reschedule the cards in review by these parameters now?"
    if reschedule or (sys.stdin.isatty() and typer.confirm(question, default=False)):
        _reschedule(store)
    else:
        say("due dates are unchanged; `quizapp reschedule` re-dates the cards by them")


def optimize(
    ctx: typer.Context,
    redate: bool = typer.Option(
        False, "--reschedule", help="Also re-date the cards in review by the new parameters."
    ),
    undo: bool = typer.Option(
        False, "--undo", help="Go back to the parameters in force before the last fit."
    ),
) -> None:
    """Fit your own FSRS parameters to your review history; they apply from the next review.

    Shows log loss and RMSE of the current and fitted parameters (lower is better), also
    trained on earlier reviews and tested on later ones. The parameters are kept only when they
    predict your history better. The ones before are kept: --undo brings them back.
    """
    from quizapp.scheduling.optimize import NotEnoughHistory, report_lines

    store = open_for_command(options(ctx))
    try:
        if undo:
            if not store.undo_parameters():
                fail(f"profile '{store.profile_name}' uses the FSRS defaults: nothing to undo")
            back = "your earlier fit" if store.fsrs_parameters() else "the FSRS defaults"
            say(f"parameters restored: {back}, from the next review")
            _offer_reschedule(store, redate)
            return
        had_own = store.fsrs_parameters() is not None
        try:
            fit = store.fit_parameters()
        except NotEnoughHistory as exc:
            fail(f"profile '{store.profile_name}': {exc}")
        for line in report_lines(fit, had_own):
            say(line)
        if not fit.improves:
            say("the fitted parameters predict your reviews no better: kept the current ones")
            return
        store.save_parameters(fit)
        say("saved: the new parameters apply from the next review (`--undo` goes back)")
        _offer_reschedule(store, redate)
    except StorageError as exc:
        fail(str(exc))


def reschedule(ctx: typer.Context) -> None:
    """Re-date the cards in review by the FSRS parameters in force (yours, or the defaults)."""
    store = open_for_command(options(ctx))
    try:
        _reschedule(store)
    except StorageError as exc:
        fail(str(exc))


def register(app: typer.Typer) -> None:
    app.command(short_help="Fit FSRS parameters to your review history.")(optimize)
    app.command(short_help="Re-date cards in review by the parameters in force.")(
        reschedule
    )
