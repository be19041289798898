"""Studying to an exam date: new cards paced so the whole deck is introduced in time, and the
predicted share recalled on the day. (The intervals are capped by the scheduler: see
``scheduler.exam_cap``; each review in the run-up is capped again, so the last falls just
before the exam.)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo

from quizapp.deck.model import Settings
from quizapp.scheduling.clock import study_day
from quizapp.scheduling.memory import DEFAULT_PARAMETERS, next_states, recall_probability
from quizapp.scheduling.scheduler import CardState, Phase

# New cards are all introduced this many days before the exam, so each has been reviewed a few
# times by then; with less time left they are spread over what remains.
NEW_CARDS_LEAD_DAYS = 7


def new_cards_allowed(settings: Settings, today: date, unseen: int, introduced_today: int) -> int:
    """How many more new cards today: the deck's daily limit, or more when that would not
    introduce every card in time for the exam."""
    limit = settings.new_per_day
    if settings.exam is not None and settings.exam > today:
        days = (settings.exam - today).days
        spread = days - NEW_CARDS_LEAD_DAYS if days > NEW_CARDS_LEAD_DAYS else days
        limit = max(limit, math.ceil((unseen + introduced_today) / spread))
    return max(0, limit - introduced_today)


@dataclass(frozen=True)
class ExamOutlook:
    exam: date
    days_left: int
    studied: int  # cards introduced so far
    unseen: int  # cards not yet introduced
    predicted_recall: float | None  # expected share of the studied cards recalled on the day
    new_per_day: int  # the pace that introduces every card in time

    @property
    def predicted_all(self) -> float | None:
        """The expected share of the whole deck, counting cards not yet introduced as forgotten."""
        total = self.studied + self.unseen
        if self.predicted_recall is None or not total:
            return None
        return self.predicted_recall * self.studied / total


def _recall_on_exam(
    state: CardState, exam: date, today: date, tz: tzinfo, settings: Settings,
    params: tuple[float, ...],
) -> float:
    """The chance of recalling a card on the exam day, if its next scheduled review is done
    (and passed or failed as likely as FSRS predicts) and none after it."""
    assert state.stability is not None and state.last_review is not None
    last = study_day(state.last_review, tz)
    due = study_day(state.due, tz) if state.due is not None else today
    due = max(due, today)
    if due >= exam or state.memory is None:
        return recall_probability(state.stability, (exam - last).days, params)
    elapsed = (due - last).days
    passed = recall_probability(state.stability, elapsed, params)
    after = next_states(state.memory, settings.desired_retention, elapsed, params)
    later = (exam - due).days
    good = recall_probability(after[3].memory.stability, later, params)
    again = recall_probability(after[1].memory.stability, later, params)
    return passed * good + (1 - passed) * again


def outlook(
    states: Iterable[CardState],
    unseen: int,
    settings: Settings,
    today: date,
    tz: tzinfo,
    params: tuple[float, ...] | None = None,
) -> ExamOutlook | None:
    """What the exam date means for a deck now; None without an exam date."""
    if settings.exam is None:
        return None
    params = params or DEFAULT_PARAMETERS
    chances = [
        _recall_on_exam(s, settings.exam, today, tz, settings, params)
        for s in states
        if s.phase is not Phase.NEW and s.stability is not None and s.last_review is not None
    ]
    return ExamOutlook(
        exam=settings.exam,
        days_left=(settings.exam - today).days,
        studied=len(chances),
        unseen=unseen,
        predicted_recall=sum(chances) / len(chances) if chances else None,
        new_per_day=new_cards_allowed(settings, today, unseen, 0),
    )
