"""A temporary database with the fixed test deck, a frozen clock, and the app built on them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, open_store
from quizapp.tui.app import QuizApp, build_app

DATA = Path(__file__).parent / "data"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday morning, well after the 4 am rollover


def load_test_deck(store: Store, name: str = "europe") -> None:
    path = DATA / f"{name}.yaml"
    store.import_deck(load_deck(path), path, DATA / f"{name}.txt")


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def store(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = open_store(tmp_path / "test.db", profile="ada", clock=clock)
    store.fuzz = False  # intervals the tests can predict
    load_test_deck(store)
    yield store
    store.close()


@pytest.fixture
def app(store: Store, clock: FrozenClock) -> QuizApp:
    return build_app(store, clock=clock)
