"""Helpers for the quiz, stats and browse tests: a store holding only the solar test deck, a
bare host app, and a week of simulated reviews."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store, open_store

DECK = Path(__file__).parent / "data" / "solar.yaml"


def solar_store(db: Path, clock: FrozenClock) -> Store:
    """A fresh database with the nine-card solar deck and nothing else."""
    store = open_store(db, clock=clock)
    store.fuzz = False
    store.import_deck(load_deck(DECK), DECK)
    return store


class Host(App[None]):
    """A bare app holding the store, so a screen is tested without the home screen."""

    def __init__(self, store: Store, screen: Screen[None]) -> None:
        super().__init__()
        self.store = store
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


def simulate_week(store: Store, clock: FrozenClock, per_day: int | list[int] = 3) -> list[int]:
    """Review items for seven days ending today, 20 seconds each: ``per_day`` a day, or the
    given count on each day."""
    counts = per_day if isinstance(per_day, list) else [per_day] * 7
    ids = [row.item_id for row in store.browse()]
    done = 0
    for day, count in enumerate(counts):
        if day:
            clock.advance(timedelta(days=1))
        # Round the deck in turn, due or not: the figures only need a known count per day.
        for _ in range(count):
            store.review(ids[done % len(ids)], Rating.Good, duration_ms=20_000)
            done += 1
    return counts


def plain(widget: Widget) -> str:
    """What a Static shows, without styles."""
    return str(widget.visual)  # type: ignore[attr-defined]
