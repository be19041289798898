"""FSRS memory states from fsrs-rs (the Rust FSRS that Anki runs), kept as Anki keeps them.

Stability and difficulty are float32 values rounded to 4 and 3 decimals, exactly as Anki stores
them, and every next review is computed from the stored values, so long histories never drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import fsrs_rs_python as fsrs_rs

from quizapp.scheduling.f32 import round_places

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs_rs.DEFAULT_PARAMETERS)
STABILITY_PLACES = 4
DIFFICULTY_PLACES = 3


@dataclass(frozen=True)
class Memory:
    stability: float
    difficulty: float


@dataclass(frozen=True)
class Next:
    """What one answer leads to: the stored memory state and FSRS's unrounded interval in days."""

    memory: Memory
    interval: float


@lru_cache(maxsize=16)
def _model(params: tuple[float, ...]) -> fsrs_rs.FSRS:
    return fsrs_rs.FSRS(list(params))


def stored(stability: float, difficulty: float) -> Memory:
    """The memory state as Anki stores it: float32, S to 4 and D to 3 decimals."""
    return Memory(
        round_places(stability, STABILITY_PLACES), round_places(difficulty, DIFFICULTY_PLACES)
    )


def next_states(
    memory: Memory | None, retention: float, days_elapsed: int, params: tuple[float, ...]
) -> dict[int, Next]:
    """Rating (1–4) -> the next memory state and interval, from the stored current state."""
    current = None if memory is None else fsrs_rs.MemoryState(memory.stability, memory.difficulty)
    states = _model(params).next_states(current, retention, days_elapsed)
    result = {}
    for rating, item in enumerate((states.again, states.hard, states.good, states.easy), 1):
        result[rating] = Next(stored(item.memory.stability, item.memory.difficulty), item.interval)
    return result


def allows_short_term(params: tuple[float, ...]) -> bool:
    """FSRS may schedule same-day reviews itself when its short-term weights are positive."""
    return len(params) < 19 or (params[17] > 0.0 and params[18] > 0.0)


def decay(params: tuple[float, ...]) -> float:
    return params[20] if len(params) > 20 else 0.5


def recall_probability(stability: float, days: float, params: tuple[float, ...]) -> float:
    """FSRS-6's forgetting curve: the chance of recall ``days`` after the last review."""
    d = decay(params)
    factor = 0.9 ** (1 / -d) - 1
    return (1 + factor * max(days, 0.0) / stability) ** -d
