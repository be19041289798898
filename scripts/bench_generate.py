"""Benchmarks for the article -> deck generator (imported by scripts/bench.py).

Budgets: each bundled source article < 0.5 s after imports; a 20,000-word article < 5 s. The
1x/4x/16x rows show the cost grows linearly with length, and the "one line" rows that an article
with no line breaks at all (sentence splitting is a single linear scan) costs no more than the
same text in paragraphs.
"""

from __future__ import annotations

from pathlib import Path

from benchlib import Result, measure

from quizapp.generate import generate_deck

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "decks" / "sources").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "data" / "articles").rglob("*.txt"))
BASE_WORDS = 1250


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


def run() -> list[Result]:
    generate_deck(SOURCES[0].read_text(encoding="utf-8"))  # warm imports and caches
    results = []
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
