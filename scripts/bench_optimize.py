"""Optimizer benchmark: fitting a profile's FSRS parameters to 5,000 cards / 50,000 reviews."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchlib import Result, measure

from quizapp.scheduling import FrozenClock
from quizapp.storage import open_store
from tests.scheduling.simulated_learner import simulate, true_parameters
from tests.storage.history_support import write_history

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def run() -> list[Result]:
    log = simulate(true_parameters(), cards=5_000, reviews_per_card=10, seed=11)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "optimize.db", clock=FrozenClock(NOW))
        write_history(store, log)
        fit = store.fit_parameters()
        seconds = measure(store.fit_parameters, repeat=3)
        moved = measure(store.reschedule, repeat=1)
    print(
        f"optimize: {fit.items} items, log loss {fit.before.log_loss:.4f} -> "
        f"{fit.after.log_loss:.4f}, RMSE {fit.before.rmse:.4f} -> {fit.after.rmse:.4f} "
        f"(cross-validated {fit.cv_before.rmse:.4f} -> {fit.cv_after.rmse:.4f})"
    )
    return [
        Result(f"optimize: read + fit + cross-validate ({len(log):,} reviews)", seconds, 2.0),
        Result("reschedule 5,000 cards from their history", moved, None),
    ]
