"""TUI benchmarks: launch to an interactive home, grade to next card, home and stats at 100k cards.

Run through scripts/bench.py, or alone: python scripts/bench_tui.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_core import NOW, make_deck, populate_history
from bench_launch import compile_bytecode, first_launch, launch_seconds
from benchlib import Result

from quizapp.deck import Deck, QACard, Section, Settings
from quizapp.scheduling import FrozenClock
from quizapp.storage import open_store

SIZE = (100, 30)

def bench_launch(folder: Path) -> list[Result]:
    db = folder / "launch.db"
    first, marker = first_launch(db)  # creates the database and imports the bundled decks
    again = statistics.median(launch_seconds(db, marker) for _ in range(3))
    return [
        Result("TUI launch to interactive home (first run, imports decks)", first, None),
        Result("TUI launch to interactive home", again, 1.0),
    ]


def plain_deck(cards: int) -> Deck:
    qa = tuple(
        QACard(id=f"c{i}", question=f"Question {i}?", answer=f"Answer {i}") for i in range(cards)
    )
    return Deck(
        id="grading",
        title="Grading",
        sections=(Section(id="all", title="All", cards=qa),),
        settings=Settings(new_per_day=cards),
    )


async def grade_latencies(folder: Path, grades: int) -> list[float]:
    from quizapp.tui.app import build_app
    from quizapp.tui.screens.review import ReviewScreen

    clock = FrozenClock(NOW)
    store = open_store(folder / "grade.db", clock=clock)
    store.import_deck(plain_deck(grades + 20))
    app = build_app(store, clock=clock)
    times = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        # The pilot's own waits (about 20 ms polls for idleness) would swamp the figure, so
        # the time is taken from the key being sent to the next card's first paint.
        painted: list[float] = []
        show_front = screen._show_front

        def show_and_mark() -> None:
            show_front()
            screen.call_after_refresh(lambda: painted.append(time.perf_counter()))

        screen._show_front = show_and_mark  # type: ignore[method-assign]
        for _ in range(grades):
            await pilot.press("space")
            shown = screen.session.current
            painted.clear()
            start = time.perf_counter()
            await pilot.press("3")
            await pilot.pause()
            assert screen.session.current is not shown and painted
            times.append(painted[0] - start)
    return times


async def home_seconds(db: Path) -> float:
    from quizapp.tui.app import build_app

    store = open_store(db, clock=FrozenClock(NOW))
    app = build_app(store)
    start = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        elapsed = time.perf_counter() - start
        assert getattr(app.screen, "summaries", None) is not None
    store.close()
    return elapsed


async def stats_seconds(db: Path) -> float:
    """From pressing `s` on home to the stats screen drawn with its figures."""
    from quizapp.tui.app import build_app

    store = open_store(db, clock=FrozenClock(NOW))
    app = build_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        start = time.perf_counter()
        await pilot.press("s")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        elapsed = time.perf_counter() - start
        assert getattr(app.screen, "stats", None) is not None
    store.close()
    return elapsed


def bench_big_home(folder: Path) -> list[Result]:
    db = folder / "big.db"
    store = open_store(db, clock=FrozenClock(NOW))
    store.import_deck(make_deck(100_000))
    populate_history(store, 100_000)
    store.close()
    seconds = statistics.median(asyncio.run(home_seconds(db)) for _ in range(3))
    stats = statistics.median(asyncio.run(stats_seconds(db)) for _ in range(3))
    return [
        Result("TUI home rendered with 100,000 cards", seconds, 1.0),
        Result("TUI stats rendered with 100,000 cards", stats, 1.0),
    ]


def run() -> list[Result]:
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = bench_launch(folder)
        latencies = asyncio.run(grade_latencies(folder, 40))
        print(f"grade latencies ms: {sorted(round(t * 1000, 1) for t in latencies)}",
              file=sys.stderr)
        results.append(
            Result("TUI grade key to next card (median of 40)", statistics.median(latencies), 0.050)
        )
        results += bench_big_home(folder)
        return results


if __name__ == "__main__":
    for result in run():
        print(f"{result.name:<60} {result.seconds * 1000:8.1f} ms  {'ok' if result.ok else 'SLOW'}")
