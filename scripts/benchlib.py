"""Shared helpers for the benchmark modules that scripts/bench.py runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    seconds: float
    budget: float | None  # seconds; None when there is no budget

    @property
    def ok(self) -> bool:
        return self.budget is None or self.seconds <= self.budget


def measure(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
