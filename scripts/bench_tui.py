"""TUI benchmarks: launch to an interactive home, grade to next card, home and stats at 100k cards.

Run through scripts/bench.py, or alone: python scripts/bench_tui.py
"""

from __future__ import annotations

import asyncio
import re
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
from textual import events

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


QUESTION = re.compile(r"Question (\d+)\?")
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


async def grade_latencies(folder: Path, grades: int) -> list[float]:
    """Seconds from each grade key to the first frame that shows the next card's question.

    Every frame the app produces is turned into the text a terminal would be sent, as the
    real driver does (the headless one skips that), and searched for the question: the time
    is taken when the next card is on the screen, not when the app merely asked to redraw.
    The key is sent straight to the app, as the terminal driver would, because the pilot's
    own waits (polls for idleness) would swamp the figure.
    """
    from quizapp.tui.app import build_app
    from quizapp.tui.screens.review import ReviewScreen

    clock = FrozenClock(NOW)
    store = open_store(folder / "grade.db", clock=clock)
    store.import_deck(plain_deck(grades + 20))
    app = build_app(store, clock=clock)
    times: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        shown: list[tuple[float, set[str]]] = []
        display = app._display

        def display_and_read(on: object, update: object) -> None:
            display(on, update)  # type: ignore[arg-type]
            if update is not None and hasattr(update, "render_segments"):
                text = _ESCAPES.sub("", update.render_segments(app.console))
                shown.append((time.perf_counter(), set(QUESTION.findall(text))))

        app._display = display_and_read  # type: ignore[method-assign]
        for _ in range(grades):
            await pilot.press("space")
            await pilot.pause()
            before = screen.session.current
            assert before is not None
            old = QUESTION.findall(before.card.question)[0]  # type: ignore[union-attr]
            shown.clear()
            start = time.perf_counter()
            app.post_message(events.Key("3", "3"))
            deadline = start + 10
            while not any(numbers - {old} for _, numbers in shown):
                if time.perf_counter() > deadline:
                    raise RuntimeError("the next card never reached the screen")
                await asyncio.sleep(0.0005)
            painted = next(at for at, numbers in shown if numbers - {old})
            times.append(painted - start)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
    store.close()
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
