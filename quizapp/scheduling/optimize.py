"""Fitting a learner's own FSRS-6 parameters from their review history, with fsrs-rs.

fsrs-rs is the optimizer Anki runs. It is imported only inside the functions that need it, so
loading this module (and the commands that list it in their help) stays quick.

A training item is one card's history up to a review on a later study day than the one before
it: FSRS learns from whether that review was passed. Same-day reviews (learning steps) are part
of the histories but are never predicted themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from quizapp.plural import plural

__all__ = [
    "MIN_TRAINING_ITEMS",
    "Fit",
    "LoggedReview",
    "Metrics",
    "NotEnoughHistory",
    "fit_parameters",
    "memory_states",
    "next_interval_days",
    "report_lines",
    "training_items",
]

# fsrs-rs hands back its defaults, or fits only the first-day stabilities, from small histories
# without saying so; below this many items a fit is mostly noise, so none is attempted.
MIN_TRAINING_ITEMS = 450
# fsrs-rs's time-series cross-validation: the items, in time order, cut into this many + 1
# segments; each segment after the first is predicted by a model trained on all before it.
CV_SPLITS = 5


class LoggedReview(NamedTuple):
    """One logged answer: the card, the study day it was given on, and the rating (1–4)."""

    card: int
    day: int
    rating: int


@dataclass(frozen=True)
class Metrics:
    """How well a set of parameters predicts recall: lower is better for both."""

    log_loss: float
    rmse: float  # fsrs-rs's RMSE over bins of predicted recall, as Anki shows it


@dataclass(frozen=True)
class Fit:
    parameters: tuple[float, ...]
    cards: int
    items: int  # reviews predicted (the training items)
    before: Metrics  # the current parameters on the whole history
    after: Metrics  # the fitted parameters on the whole history (in-sample)
    cv_before: Metrics  # the current parameters on the later reviews the cross-validation tests
    cv_after: Metrics  # trained on earlier reviews, tested on later ones

    @property
    def improves(self) -> bool:
        """Whether the fitted parameters predict the history better, as Anki decides whether to
        keep a fit (the cross-validated figures are noisy on short histories)."""
        return self.after.log_loss < self.before.log_loss


def _row(label: str, metrics: Metrics) -> str:
    return f"  {label:<30} {metrics.log_loss:8.4f} {metrics.rmse:8.4f}"


def report_lines(fit: Fit, had_own: bool) -> list[str]:
    """The fit's figures as a small table, for the command line and the study app alike."""
    current = "current (your own)" if had_own else "current (FSRS defaults)"
    return [
        f"fitted FSRS-6 parameters to {plural(fit.items, 'review')} of {plural(fit.cards, 'card')}",
        f"  {'':<30} {'log loss':>8} {'RMSE':>8}",
        "  whole history:",
        _row(current, fit.before),
        _row("fitted", fit.after),
        "  trained on earlier reviews, tested on later ones:",
        _row(current, fit.cv_before),
        _row("fitted", fit.cv_after),
    ]


class NotEnoughHistory(Exception):
    """Too few reviews on later days for a meaningful fit."""

    def __init__(self, items: int, needed: int = MIN_TRAINING_ITEMS) -> None:
        self.items = items
        self.needed = needed
        super().__init__(
            f"too little review history to fit parameters: {items} usable reviews, "
            f"{needed} needed (about {needed - items} more reviews of cards on a later day "
            "than their previous review)"
        )


@dataclass(frozen=True)
class Items:
    """Training items in the time order of their last review: each is a card's history up to
    (and including) its answer number ``end``."""

    steps: dict[int, tuple[tuple[int, int], ...]]  # card -> (rating, days since the previous)
    order: list[tuple[int, int]]  # (card, end)

    @property
    def cards(self) -> list[int]:
        return [card for card, _ in self.order]

    def __len__(self) -> int:
        return len(self.order)


def _by_card(history: Iterable[LoggedReview]) -> dict[int, list[LoggedReview]]:
    cards: dict[int, list[LoggedReview]] = {}
    for review in history:
        cards.setdefault(review.card, []).append(review)
    return cards


