"""Scheduling: the FSRS scheduler on plain card states, and the injectable clock."""

from quizapp.scheduling.clock import (
    Clock,
    FrozenClock,
    SystemClock,
    day_number,
    day_start,
    from_day_number,
    next_day_start,
    study_day,
)
from quizapp.scheduling.scheduler import (
    CardState,
    Phase,
    Rating,
    format_interval,
    preview,
    retrievability,
    review,
    scheduler_for,
)

__all__ = [
    "CardState",
    "Clock",
    "FrozenClock",
    "Phase",
    "Rating",
    "SystemClock",
    "day_number",
    "day_start",
    "format_interval",
    "from_day_number",
    "next_day_start",
    "preview",
    "retrievability",
    "review",
    "scheduler_for",
    "study_day",
]
