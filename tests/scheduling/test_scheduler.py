"""Scheduling invariants, and a pinned interval sequence with fuzzing off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.deck import Settings
from quizapp.scheduling import (
    CardState,
    Phase,
    Rating,
    answer,
    format_interval,
    preview,
    review,
    study_day,
)

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
ratings = st.lists(st.sampled_from(list(Rating)), min_size=1, max_size=25)
gaps = st.lists(st.integers(min_value=0, max_value=60 * 24 * 90), min_size=25, max_size=25)


@settings(max_examples=200, deadline=None)
@given(ratings, gaps, st.sampled_from([0.8, 0.9, 0.95]))
def test_due_is_never_before_the_review(
    sequence: list[Rating], minutes: list[int], retention: float
) -> None:
    state, now = CardState(), START
    deck_settings = Settings(desired_retention=retention)
    for rating, gap in zip(sequence, minutes, strict=False):
        state = review(state, rating, now, deck_settings)
        assert state.due is not None and state.due > now
        assert state.last_review == now
        now = max(now, state.due) + timedelta(minutes=gap)


@settings(max_examples=200, deadline=None)
@given(ratings)
def test_again_sends_a_review_card_to_relearning(sequence: list[Rating]) -> None:
    state, now = CardState(), START
    for rating in sequence:
        state = review(state, rating, now, Settings())
        now = state.due  # type: ignore[assignment]
    while state.phase is not Phase.REVIEW:
        state = review(state, Rating.Good, now, Settings())
        now = state.due  # type: ignore[assignment]
    lapses = state.lapses
    after = review(state, Rating.Again, now, Settings())
    assert after.phase is Phase.RELEARNING
    assert after.lapses == lapses + 1
    # the 10-minute relearning step, fuzzed by up to 25% (never past the day's rollover)
    delay = after.due - now  # type: ignore[operator]
    assert timedelta(minutes=10) <= delay < timedelta(minutes=12, seconds=30) or delay.days >= 0


def test_pinned_intervals_without_fuzz() -> None:
    """Five Goods at these moments: the intervals and stabilities Anki 26.9 gave."""
    moments = [1767258000, 1767258600, 1767430800, 1768381200, 1772614800]
    state, seen, stability = CardState(), [], []
    for moment in moments:
        now = datetime.fromtimestamp(moment, UTC)
        given = answer(state, Rating.Good, now, Settings(), fuzz=False)
        state = given.state
        seen.append(format_interval(given.interval))
        stability.append(state.stability)
    assert seen == ["10m", "2d", "11d", "1.5mo", "5.5mo"]
    assert state.scheduled_days == 168
    assert stability == [2.30649995803833, 2.30649995803833, 10.97130012512207,
                         46.31850051879883, 168.36630249023438]


def test_learning_steps_come_from_the_deck() -> None:
    intervals = preview(CardState(), START, Settings(learning_steps=(2, 30)), fuzz=False)
    assert intervals[Rating.Again] == timedelta(minutes=2)
    assert intervals[Rating.Good] == timedelta(minutes=30)


def test_higher_retention_gives_shorter_intervals() -> None:
    state = CardState()
    for _ in range(3):
        state = review(state, Rating.Good, state.due or START, Settings(), fuzz=False)
    now = state.due
    low = preview(state, now, Settings(desired_retention=0.8))  # type: ignore[arg-type]
    high = preview(state, now, Settings(desired_retention=0.95))  # type: ignore[arg-type]
    assert high[Rating.Good] < low[Rating.Good]


def test_day_starts_at_four_am_local_time() -> None:
    tz = timezone(timedelta(hours=1))
    assert study_day(datetime(2026, 1, 2, 2, 59, tzinfo=UTC), tz).day == 1  # 03:59 local
    assert study_day(datetime(2026, 1, 2, 3, 0, tzinfo=UTC), tz).day == 2  # 04:00 local
