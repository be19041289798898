"""A simulated learner whose memory follows known FSRS-6 parameters, for checking the optimizer.

Each card is first seen on a random day, then reviewed at the interval FSRS gives (with some
jitter, as a real learner is late or early); each review is recalled with the probability the
true parameters predict, from a seeded random generator.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import fsrs_rs_python as fsrs_rs

from quizapp.scheduling.optimize import LoggedReview

DEFAULTS = tuple(fsrs_rs.DEFAULT_PARAMETERS)


def true_parameters() -> tuple[float, ...]:
    """A learner unlike the average one: remembers new cards longer, forgets on a flatter curve."""
    w = list(DEFAULTS)
    w[0] *= 3
    w[1] *= 3
    w[2] *= 2
    w[3] *= 1.5
    w[8] *= 1.3
    w[20] = 0.3
    return tuple(w)


def recall(stability: float, days: float, w: Sequence[float]) -> float:
    decay = -w[20]
    factor = 0.9 ** (1 / decay) - 1
    return (1 + factor * days / stability) ** decay


def simulate(
    w: Sequence[float],
    cards: int,
    reviews_per_card: int,
    seed: int = 1,
    span_days: int = 365,
    horizon: int | None = None,
) -> list[LoggedReview]:
    """The review log, in time order: each card first seen within ``span_days``, and reviewed
    ``reviews_per_card`` times or until ``horizon`` days, whichever comes first."""
    rng = random.Random(seed)
    model = fsrs_rs.FSRS(list(w))
    log = []
    for card in range(cards):
        day = rng.randrange(span_days)
        memory = None
        last = day
        for _ in range(reviews_per_card):
            if horizon is not None and day > horizon:
                break
            elapsed = day - last
            if memory is None:
                rating = rng.choices([1, 2, 3, 4], [0.2, 0.1, 0.6, 0.1])[0]
            elif rng.random() < recall(memory.stability, elapsed, w):
                rating = rng.choices([2, 3, 4], [0.1, 0.8, 0.1])[0]
            else:
                rating = 1
            nexts = model.next_states(memory, 0.9, elapsed)
            chosen = (nexts.again, nexts.hard, nexts.good, nexts.easy)[rating - 1]
            log.append(LoggedReview(card, day, rating))
            memory, last = chosen.memory, day
            day += max(1, round(chosen.interval * rng.uniform(0.8, 1.2)))
    log.sort(key=lambda r: r.day)  # stable: each card's own answers stay in order
    return log
