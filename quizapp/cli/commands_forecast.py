"""`quizapp forecast`: the reviews and minutes ahead, at the desired retention and 0.80–0.95."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import fail
from quizapp.cli.output import say, say_lines
from quizapp.cli.store_access import query
from quizapp.plural import plural

if TYPE_CHECKING:
    from quizapp.scheduling.forecast import Workload

SPARK = " ▁▂▃▄▅▆▇█"


def spark(values: list[float]) -> str:
    top = max(values, default=0) or 1
    return "".join(SPARK[round(8 * v / top)] for v in values)


def table_lines(workloads: list[Workload], days: int) -> list[str]:
    own, *others = workloads
    label = f"{own.retention:.2f}" if own.retention else "each deck's own"
    lines = [
        f"next {plural(days, 'day')} at desired retention {label}:",
        f"  {spark(own.per_day)}",
        f"  {own.total:.0f} answers ({own.total / days:.1f} a day, "
        f"{sum(own.minutes) / days:.0f} min a day); busiest day {max(own.per_day):.0f}",
        "at other desired retentions:",
        f"  {'retention':<10} {'answers':>8} {'a day':>7} {'min a day':>10}",
    ]
    for w in others:
        lines.append(
            f"  {w.retention:<10.2f} {w.total:>8.0f} {w.total / days:>7.1f} "
            f"{sum(w.minutes) / days:>10.0f}"
        )
    return lines


def forecast(
    ctx: typer.Context,
    deck: str | None = typer.Argument(None, help="A deck id (default: every deck)."),
    days: int = typer.Option(30, "--days", help="How many days ahead (1–365), e.g. 30 or 90."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """The reviews (and minutes, from your logged answer times) per day ahead, at the desired
    retention and at 0.80, 0.85, 0.90 and 0.95, to help choose one."""
    if not 1 <= days <= 365:
        fail(f"--days must be between 1 and 365, not {days}")
    try:
        _, workloads = query(options(ctx), lambda store: store.workload(deck, days))
    except KeyError:
        fail(f"forecast: no deck '{deck}' (quizapp decks lists them)")
    if as_json:
        data = [
            {
                "retention": w.retention or None,
                "answers_per_day": [round(n, 1) for n in w.per_day],
                "minutes_per_day": [round(m, 1) for m in w.minutes],
                "total_answers": round(w.total, 1),
            }
            for w in workloads
        ]
        say_lines(json.dumps({"days": days, "deck": deck, "forecast": data}, indent=2))
        return
    for line in table_lines(workloads, days):
        say(line)


def register(app: typer.Typer) -> None:
    app.command(short_help="Reviews and minutes per day ahead, per desired retention.")(
        forecast
    )
