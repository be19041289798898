"""Fixtures shared by the core tests: a temporary store on a frozen clock, sample decks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, open_store

# Wall-clock deadlines make property tests flaky on a busy CI machine; speed is benchmarked.
settings.register_profile("quizapp", deadline=None)
settings.load_profile("quizapp")

DATA = Path(__file__).parent / "data"
SAMPLE_DECK = """\
version: 1
id: demo
title: Demo deck
settings: {new_per_day: 5}
sections:
  - id: capitals
    title: Capitals
    cards:
      - {id: paris, type: qa, question: Capital of France?, answer: Paris, accept: [paris]}
      - {id: pact, type: cloze, text: "The pact was signed in {{c1::2024}} by {{c2::Putin}}."}
      - {id: leader, type: choice, question: Who leads North Korea?,
         options: [Kim Jong Un, Putin, Xi, Biden], answer: Kim Jong Un}
  - id: colours
    title: Colours
    cards:
      - {id: sky, type: truefalse, statement: The sky is green., answer: false,
         correction: It is blue.}
      - {id: grass, type: qa, question: What colour is grass?, answer: Green}
      - {id: snow, type: qa, question: What colour is snow?, answer: White}
"""


@pytest.fixture(autouse=True)
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own settings file: a test never reads or writes the user's."""
    path = tmp_path / "config" / "config.json"
    monkeypatch.setenv("QUIZAPP_CONFIG", str(path))
    return path


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "progress.db"


@pytest.fixture
def store(db_path: Path, clock: FrozenClock) -> Store:
    s = open_store(db_path, clock=clock)
    s.fuzz = False
    return s


@pytest.fixture
def sample_deck_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.yaml"
    path.write_text(SAMPLE_DECK, encoding="utf-8")
    return path
