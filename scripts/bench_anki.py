"""quizapp and Anki side by side, in one run: `python scripts/bench.py --anki [--quick]`.

Every budget is a ratio against a figure measured in the same run (Anki's, or a bare Python
import), because absolute times on a shared 2-core machine are noise. Anki is the `anki`
package (its Rust backend), driven as a program would: a CSV import in a child process,
`answer_card` on its own queue, `get_queued_cards`, `graphs`.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bench_core import NOW, make_deck, populate_history
from bench_launch import compile_bytecode, first_launch, launch_seconds, quizapp_cli
from bench_tui import grade_latencies

from quizapp.deck import dumps
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import open_store

ROOT = Path(__file__).resolve().parents[1]
SCALE_CARDS = 100_000
SCALE_REVIEWS = 1_000_000

# A fresh Anki collection importing the CSV, as `quizapp import` does with the YAML.
ANKI_IMPORT = """
import sys
from anki.collection import Collection
from anki.import_export_pb2 import ImportCsvRequest
col = Collection(sys.argv[1])
metadata = col.get_csv_metadata(sys.argv[2], None)
col.import_csv(ImportCsvRequest(path=sys.argv[2], metadata=metadata))
col.close()
"""

TEXTUAL_REFERENCE = """
import sqlite3, sys
import textual.app, textual.widgets
sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM sqlite_master").fetchone()
"""


@dataclass(frozen=True)
class Line:
    """One budget: quizapp's figure against a reference figure from the same run."""

    name: str
    ours: float
    theirs: float | None  # None: an absolute budget (ours against ``limit`` seconds)
    reference: str
    limit: float  # the largest allowed ratio, or seconds when ``theirs`` is None
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return None if self.theirs is None else self.ours / self.theirs

    @property
    def ok(self) -> bool:
        return self.ours <= self.limit if self.ratio is None else self.ratio <= self.limit


