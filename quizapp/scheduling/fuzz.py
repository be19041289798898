"""Anki's interval fuzz: how far a review interval may move, and where in that range it lands."""

from __future__ import annotations

import math

from quizapp.scheduling.f32 import f32, round_half_away

# (from, to, share): past 2.5 days the range widens by 15% of the interval up to 7 days, 10% up
# to 20 days and 5% beyond, on top of one day.
_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, 3.4028234663852886e38, 0.05))


def _delta(interval: float) -> float:
    if interval < 2.5:
        return 0.0
    delta = 1.0
    for start, end, share in _RANGES:
        delta = f32(delta + f32(f32(share) * max(f32(min(interval, end) - start), 0.0)))
    return delta


def fuzz_bounds(interval: float) -> tuple[int, int]:
    delta = _delta(interval)
    return int(round_half_away(f32(interval - delta))), int(round_half_away(f32(interval + delta)))


def constrained_fuzz_bounds(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    minimum = min(minimum, maximum)
    interval = f32(min(max(interval, float(minimum)), float(maximum)))
    lower, upper = fuzz_bounds(interval)
    lower = min(max(lower, minimum), maximum)
    upper = min(max(upper, minimum), maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    return lower, upper


def with_review_fuzz(factor: float | None, interval: float, minimum: int, maximum: int) -> int:
    """A whole-day interval: ``interval`` rounded into [minimum, maximum], or drawn by factor."""
    if factor is None:
        return min(max(int(round_half_away(interval)), minimum), maximum)
    lower, upper = constrained_fuzz_bounds(interval, minimum, maximum)
    return math.floor(f32(float(lower) + f32(factor * float(1 + upper - lower))))


def minimum_review_fuzz_interval(interval: float, previous: int, maximum: int) -> int:
    """Keep a passing review from giving less than the last interval, where fuzz allows."""
    _, upper = constrained_fuzz_bounds(interval, 1, maximum)
    if int(round_half_away(interval)) > previous:
        return previous + 1
    if previous <= upper:
        return previous
    return 0
