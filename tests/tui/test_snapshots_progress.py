"""Snapshots of the quiz result and the stats screen at 80×24, with a frozen clock and fixed data.

Update after an intended change with ``pytest tests/tui/test_snapshots_progress.py
--snapshot-update`` and look at the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot

from quizapp.scheduling import FrozenClock
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.stats import StatsScreen

from .progress_support import Host, simulate_week, solar_store

MONDAY = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
THURSDAY = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_quiz_result(snap_compare, tmp_path: Path) -> None:
    store = solar_store(tmp_path / "snap.db", FrozenClock(MONDAY))
    screen = QuizScreen("solar", "planets", count=5, seed=11)

    async def answer_all(pilot: Pilot[None]) -> None:
        await settle(pilot)
        session = screen.session
        assert session is not None
        # Deck order is fixed and so is the seed: miss the first two, get the rest right.
        for n in range(len(session.items)):
            item = session.current
            if item.card.type.value == "qa":
                await pilot.press(*("mars" if n < 2 else "two"), "enter")
            elif item.card.type.value == "truefalse":
                right = "t" if item.card.answer else "f"  # type: ignore[union-attr]
                await pilot.press(right if n >= 2 else {"t": "f", "f": "t"}[right])
            else:
                options = item.card.options  # type: ignore[union-attr]
                index = options.index(item.card.answer[0])  # type: ignore[union-attr]
                await pilot.press("abcd"[index if n >= 2 else (index + 1) % len(options)])
            await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(Host(store, screen), terminal_size=(80, 24), run_before=answer_all)


def test_stats_after_a_week(snap_compare, tmp_path: Path) -> None:
    clock = FrozenClock(THURSDAY)
    store = solar_store(tmp_path / "snap.db", clock)
    # Uneven days across two calendar weeks, so the heatmap shows every shade.
    simulate_week(store, clock, [1, 2, 4, 8, 3, 6, 5])
    assert snap_compare(Host(store, StatsScreen()), terminal_size=(80, 24), run_before=settle)
