"""Fitting a learner's own parameters: a simulated learner's memory is recovered from its log."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import fsrs_rs_python as fsrs_rs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.scheduling.optimize import (
    MIN_TRAINING_ITEMS,
    LoggedReview,
    NotEnoughHistory,
    fit_parameters,
    memory_states,
    training_items,
)
from tests.scheduling.simulated_learner import DEFAULTS, recall, simulate, true_parameters


@cache
def learner_log() -> tuple[LoggedReview, ...]:
    return tuple(simulate(true_parameters(), cards=1200, reviews_per_card=8, seed=3))


def predicted_recall(log: Sequence[LoggedReview], w: Sequence[float]) -> list[float]:
    """For every card's last answer: the recall ``w`` predicts from the answers before it."""
    by_card: dict[int, list[LoggedReview]] = {}
    for review in log:
        by_card.setdefault(review.card, []).append(review)
    before = [r for reviews in by_card.values() for r in reviews[:-1]]
    states = memory_states(before, w)
    return [
        recall(states[card][0], reviews[-1].day - reviews[-2].day, w)
        for card, reviews in by_card.items()
    ]


def mean_gap(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_a_simulated_learner_is_fitted_back() -> None:
    log = learner_log()
    fit = fit_parameters(log, None)
    truth = predicted_recall(log, true_parameters())
    fitted = predicted_recall(log, fit.parameters)
    defaults = predicted_recall(log, DEFAULTS)
    # The fitted model predicts the learner's recall within a few points; the defaults do not.
    assert mean_gap(fitted, truth) < 0.03
    assert mean_gap(defaults, truth) > 2 * mean_gap(fitted, truth)
    # Its own first-day stabilities are found (the learner's are 2-3 times the defaults').
    assert fit.parameters[2] > 1.5 * DEFAULTS[2]
    # Held out (trained on earlier reviews, tested on later ones) it predicts better too.
    assert fit.improves
    assert fit.cv_after.rmse < 0.7 * fit.cv_before.rmse
    assert fit.after.log_loss < fit.before.log_loss
    # And about as well as the truth itself does on the same reviews.
    items = training_items(log)
    assert fit.items == len(items)
    truth_loss = fsrs_rs.FSRS(list(true_parameters())).evaluate(
        [fsrs_rs.FSRSItem([fsrs_rs.FSRSReview(*s) for s in items.steps[c][: e + 1]])
         for c, e in items.order]
    ).log_loss
    assert fit.after.log_loss == pytest.approx(truth_loss, abs=0.005)


def test_a_short_history_is_refused_saying_how_much_more_is_needed() -> None:
    log = simulate(true_parameters(), cards=50, reviews_per_card=6, seed=4)
    usable = len(training_items(log))
    assert usable < MIN_TRAINING_ITEMS
    with pytest.raises(NotEnoughHistory) as caught:
        fit_parameters(log, None)
    assert caught.value.items == usable
    message = str(caught.value)
    assert f"{usable} usable reviews" in message
    assert f"about {MIN_TRAINING_ITEMS - usable} more reviews" in message


def test_measured_against_the_parameters_in_force() -> None:
    log = learner_log()
    against_truth = fit_parameters(log, true_parameters())
    # The truth is already as good as it gets: a fit cannot beat it by much on later reviews.
    assert against_truth.cv_before.log_loss < fit_parameters(log, None).cv_before.log_loss
    assert against_truth.cv_after.log_loss > against_truth.cv_before.log_loss - 0.005


histories = st.lists(
    st.tuples(st.integers(0, 5), st.integers(0, 3), st.integers(1, 4)), max_size=60
)


@given(histories)
def test_training_items_are_the_later_day_answers_in_time_order(
    steps: list[tuple[int, int, int]],
) -> None:
    # Build a time-ordered log from per-answer (card, days after the previous answer, rating).
    day = 0
    log = []
    for card, gap, rating in steps:
        day += gap
        log.append(LoggedReview(card, day, rating))
    items = training_items(log)
    expected = 0
    seen: dict[int, int] = {}
    for review in log:
        if review.card in seen and review.day > seen[review.card]:
            expected += 1
        seen[review.card] = review.day
    assert len(items) == expected
    last_days = [sum(d for _, d in items.steps[c][: e + 1]) for c, e in items.order]
    first_days = {c: next(r.day for r in log if r.card == c) for c in items.steps}
    ends = [first_days[c] + d for (c, _), d in zip(items.order, last_days, strict=True)]
    assert ends == sorted(ends)
    for card, end in items.order:
        assert items.steps[card][end][1] > 0 and items.steps[card][0][1] == 0
