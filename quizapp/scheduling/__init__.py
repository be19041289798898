"""Scheduling: Anki's FSRS scheduling on plain card states, and the injectable clock."""

from quizapp.scheduling.clock import (
    Clock,
    FrozenClock,
    SystemClock,
    day_number,
    day_start,
    days_elapsed,
    from_day_number,
    next_day_start,
    rollover_after,
    study_day,
)
from quizapp.scheduling.labels import format_interval
from quizapp.scheduling.memory import DEFAULT_PARAMETERS
from quizapp.scheduling.scheduler import (
    MAXIMUM_INTERVAL,
    Answer,
    CardState,
    Phase,
    Rating,
    answer,
    preview,
    retrievability,
    review,
)

__all__ = [
    "DEFAULT_PARAMETERS",
    "MAXIMUM_INTERVAL",
    "Answer",
    "CardState",
    "Clock",
    "FrozenClock",
    "Phase",
    "Rating",
    "SystemClock",
    "answer",
    "day_number",
    "day_start",
    "days_elapsed",
    "format_interval",
    "from_day_number",
    "next_day_start",
    "preview",
    "retrievability",
    "review",
    "rollover_after",
    "study_day",
]