def _steps(reviews: Sequence[LoggedReview]) -> tuple[tuple[int, int], ...]:
    return tuple(
        (r.rating, r.day - reviews[i - 1].day if i else 0) for i, r in enumerate(reviews)
    )


def training_items(history: Iterable[LoggedReview]) -> Items:
    """Every prediction the history offers, ordered by when it was made (``history`` in time
    order, each card's answers oldest first)."""
    steps = {}
    keyed = []
    for card, reviews in _by_card(history).items():
        steps[card] = card_steps = _steps(reviews)
        keyed += [
            (reviews[end].day, card, end)
            for end in range(1, len(reviews))
            if card_steps[end][1] > 0
        ]
    keyed.sort()
    return Items(steps, [(card, end) for _, card, end in keyed])


def _fsrs_items(items: Items) -> list[Any]:
    from fsrs_rs_python import FSRSItem, FSRSReview

    # One review object per answer, shared by every item of the card: items are prefixes.
    reviews = {
        card: [FSRSReview(rating, days) for rating, days in steps]
        for card, steps in items.steps.items()
    }
    return [FSRSItem(reviews[card][: end + 1]) for card, end in items.order]


def _metrics(evaluation: Any) -> Metrics:
    return Metrics(float(evaluation.log_loss), float(evaluation.rmse_bins))


def _untrained(fitted: Sequence[float], start: Sequence[float]) -> bool:
    """fsrs-rs's silent fallbacks: the defaults back, or only the four first-day stabilities."""
    return all(abs(a - b) < 1e-6 for a, b in zip(fitted[4:], start[4:], strict=True))


def fit_parameters(history: Iterable[LoggedReview], current: Sequence[float] | None) -> Fit:
    """Fit FSRS-6 parameters to ``history`` and measure them against ``current`` (None: the
    defaults). Raises NotEnoughHistory when the history is too short to fit."""
    import fsrs_rs_python as fsrs_rs

    defaults = list(fsrs_rs.DEFAULT_PARAMETERS)
    current = list(current) if current is not None else defaults
    items = training_items(history)
    if len(items) < MIN_TRAINING_ITEMS:
        raise NotEnoughHistory(len(items))
    data = _fsrs_items(items)
    fitted = fsrs_rs.FSRS(defaults).compute_parameters(data, card_ids=items.cards)
    if _untrained(fitted, defaults):
        raise NotEnoughHistory(len(items))
    held_out = data[len(data) // (CV_SPLITS + 1) :]
    return Fit(
        parameters=tuple(float(p) for p in fitted),
        cards=len(set(items.cards)),
        items=len(data),
        before=_metrics(fsrs_rs.FSRS(current).evaluate(data)),
        after=_metrics(fsrs_rs.FSRS(fitted).evaluate(data)),
        cv_before=_metrics(fsrs_rs.FSRS(current).evaluate(held_out)),
        cv_after=_metrics(
            fsrs_rs.evaluate_with_time_series_splits(data, card_ids=items.cards)
        ),
    )


def _model(parameters: Sequence[float] | None) -> Any:
    return _cached_model(tuple(parameters) if parameters else None)


@lru_cache(maxsize=8)
def _cached_model(parameters: tuple[float, ...] | None) -> Any:
    import fsrs_rs_python as fsrs_rs

    return fsrs_rs.FSRS(list(parameters or fsrs_rs.DEFAULT_PARAMETERS))


def memory_states(
    history: Iterable[LoggedReview], parameters: Sequence[float] | None
) -> dict[int, tuple[float, float]]:
    """Each card's stability and difficulty after its whole history, under ``parameters``
    (None: the defaults)."""
    steps = {card: _steps(reviews) for card, reviews in _by_card(history).items()}
    cards = list(steps)
    whole = Items(steps, [(card, len(steps[card]) - 1) for card in cards])
    states = _model(parameters).memory_state_batch(_fsrs_items(whole))
    return {
        card: (float(state.stability), float(state.difficulty))
        for card, state in zip(cards, states, strict=True)
    }


def next_interval_days(
    stability: float, retention: float, parameters: Sequence[float] | None, maximum: int = 36_500
) -> int:
    """The whole-day interval at which recall falls to ``retention`` (at least one day)."""
    days = _model(parameters).next_interval(stability, retention, 3)
    return min(max(round(days), 1), maximum)
