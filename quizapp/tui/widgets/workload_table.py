"""The workload ahead on the stats screen, as `quizapp forecast` computes it: answers and minutes
a day at the decks' own desired retention, then at 0.80–0.95, to help choose one."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quizapp.scheduling.forecast import Workload

__all__ = ["workload_table"]

SPARK = " ▁▂▃▄▅▆▇█"


def _spark(values: list[float]) -> str:
    top = max(values, default=0) or 1
    return "".join(SPARK[round(8 * v / top)] for v in values)


def workload_table(workloads: list[Workload]) -> RenderableType:
    """Answers per day ahead as a sparkline at the desired retention, then a row per retention."""
    if not workloads:
        return Text("No decks yet.", style="dim")
    own, *others = workloads
    days = len(own.per_day)
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("Desired retention", "Answers", "A day", "Min a day", "Busiest day"):
        table.add_column(name, justify="left" if name.startswith("Desired") else "right")
    label = f"{own.retention:.2f} (yours)" if own.retention else "each deck's own"
    for workload, name in [(own, label), *((w, f"{w.retention:.2f}") for w in others)]:
        table.add_row(
            name,
            f"{workload.total:.0f}",
            f"{workload.total / days:.1f}",
            f"{sum(workload.minutes) / days:.0f}",
            f"{max(workload.per_day, default=0):.0f}",
            style="bold" if workload is own else "",
        )
    axis = Text.assemble(
        (_spark(own.per_day), "green"), (f"  answers a day, today → +{days - 1} d", "dim")
    )
    return Group(axis, table)
