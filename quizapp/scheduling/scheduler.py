"""FSRS scheduling with Anki's rules, on plain immutable card states.

Memory states come from fsrs-rs (the FSRS that Anki runs); the rules around them follow Anki's
scheduler: learning steps, the day boundary at the 4 am rollover, Hard < Good < Easy by at least
a day, whole-day review intervals, and fuzz drawn once per card and review count, so the interval
shown on a button is the interval that button gives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import IntEnum

from quizapp.deck.model import Settings
from quizapp.scheduling.clock import day_start, days_elapsed, rollover_after, study_day
from quizapp.scheduling.draws import fuzz_factor, learning_fuzz_secs
from quizapp.scheduling.f32 import f32, round_half_away
from quizapp.scheduling.fuzz import minimum_review_fuzz_interval, with_review_fuzz
from quizapp.scheduling.memory import (
    DEFAULT_PARAMETERS,
    Memory,
    Next,
    allows_short_term,
    next_states,
    recall_probability,
)
from quizapp.scheduling.steps import DAY, Steps

__all__ = [
    "MAXIMUM_INTERVAL",
    "Answer",
    "CardState",
    "Phase",
    "Rating",
    "answer",
    "preview",
    "retrievability",
    "review",
]

MAXIMUM_INTERVAL = 36_500  # days, Anki's default maximum interval


class Rating(IntEnum):
    Again = 1
    Hard = 2
    Good = 3
    Easy = 4


class Phase(IntEnum):
    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    phase: Phase = Phase.NEW
    step: int | None = None  # index into the (re)learning steps
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None  # None for a new card: it is due when introduced
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    scheduled_days: int = 0  # the review interval in days (kept through relearning)

    @property
    def memory(self) -> Memory | None:
        if self.stability is None or self.difficulty is None:
            return None
        return Memory(self.stability, self.difficulty)


@dataclass(frozen=True)
class Answer:
    """The state an answer leads to, and the interval it gives as Anki counts it.

    ``interval`` is whole days for a card due on a later study day, else seconds until due.
    """

    state: CardState
    interval: timedelta


@dataclass(frozen=True)
class _Rules:
    settings: Settings
    params: tuple[float, ...]
    factor: float | None  # the review fuzz factor; None without fuzz
    seed: int | None
    maximum: int = MAXIMUM_INTERVAL  # days; lower in the run-up to an exam

    @property
    def steps(self) -> Steps:
        return Steps(self.settings.learning_steps)

    @property
    def relearn(self) -> Steps:
        return Steps(self.settings.relearning_steps)

    def fuzzed(self, interval: float, minimum: int = 1) -> int:
        minimum = max(1, min(minimum, self.maximum))
        return with_review_fuzz(self.factor, interval, minimum, self.maximum)

    def graduate(self, interval: float) -> int:
        return self.fuzzed(max(round_half_away(interval), 1.0))

    def short_term(self, steps: Steps, interval: float) -> bool:
        return allows_short_term(self.params) and steps.empty and interval < 0.5


# A step outcome: ("secs", seconds, step) for a same-day step, ("days", days) for review.
_Step = tuple[Phase, int | None, int, int]  # phase, step, seconds (0 for review), review days


def _review_days(days: int) -> _Step:
    return (Phase.REVIEW, None, 0, days)


def _learning(
    state: CardState, rating: Rating, nexts: dict[int, Next], rules: _Rules
) -> tuple[Phase, int | None, int, int]:
    """A new or learning card: the step it moves to, or the review interval it graduates to."""
    steps, step, chosen = rules.steps, state.step or 0, nexts[int(rating)]
    if state.phase is Phase.NEW:
        step = 0
    if rating is Rating.Easy:
        good = rules.fuzzed(nexts[3].interval)
        return _review_days(rules.fuzzed(max(round_half_away(chosen.interval), 1.0), good + 1))
    if rating is Rating.Again:
        delay, next_step = steps.again(), 0
    elif rating is Rating.Hard:
        delay, next_step = steps.hard(step), step
    else:
        delay, next_step = steps.good(step), steps.after_good(step)
    if delay is not None:
        return (Phase.LEARNING, next_step, delay, 0)
    if rules.short_term(steps, chosen.interval):
        return (Phase.LEARNING, next_step, int(f32(chosen.interval * 86_400.0)), 0)
    return _review_days(rules.graduate(chosen.interval))


def _relearning(
    state: CardState, rating: Rating, nexts: dict[int, Next], rules: _Rules
) -> tuple[Phase, int | None, int, int]:
    steps, step, chosen = rules.relearn, state.step or 0, nexts[int(rating)]
    if rating is Rating.Easy:
        good = rules.fuzzed(nexts[3].interval)
        return _review_days(rules.fuzzed(max(round_half_away(chosen.interval), 1.0), good + 1))
    if rating is Rating.Again:
        delay, next_step = steps.again(), 0
        if delay is not None:  # the interval to come back to is set afresh, without fuzz
            days = int(max(round_half_away(chosen.interval), 1.0))
            return (Phase.RELEARNING, 0, delay, days)
    elif rating is Rating.Hard:
        delay, next_step = steps.hard(step), step
    else:
        delay, next_step = steps.good(step), steps.after_good(step)
    if delay is not None:
        return (Phase.RELEARNING, next_step, delay, state.scheduled_days)
    days = rules.graduate(chosen.interval)
    if rules.short_term(steps, chosen.interval):
        return (Phase.RELEARNING, next_step, int(f32(chosen.interval * 86_400.0)), days)
    return _review_days(days)


def _review(
    state: CardState, rating: Rating, nexts: dict[int, Next], rules: _Rules
) -> tuple[Phase, int | None, int, int]:
    if rating is Rating.Again:
        interval = nexts[1].interval
        days = int(max(round_half_away(interval), 1.0))
        delay = rules.relearn.again()
        if delay is not None:
            return (Phase.RELEARNING, 0, delay, days)
        if rules.short_term(rules.relearn, interval):
            return (Phase.RELEARNING, 0, int(f32(interval * 86_400.0)), days)
        return _review_days(days)
    # Each passing interval is at least a day longer than the one before it, and (as far as fuzz
    # allows) not shorter than the last interval.
    floor, days = 1, 0
    for grade in (2, 3, 4):
        interval = nexts[grade].interval
        least = minimum_review_fuzz_interval(interval, state.scheduled_days, rules.maximum)
        days = rules.fuzzed(interval, max(least, floor))
        if grade == int(rating):
            break
        floor = days + 1
    return _review_days(days)


def exam_cap(settings: Settings, today: date) -> int | None:
    """Due by the eve of the exam: the longest interval allowed today (None: no exam ahead)."""
    if settings.exam is None or settings.exam <= today:
        return None
    return max(1, (settings.exam - today).days - 1)


def answer(
    state: CardState,
    rating: Rating,
    now: datetime,
    settings: Settings,
    *,
    tz: tzinfo = UTC,
    card_id: int = 0,
    fuzz: bool = True,
    params: tuple[float, ...] | None = None,
) -> Answer:
    """The state after answering with ``rating`` at ``now`` (an aware datetime), and its interval.

    ``card_id`` seeds the fuzz together with the card's review count, so the same card at the
    same review count always gets the same fuzz.
    """
    if now.tzinfo is None:
        raise ValueError("review times must be timezone-aware")
    now = now.astimezone(UTC)
    params = params or DEFAULT_PARAMETERS
    seed = card_id + state.reps if fuzz else None
    today = study_day(now, tz)
    cap = exam_cap(settings, today)
    rules = _Rules(
        settings,
        params,
        fuzz_factor(seed) if seed is not None else None,
        seed,
        MAXIMUM_INTERVAL if cap is None else min(cap, MAXIMUM_INTERVAL),
    )
    elapsed = days_elapsed(now, state.last_review, tz)
    nexts = next_states(state.memory, settings.desired_retention, elapsed, params)
    if state.phase in (Phase.NEW, Phase.LEARNING):
        phase, step, secs, days = _learning(state, rating, nexts, rules)
    elif state.phase is Phase.RELEARNING:
        phase, step, secs, days = _relearning(state, rating, nexts, rules)
    else:
        phase, step, secs, days = _review(state, rating, nexts, rules)
    memory = nexts[int(rating)].memory
    whole = now.replace(microsecond=0)
    if phase is Phase.REVIEW:
        due, interval = day_start(today + timedelta(days=days), tz), timedelta(days=days)
    else:
        until_rollover = int((rollover_after(now, tz) - whole).total_seconds())
        if secs >= until_rollover:  # a step past the rollover makes the card due on a later day
            later = (secs - until_rollover) // DAY + 1
            due, interval = day_start(today + timedelta(days=later), tz), timedelta(days=later)
        else:
            given = learning_fuzz_secs(seed, secs) if seed is not None else secs
            due, interval = whole + timedelta(seconds=given), timedelta(seconds=given)
    lapsed = rating is Rating.Again and state.phase is Phase.REVIEW
    new_state = replace(
        state,
        phase=phase,
        step=step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=due,
        last_review=now,
        reps=state.reps + 1,
        lapses=state.lapses + (1 if lapsed else 0),
        scheduled_days=days if phase is not Phase.LEARNING else 0,
    )
    return Answer(new_state, interval)


def review(
    state: CardState,
    rating: Rating,
    now: datetime,
    settings: Settings,
    fuzz: bool = True,
    *,
    tz: tzinfo = UTC,
    card_id: int = 0,
    params: tuple[float, ...] | None = None,
) -> CardState:
    """The state after answering with ``rating`` at ``now``."""
    return answer(
        state, rating, now, settings, tz=tz, card_id=card_id, fuzz=fuzz, params=params
    ).state


def preview(
    state: CardState,
    now: datetime,
    settings: Settings,
    *,
    tz: tzinfo = UTC,
    card_id: int = 0,
    fuzz: bool = True,
    params: tuple[float, ...] | None = None,
) -> dict[Rating, timedelta]:
    """The interval each rating gives: the very one answering with it will give, fuzz included."""
    return {
        rating: answer(
            state, rating, now, settings, tz=tz, card_id=card_id, fuzz=fuzz, params=params
        ).interval
        for rating in Rating
    }


def retrievability(
    state: CardState,
    now: datetime,
    settings: Settings,
    *,
    tz: tzinfo = UTC,
    params: tuple[float, ...] | None = None,
) -> float:
    """The predicted chance of recalling the card now (0 for a card never reviewed)."""
    if state.phase is Phase.NEW or state.stability is None:
        return 0.0
    elapsed = days_elapsed(now.astimezone(UTC), state.last_review, tz)
    return recall_probability(state.stability, elapsed, params or DEFAULT_PARAMETERS)
