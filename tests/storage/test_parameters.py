"""A profile's own FSRS parameters: fitted from its log, used from the next review, undone."""

from __future__ import annotations

import pytest

from quizapp.scheduling import Rating, day_start, review, study_day
from quizapp.scheduling.optimize import NotEnoughHistory
from quizapp.storage import Store, open_store
from tests.storage.history_support import long_history, write_history


def test_fitted_parameters_apply_from_the_next_review_and_undo_restores(store: Store) -> None:
    items = write_history(store, long_history())
    assert store.fsrs_parameters() is None
    card = items[0]
    before = store.item(card)
    with_defaults = store.review(card, Rating.Good).state
    store.undo_last_review()

    fit = store.fit_parameters()
    assert fit.improves
    store.save_parameters(fit)
    assert store.fsrs_parameters() == fit.parameters
    # A fresh store (the next start of the app) reads them too.
    assert open_store(store.path, clock=store.clock).fsrs_parameters() == fit.parameters
    with_own = store.review(card, Rating.Good).state
    expected = review(before.state, Rating.Good, store.clock.now(), before.settings,
                      fuzz=False, params=fit.parameters)
    assert with_own.stability == pytest.approx(expected.stability)
    assert with_own.stability != pytest.approx(with_defaults.stability)
    store.undo_last_review()

    assert store.undo_parameters()
    assert store.fsrs_parameters() is None
    assert store.review(card, Rating.Good).state.stability == pytest.approx(
        with_defaults.stability
    )
    assert not store.undo_parameters()


def test_undo_brings_back_the_fit_before(store: Store) -> None:
    write_history(store, long_history())
    first = store.fit_parameters()
    store.save_parameters(first)
    second = store.fit_parameters()
    # Measured against the first fit, now in force.
    assert second.before.log_loss == pytest.approx(first.after.log_loss, rel=1e-4)
    store.save_parameters(second)
    assert store.undo_parameters()
    assert store.fsrs_parameters() == first.parameters


def test_a_short_history_is_refused_and_nothing_saved(store: Store) -> None:
    write_history(store, long_history(cards=40))
    with pytest.raises(NotEnoughHistory):
        store.fit_parameters()
    assert store.fsrs_parameters() is None


def test_reschedule_redates_cards_in_review_by_the_parameters(store: Store) -> None:
    items = write_history(store, long_history())
    store.save_parameters(store.fit_parameters())
    old = {i: store.item(i).state for i in items[:50]}
    moved = store.reschedule()
    assert moved > 0
    for item_id, was in old.items():
        now = store.item(item_id).state
        assert now.stability != was.stability  # recomputed from the history
        assert now.due is not None and was.last_review is not None
        tz = store.clock.tz  # due on a later study day, at its start
        assert study_day(now.due, tz) > study_day(was.last_review, tz)
        assert now.due == day_start(study_day(now.due, tz), tz)
    # Again with the same parameters: nothing more moves.
    assert store.reschedule() == 0