def median_of(fn: Callable[[], float], repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def timed(fn: Callable[[], object], repeat: int) -> float:
    def once() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return median_of(once, repeat)


# Runs the quizapp CLI and prints its own peak RSS (VmHWM) last on stderr: the child's rusage
# would also count the memory of this benchmark process, which Linux carries over a fork+exec.
CLI_WITH_PEAK = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("PEAK_KB " + line.split()[1] + "\\n")
atexit.register(peak)
sys.argv = ["quizapp", *sys.argv[1:]]
from quizapp.cli.entry import run
run()
"""


def peak_rss(argv: list[str]) -> tuple[float, int]:
    """Wall time of the quizapp CLI run with ``argv`` and its own peak RSS in bytes."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CLI_WITH_PEAK, *argv], cwd=ROOT, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"quizapp {argv[:3]} failed: {done.stderr[-2000:]}")
    kb = [line for line in done.stderr.splitlines() if line.startswith("PEAK_KB ")][-1]
    return elapsed, int(kb.split()[1]) * 1024


def child(argv: list[str], cwd: Path = ROOT) -> tuple[float, int]:
    """Wall time of a whole child process and its peak RSS in bytes (as rusage counts it)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:4]} failed ({proc.returncode}): {stderr[-2000:]}")
    return elapsed, usage.ru_maxrss * 1024


def bench_deck_yaml(cards: int) -> str:
    """The text of ``dumps(make_deck(cards))``, written directly (500,000 cards in seconds)."""
    out = ["version: 1\nid: bench\ntitle: Benchmark deck\nsections:\n"]
    for s in range(cards // 100):
        out.append(f"- id: s{s}\n  title: Section {s}\n  cards:\n")
        out.extend(
            f"  - id: s{s}-c{c}\n    type: qa\n"
            f"    question: What is fact number {c} of section {s}?\n"
            f"    answer: Answer {s}.{c}\n    source: Fact {c} of section {s} is answer {s}.{c}.\n"
            for c in range(100)
        )
    return "".join(out)


def write_anki_csv(cards: int, path: Path) -> None:
    """The same cards in quizapp's Anki text export, the file a user would give Anki."""
    from quizapp.interop import write_table

    write_table(make_deck(cards), path, ",")


# -- imports, whole process ------------------------------------------------------------------
def bench_import(folder: Path, repeat: int) -> list[Line]:
    deck = folder / "bench.yaml"
    deck.write_text(bench_deck_yaml(10_000), encoding="utf-8")
    assert bench_deck_yaml(200) == dumps(make_deck(200))
    table = folder / "bench.csv"
    write_anki_csv(10_000, table)
    cli = quizapp_cli()
    runs = iter(range(1000))

    def ours_first() -> float:
        return child([*cli, "--db", str(folder / f"first{next(runs)}.db"), "import", str(deck)])[0]

    def anki_first() -> float:
        target = folder / f"first{next(runs)}.anki2"
        return child([sys.executable, "-c", ANKI_IMPORT, str(target), str(table)])[0]

    first_ours = median_of(ours_first, repeat)
    first_anki = median_of(anki_first, repeat)
    again_db, again_col = folder / "again.db", folder / "again.anki2"
    child([*cli, "--db", str(again_db), "import", str(deck)])
    child([sys.executable, "-c", ANKI_IMPORT, str(again_col), str(table)])
    again_ours = median_of(
        lambda: child([*cli, "--db", str(again_db), "import", str(deck)])[0], repeat
    )
    again_anki = median_of(
        lambda: child([sys.executable, "-c", ANKI_IMPORT, str(again_col), str(table)])[0], repeat
    )
    return [
        Line("first import, 10,000 cards, whole process", first_ours, first_anki,
             "Anki CSV import, child process", 1.0),
        Line("unchanged re-import, whole process", again_ours, again_anki,
             "Anki CSV re-import, child process", 0.5),
    ]


# -- 100k cards, 1M log rows -----------------------------------------------------------------
def build_anki_collection(folder: Path, rng: random.Random) -> Path:
    """Anki's side of the scale case: the same 100k cards imported from CSV, then every card
    made a review card and 1M review-log rows written straight into its tables (the API would
    take minutes), spread like quizapp's: due from 3 days ago to 60 days ahead, over a year."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest

    table = folder / "scale.csv"
    write_anki_csv(SCALE_CARDS, table)
    path = folder / "scale.anki2"
    col = Collection(str(path))
    metadata = col.get_csv_metadata(str(table), None)
    col.import_csv(ImportCsvRequest(path=str(table), metadata=metadata))
    today = col.sched.today
    col.close()
    db = sqlite3.connect(path)
    card_ids = [row[0] for row in db.execute("SELECT id FROM cards")]
    db.execute("BEGIN")
    db.executemany(
        "UPDATE cards SET type = 2, queue = 2, due = ?, ivl = ?, factor = 2500, reps = 5, "
        "data = ? WHERE id = ?",
        [
            (today + rng.randint(-3, 60), rng.randint(1, 30),
             json.dumps({"s": round(rng.uniform(0.5, 60), 2), "d": round(rng.uniform(1, 9), 2)}),
             cid)
            for cid in card_ids
        ],
    )
    now_ms = int(time.time() * 1000)
    stamps = sorted(rng.sample(range(now_ms - 365 * 86_400_000, now_ms), SCALE_REVIEWS))
    db.executemany(
        "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
        "VALUES (?, ?, -1, ?, ?, ?, 2500, 4000, 1)",
        (
            (stamp, rng.choice(card_ids), rng.choice((1, 3, 3, 3, 4)), rng.randint(1, 30),
             rng.randint(1, 30))
            for stamp in stamps
        ),
    )
    db.commit()
    db.close()
    return path


def anki_scale(path: Path, repeat: int) -> dict[str, float]:
    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    col = Collection(str(path))
    try:
        # The cards sit in one subdeck per section: study the whole deck, as quizapp does.
        col.decks.select(col.decks.id_for_name("Benchmark deck"))
        col.sched.get_queued_cards(fetch_limit=50)  # builds the queue: later calls are warm
        queue = timed(lambda: col.sched.get_queued_cards(fetch_limit=50), 7)

        def answer() -> float:
            queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
            request = CardAnswer(
                card_id=queued.card.id,
                current_state=queued.states.current,
                new_state=queued.states.good,
                rating=CardAnswer.GOOD,
                answered_at_millis=int(time.time() * 1000),
                milliseconds_taken=3000,
            )
            start = time.perf_counter()
            col.sched.answer_card(request)  # one transaction, committed before it returns
            return time.perf_counter() - start

        review = median_of(answer, 31)
        graphs = timed(lambda: col._backend.graphs(search="", days=365), repeat)
    finally:
        col.close()
    return {"queue": queue, "review": review, "graphs": graphs}


def quizapp_scale(folder: Path, repeat: int) -> dict[str, float]:
    clock = FrozenClock(NOW)
    store = open_store(folder / "scale.db", clock=clock)
    store.import_deck(make_deck(SCALE_CARDS))
    populate_history(store, SCALE_REVIEWS)
    store.next_items(limit=50)  # warm, as Anki's queue is
    queue = timed(lambda: store.next_items(limit=50), 7)
    stats = timed(store.stats, repeat)
    ratings = iter([Rating.Good, Rating.Hard, Rating.Good, Rating.Easy] * 10)

    def review() -> float:
        # The next card of the queue, as Anki answers the head of its own.
        item = store.next_items(limit=1)[0]
        clock.advance(timedelta(seconds=5))
        start = time.perf_counter()
        store.review(item.item_id, next(ratings), 3000)
        return time.perf_counter() - start

    reviewed = median_of(review, 31)
    store.close()
    return {"queue": queue, "stats": stats, "review": reviewed}


def bench_scale(folder: Path, repeat: int) -> list[Line]:
    ours = quizapp_scale(folder, repeat)
    anki = anki_scale(build_anki_collection(folder, random.Random(7)), repeat)
    return [
        Line("one review committed (state + log), 100k cards", ours["review"], anki["review"],
             "Anki answer_card + commit", 1.0, "ms"),
        Line("next 50 due, warm, 100k cards / 1M log rows", ours["queue"], anki["queue"],
             "Anki get_queued_cards, warm", 1.0, "ms"),
        Line("stats, 100k cards / 1M log rows", ours["stats"], anki["graphs"],
             "Anki graphs, 365 days", 0.7, "ms"),
    ]


# -- start-up ----------------------------------------------------------------------------------
def bench_startup(folder: Path, repeat: int) -> list[Line]:
    cli = quizapp_cli()
    runs = repeat + 4
    # Each figure and its reference in turns, so a change of load hits both alike.
    helps, typers = [], []
    for _ in range(runs):
        helps.append(child([*cli, "--help"])[0])
        typers.append(child([sys.executable, "-c", "import typer"])[0])
    db = folder / "launch.db"
    _, marker = first_launch(db)  # the first run imports the bundled decks
    launches, references = [], []
    for _ in range(runs):
        launches.append(launch_seconds(db, marker))
        references.append(child([sys.executable, "-c", TEXTUAL_REFERENCE, str(db)])[0])
    median = statistics.median
    return [
        Line("quizapp --help, whole process", median(helps), median(typers),
             'python -c "import typer"', 1.5, "ms"),
        Line("launch to an interactive home screen (quizapp in a terminal)", median(launches),
             median(references), "import textual.app, textual.widgets + db open", 1.3),
    ]


def bench_grading(folder: Path) -> list[Line]:
    latencies = sorted(asyncio.run(grade_latencies(folder, 100)))
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    return [
        Line("grade key to next card painted, median of 100", statistics.median(latencies), None,
             "one frame", 0.016, "ms"),
        Line("grade key to next card painted, 95th percentile", p95, None,
             "two frames", 0.033, "ms"),
    ]


# -- growth ------------------------------------------------------------------------------------
def bench_growth(folder: Path, sizes: tuple[int, ...]) -> tuple[list[Line], list[str]]:
    figures = []
    for cards in sizes:
        deck = folder / f"grow{cards}.yaml"
        deck.write_text(bench_deck_yaml(cards), encoding="utf-8")
        seconds, rss = peak_rss(["--db", str(folder / f"grow{cards}.db"), "import", str(deck)])
        figures.append((cards, seconds, rss))
        deck.unlink()
    notes = [
        f"  {cards:>7,} cards: {seconds:6.2f} s, peak RSS {rss / 2**20:6.0f} MiB"
        for cards, seconds, rss in figures
    ]
    # Linear means each further card costs no more than the ones before: compare the cost of
    # the cards added at each step (time and memory above the smallest run) per card.
    (c0, t0, m0), (c1, t1, m1), (c2, t2, m2) = figures
    time_growth = ((t2 - t1) / (c2 - c1)) / ((t1 - t0) / (c1 - c0))
    memory_growth = ((m2 - m1) / (c2 - c1)) / max((m1 - m0) / (c1 - c0), 1.0)
    label = f"{c0 // 1000}k -> {c1 // 1000}k -> {c2 // 1000}k"
    lines = [
        Line(f"import time per added card, {label}", time_growth, 1.0,
             "the previous step's", 1.25, "x"),
        Line(f"import peak memory per added card, {label}", memory_growth, 1.0,
             "the previous step's", 1.25, "x"),
        Line(f"peak RSS importing {c2:,} cards", m2 / 2**30, None, "1 GiB", 1.0, "GiB"),
    ]
    return lines, notes


# -- output ------------------------------------------------------------------------------------
def show(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.2f} ms"
    if unit == "x":
        return f"{value:.2f}"
    if unit == "GiB":
        return f"{value:.2f} GiB"
    return f"{value:.3f} s"


def print_table(lines: list[Line]) -> None:
    width = max(len(line.name) for line in lines)
    print(f"{'budget':<{width}}  {'quizapp':>11}  {'reference':>11}  {'ratio':>6}  "
          f"{'limit':>8}  ok  reference is")
    for line in lines:
        theirs = "-" if line.theirs is None else show(line.theirs, line.unit)
        ratio = "-" if line.ratio is None else f"{line.ratio:.2f}"
        limit = show(line.limit, line.unit) if line.ratio is None else f"<= {line.limit:.2f}"
        print(f"{line.name:<{width}}  {show(line.ours, line.unit):>11}  {theirs:>11}  "
              f"{ratio:>6}  {limit:>8}  {'yes' if line.ok else 'NO':<3} {line.reference}")


PARTS = ("import", "scale", "startup", "grading", "growth")


def run(quick: bool = False, parts: tuple[str, ...] = PARTS) -> bool:
    repeat = 3
    sizes = (10_000, 50_000, 100_000) if quick else (10_000, 100_000, 500_000)
    compile_bytecode()
    lines: list[Line] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "import" in parts:
            lines += bench_import(folder, repeat)
        if "scale" in parts:
            lines += bench_scale(folder, repeat)
        if "startup" in parts:
            lines += bench_startup(folder, repeat)
        if "grading" in parts:
            lines += bench_grading(folder)
        if "growth" in parts:
            growth, notes = bench_growth(folder, sizes)
            lines += growth
        shutil.rmtree(folder, ignore_errors=True)
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print_table(lines)
    if notes:
        print("import growth (whole process):")
        print("\n".join(notes))
    return all(line.ok for line in lines)
