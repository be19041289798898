"""Core benchmarks: deck import, the due queue and stats at scale, one review committed."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchlib import Result, measure

from quizapp.deck import Deck, QACard, Section, dumps, load_deck
from quizapp.scheduling import FrozenClock, Rating, day_number, study_day
from quizapp.storage import Store, open_store

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def make_deck(cards: int, deck_id: str = "bench", per_section: int = 100) -> Deck:
    sections = []
    for s in range(cards // per_section):
        section_cards = tuple(
            QACard(
                id=f"s{s}-c{c}",
                question=f"What is fact number {c} of section {s}?",
                answer=f"Answer {s}.{c}",
                source=f"Fact {c} of section {s} is answer {s}.{c}.",
            )
            for c in range(per_section)
        )
        sections.append(Section(id=f"s{s}", title=f"Section {s}", cards=section_cards))
    return Deck(id=deck_id, title="Benchmark deck", sections=tuple(sections))


def fresh_store(folder: Path, name: str) -> Store:
    return open_store(folder / name, clock=FrozenClock(NOW))


def bench_import(folder: Path) -> list[Result]:
    deck_file = folder / "bench.yaml"
    deck_file.write_text(dumps(make_deck(10_000)), encoding="utf-8")
    store = fresh_store(folder, "import.db")
    start = time.perf_counter()
    store.import_deck(load_deck(deck_file))
    first = time.perf_counter() - start
    again = measure(lambda: store.import_deck(load_deck(deck_file)), repeat=3)
    return [
        Result("import 10,000-card deck (parse + validate + write)", first, 3.0),
        Result("re-import it unchanged", again, 2.0),
    ]


def populate_history(store: Store, reviews: int) -> None:
    """Give every item a review state and spread ``reviews`` log rows over the past year."""
    rng = random.Random(7)
    conn = sqlite3.connect(store.path)
    try:
        cur = conn.cursor()
        deck_of = dict(cur.execute("SELECT id, deck_id FROM item"))
        item_ids = list(deck_of)
        cur.execute("BEGIN")
        states = []
        for item_id in item_ids:
            due = NOW + timedelta(hours=rng.uniform(-72, 24 * 60))
            last = due - timedelta(days=rng.uniform(1, 30))
            states.append((store.profile_id, item_id, 2, rng.uniform(0.5, 60), rng.uniform(1, 9),
                           due.strftime("%Y-%m-%d %H:%M:%S.%f"),
                           last.strftime("%Y-%m-%d %H:%M:%S.%f"), 5, 0))
        cur.executemany(
            "INSERT INTO card_state (profile_id, item_id, phase, stability, difficulty, due, "
            "last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            states,
        )
        logs = []
        for _ in range(reviews):
            when = NOW - timedelta(minutes=rng.uniform(0, 365 * 24 * 60))
            item = rng.choice(item_ids)
            logs.append((store.profile_id, item, rng.choice([1, 3, 3, 3, 4]),
                         when.strftime("%Y-%m-%d %H:%M:%S.%f"),
                         day_number(study_day(when, UTC)), 4000, "{}", "{}", 2,
                         rng.randint(1, 60), deck_of[item]))
        cur.executemany(
            "INSERT INTO review_log (profile_id, item_id, rating, reviewed_at, study_day, "
            "duration_ms, state_before, state_after, phase_before, last_interval, deck_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            logs,
        )
        conn.commit()
        cur.execute("ANALYZE")
    finally:
        conn.close()


def bench_scale(folder: Path) -> list[Result]:
    store = fresh_store(folder, "scale.db")
    store.import_deck(make_deck(100_000))
    populate_history(store, 1_000_000)
    queue = measure(lambda: store.next_items(limit=50), repeat=7)
    stats = measure(store.stats, repeat=3)
    retention = measure(store.retention, repeat=3)
    summaries = measure(store.deck_summaries, repeat=3)
    items = store.next_items(limit=50)
    ratings = iter([Rating.Good, Rating.Hard, Rating.Again, Rating.Easy] * 20)
    ids = iter(i.item_id for i in items)
    review = measure(lambda: store.review(next(ids), next(ratings), 3000), repeat=21)
    return [
        Result("next 50 due cards (100k cards, 1M log rows)", queue, 0.020),
        Result("stats (100k cards, 1M log rows)", stats, 0.5),
        Result("retention per deck, young/mature (1M log rows)", retention, 1.0),
        Result("deck summaries with counts (100k cards)", summaries, None),
        Result("one review: state + log committed", review, 0.005),
    ]


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return bench_import(folder) + bench_scale(folder)
