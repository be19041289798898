"""The workload ahead: reviews (and minutes) per day for the next weeks, at a desired retention.

Cards already studied are followed one by one from their due dates, answered with the chance of
recall FSRS predicts (a seeded draw); cards not yet introduced go through fsrs-rs's simulator
(the one Anki's "help me decide" view uses) at the deck's daily new-card limit.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo

import fsrs_rs_python as fsrs_rs

from quizapp.scheduling.clock import study_day
from quizapp.scheduling.f32 import round_half_away
from quizapp.scheduling.memory import DEFAULT_PARAMETERS, Memory, next_states, recall_probability
from quizapp.scheduling.scheduler import MAXIMUM_INTERVAL, CardState, Phase

RETENTIONS = (0.80, 0.85, 0.90, 0.95)
_UNLIMITED = 10**9


@dataclass(frozen=True)
class Workload:
    retention: float
    reviews: list[float]  # per day, today first: answers to cards already studied
    new: list[float]  # per day: answers while introducing new cards (first views and reviews)
    seconds_per_answer: float

    @property
    def per_day(self) -> list[float]:
        return [a + b for a, b in zip(self.reviews, self.new, strict=True)]

    @property
    def minutes(self) -> list[float]:
        return [n * self.seconds_per_answer / 60 for n in self.per_day]

    @property
    def total(self) -> float:
        return sum(self.per_day)


def studied_load(
    states: Iterable[CardState],
    today: date,
    tz: tzinfo,
    days: int,
    retention: float,
    params: tuple[float, ...],
    seed: int = 0,
) -> list[float]:
    """Answers per day to cards already studied, following each card from its due date."""
    rng = random.Random(seed)
    counts = [0.0] * days
    for state in states:
        if state.phase is Phase.NEW or state.memory is None or state.last_review is None:
            continue
        memory: Memory = state.memory
        last = study_day(state.last_review, tz)
        due = max(study_day(state.due, tz) if state.due else today, today)
        while (offset := (due - today).days) < days:
            elapsed = (due - last).days
            nexts = next_states(memory, retention, elapsed, params)
            recalled = rng.random() < recall_probability(memory.stability, elapsed, params)
            counts[offset] += 1
            if not recalled:
                counts[offset] += 1  # the relearning step, the same day
            chosen = nexts[3 if recalled else 1]
            memory = chosen.memory
            interval = int(min(max(round_half_away(chosen.interval), 1.0), MAXIMUM_INTERVAL))
            last, due = due, due.fromordinal(due.toordinal() + interval)
    return counts


def new_card_load(
    unseen: int, per_day: int, days: int, retention: float, params: tuple[float, ...],
    learning_steps: int, relearning_steps: int, seed: int = 0,
) -> list[float]:
    """Answers per day while the cards not yet introduced are learned, by fsrs-rs's simulator."""
    if unseen <= 0 or per_day <= 0:
        return [0.0] * days
    config = fsrs_rs.default_simulator_config()
    config.deck_size = unseen
    config.learn_span = days
    config.learn_limit = per_day
    config.review_limit = _UNLIMITED
    config.max_cost_perday = float(_UNLIMITED)
    config.max_ivl = float(MAXIMUM_INTERVAL)
    config.learning_step_count = learning_steps
    config.relearning_step_count = relearning_steps
    result = fsrs_rs.simulate(list(params), retention, config, seed)
    return [
        float(r + n)
        for r, n in zip(result.review_cnt_per_day, result.learn_cnt_per_day, strict=True)
    ][:days]


def workload(
    states: list[CardState],
    unseen: int,
    new_per_day: int,
    steps: tuple[int, int],
    today: date,
    tz: tzinfo,
    days: int,
    retention: float,
    seconds_per_answer: float,
    params: tuple[float, ...] | None = None,
) -> Workload:
    params = params or DEFAULT_PARAMETERS
    return Workload(
        retention=retention,
        reviews=studied_load(states, today, tz, days, retention, params),
        new=new_card_load(unseen, new_per_day, days, retention, params, *steps),
        seconds_per_answer=seconds_per_answer,
    )
