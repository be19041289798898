"""FSRS-6 scheduling through the `fsrs` package, on plain immutable card states."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from functools import lru_cache

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State

from quizapp.deck.model import Settings

__all__ = ["CardState", "Phase", "Rating", "preview", "retrievability", "review", "scheduler_for"]


class Phase(IntEnum):
    """Stored as integers; 1–3 match fsrs.State."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    phase: Phase = Phase.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None  # None for a new card: it is due when introduced
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0


@lru_cache(maxsize=64)
def _scheduler(
    retention: float,
    learning: tuple[int, ...],
    relearning: tuple[int, ...],
    fuzz: bool,
    params: tuple[float, ...] | None,
) -> Scheduler:
    extra = {} if params is None else {"parameters": params}
    return Scheduler(
        **extra,
        desired_retention=retention,
        learning_steps=tuple(timedelta(minutes=m) for m in learning),
        relearning_steps=tuple(timedelta(minutes=m) for m in relearning),
        enable_fuzzing=fuzz,
    )


def scheduler_for(
    settings: Settings, fuzz: bool = True, params: tuple[float, ...] | None = None
) -> Scheduler:
    """``params``: the profile's own FSRS parameters; None for the defaults."""
    return _scheduler(
        settings.desired_retention, settings.learning_steps, settings.relearning_steps, fuzz, params
    )


def _to_fsrs(state: CardState, now: datetime) -> FsrsCard:
    if state.phase is Phase.NEW:
        return FsrsCard(card_id=1, state=State.Learning, step=0, due=now)
    return FsrsCard(
        card_id=1,
        state=State(int(state.phase)),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due or now,
        last_review=state.last_review,
    )


def review(
    state: CardState,
    rating: Rating,
    now: datetime,
    settings: Settings,
    fuzz: bool = True,
    *,
    params: tuple[float, ...] | None = None,
) -> CardState:
    """The state after answering with ``rating`` at ``now`` (an aware UTC datetime)."""
    if now.tzinfo is None:
        raise ValueError("review times must be timezone-aware")
    now = now.astimezone(UTC)
    card, _ = scheduler_for(settings, fuzz, params).review_card(_to_fsrs(state, now), rating, now)
    lapsed = rating is Rating.Again and state.phase is Phase.REVIEW
    return replace(
        state,
        phase=Phase(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=now,
        reps=state.reps + 1,
        lapses=state.lapses + (1 if lapsed else 0),
    )


def preview(state: CardState, now: datetime, settings: Settings) -> dict[Rating, timedelta]:
    """How long until the card comes back for each rating (without fuzz, as Anki shows it)."""
    return {
        rating: review(state, rating, now, settings, fuzz=False).due - now  # type: ignore[operator]
        for rating in Rating
    }


def retrievability(state: CardState, now: datetime, settings: Settings) -> float:
    """The predicted chance of recalling the card now (0 for a card never reviewed)."""
    if state.phase is Phase.NEW:
        return 0.0
    return float(scheduler_for(settings).get_card_retrievability(_to_fsrs(state, now), now))


def format_interval(delta: timedelta) -> str:
    """Short human interval as on Anki's answer buttons: 1m, 10m, 3h, 4d, 2.1mo, 1.5y."""
    seconds = max(delta.total_seconds(), 0)
    minutes = seconds / 60
    if minutes < 60:
        return f"{max(1, round(minutes))}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"
