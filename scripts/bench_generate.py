"""Benchmarks for the article -> deck generator (imported by scripts/bench.py).

Budgets: the whole `quizapp generate` process on a 2,000-word article < 0.5 s; each bundled
source article < 0.5 s after imports; a 20,000-word article < 5 s. The process rows run the
installed `quizapp` as a user would (bytecode cached, as an installed package has it; a fresh
output file each time, and once more over the deck it wrote) beside a bare `python -c pass` in
the same run, so a loaded machine shows in both. The 1x/4x/16x rows show the cost grows linearly
with length, and the "one line" rows that an article with no line breaks at all (sentence
splitting is a single linear scan) costs no more than the same text in paragraphs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchlib import Result, measure

from quizapp.generate import generate_deck

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "decks" / "sources").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "data" / "articles").rglob("*.txt"))
BASE_WORDS = 1250
TUNE_ARTICLE = ROOT / "tests" / "generate" / "corpus" / "tune" / "01_coral_reefs.txt"
PROCESS_RUNS = 9


def long_article(words: int) -> str:
    """Real articles one after another, each under its own heading, until ``words`` is reached."""
    lines: list[str] = []
    count, part = 0, 0
    while count < words:
        part += 1
        for path in CORPUS:
            body = path.read_text(encoding="utf-8").splitlines()
            lines.append(f"# {path.stem.replace('_', ' ')} part {part}")
            for line in body:
                lines.append(line)
                count += len(line.split())
                if count >= words:
                    break
            if count >= words:
                break
    return "\n".join(lines) + "\n"


def _wall(command: list[str], env: dict[str, str], before: Callable[[], None] | None) -> float:
    if before is not None:
        before()
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def process_rows() -> list[Result]:
    """`quizapp generate` as a command, start to exit, against the bare interpreter."""
    script = Path(sys.executable).with_name("quizapp")
    quizapp = [str(script)] if script.is_file() else [sys.executable, "-m", "quizapp"]
    # An installed package has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module on every run instead.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        articles = {"article.txt": long_article(2000), TUNE_ARTICLE.name: TUNE_ARTICLE.read_text()}
        cases: list[tuple[str, list[str], float | None, Callable[[], None] | None]] = [
            ("python -c pass (reference)", [sys.executable, "-c", "pass"], None, None)
        ]
        for file_name, text in articles.items():
            article = folder / file_name
            article.write_text(text, encoding="utf-8")
            deck = article.with_suffix(".yaml")
            command = [*quizapp, "generate", str(article)]
            label = f"quizapp generate {file_name} ({len(text.split()):,} words)"
            cases.append((label, command, 0.5, lambda deck=deck: deck.unlink(missing_ok=True)))
            cases.append(("  the same again, over the deck it wrote", command, 0.5, None))
        for _, command, _, before in cases:  # warm the disk cache and write the bytecode
            _wall(command, env, before)
        times: list[list[float]] = [[] for _ in cases]
        for _ in range(PROCESS_RUNS):  # interleaved, so a burst of load hits every row alike
            for i, (_, command, _, before) in enumerate(cases):
                times[i].append(_wall(command, env, before))
    return [
        Result(label, statistics.median(t), budget)
        for (label, _, budget, _), t in zip(cases, times, strict=True)
    ]


def run() -> list[Result]:
    results = process_rows()
    generate_deck(SOURCES[0].read_text(encoding="utf-8"))  # warm imports and caches
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        seconds = measure(lambda text=text: generate_deck(text), repeat=5)
        results.append(Result(f"generate {path.name}", seconds, 0.5))
    for factor in (1, 4, 16):
        text = long_article(BASE_WORDS * factor)
        seconds = measure(lambda text=text: generate_deck(text), repeat=3 if factor < 16 else 1)
        budget = 5.0 if factor == 16 else None
        results.append(
            Result(f"generate {factor}x ({BASE_WORDS * factor:,} words)", seconds, budget)
        )
    paragraphs = long_article(BASE_WORDS * 8)
    one_line = " ".join(line for line in paragraphs.splitlines() if not line.startswith("#"))
    for name, text in (("in paragraphs", paragraphs), ("as one line", one_line)):
        seconds = measure(lambda text=text: generate_deck(text), repeat=1)
        results.append(Result(f"generate {len(text) // 1000} KB {name}", seconds, 5.0))
    return results
