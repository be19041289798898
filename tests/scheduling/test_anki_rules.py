"""Anki's scheduling rules, one by one: study days, button order, precision, steps, fuzz, labels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.deck import Settings
from quizapp.scheduling import (
    MAXIMUM_INTERVAL,
    CardState,
    Phase,
    Rating,
    answer,
    days_elapsed,
    format_interval,
    preview,
)
from quizapp.scheduling.f32 import f32

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
histories = st.lists(
    st.tuples(st.sampled_from(list(Rating)), st.integers(0, 60 * 24 * 400)), min_size=1, max_size=20
)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def play(steps: list[tuple[Rating, int]], fuzz: bool) -> tuple[CardState, datetime]:
    state, now = CardState(), START
    for rating, gap in steps:
        state = answer(state, rating, now, Settings(), tz=BERLIN, card_id=7, fuzz=fuzz).state
        now = max(now, state.due) + timedelta(minutes=gap)  # type: ignore[type-var]
    return state, now


def test_elapsed_days_are_study_days_to_the_coming_rollover() -> None:
    # 03:23 belongs to the study day before; at 12:29 eight days later nine rollovers have passed
    assert days_elapsed(local(2026, 1, 9, 12, 29), local(2026, 1, 1, 3, 23), BERLIN) == 9
    # 23:00, then 05:00 next morning: the day turned at 4 am
    assert days_elapsed(local(2026, 1, 2, 5, 0), local(2026, 1, 1, 23, 0), BERLIN) == 1
    # 05:00 and 23:00 the same day: still the same study day
    assert days_elapsed(local(2026, 1, 1, 23, 0), local(2026, 1, 1, 5, 0), BERLIN) == 0
    assert days_elapsed(local(2026, 1, 2, 3, 59), local(2026, 1, 1, 4, 1), BERLIN) == 0


@settings(max_examples=150)
@given(histories, st.booleans())
def test_review_buttons_are_a_day_apart_and_say_what_they_give(
    steps: list[tuple[Rating, int]], fuzz: bool
) -> None:
    state, now = play(steps, fuzz)
    shown = preview(state, now, Settings(), tz=BERLIN, card_id=7, fuzz=fuzz)
    for rating in Rating:
        given_now = answer(state, rating, now, Settings(), tz=BERLIN, card_id=7, fuzz=fuzz)
        assert format_interval(shown[rating]) == format_interval(given_now.interval)
        assert shown[rating] == given_now.interval
    hard, good, easy = shown[Rating.Hard], shown[Rating.Good], shown[Rating.Easy]
    if state.phase is Phase.REVIEW and easy < timedelta(days=MAXIMUM_INTERVAL):
        assert hard >= timedelta(days=1)
        assert good >= hard + timedelta(days=1)
        assert easy >= good + timedelta(days=1)


@settings(max_examples=100)
@given(histories)
def test_memory_state_is_kept_at_anki_precision(steps: list[tuple[Rating, int]]) -> None:
    state, _ = play(steps, fuzz=False)
    assert state.stability is not None and state.difficulty is not None
    assert f32(state.stability) == state.stability and f32(state.difficulty) == state.difficulty
    assert f32(round(state.stability, 4)) == state.stability
    assert f32(round(state.difficulty, 3)) == state.difficulty


def test_graduating_easy_is_a_day_past_good() -> None:
    state = answer(CardState(), Rating.Good, START, Settings(), fuzz=False).state
    shown = preview(state, START + timedelta(minutes=10), Settings(), fuzz=False)
    assert shown[Rating.Good] == timedelta(days=2)
    assert shown[Rating.Easy] >= shown[Rating.Good] + timedelta(days=1)


def test_a_step_past_the_rollover_makes_the_card_due_the_next_day() -> None:
    state = answer(CardState(), Rating.Again, local(2026, 1, 5, 3, 40), Settings(),
                   tz=BERLIN, fuzz=False).state
    given_now = answer(state, Rating.Good, local(2026, 1, 5, 3, 55), Settings(), tz=BERLIN)
    assert given_now.interval == timedelta(days=1)
    assert format_interval(given_now.interval) == "1d"
    assert given_now.state.due == local(2026, 1, 5, 4, 0)  # the start of the next study day
    later = answer(state, Rating.Good, local(2026, 1, 5, 4, 1), Settings(), tz=BERLIN, fuzz=False)
    assert later.interval == timedelta(minutes=10)


def test_fuzz_is_fixed_by_card_and_review_count() -> None:
    state, now = play([(Rating.Good, 0)] * 5, fuzz=True)
    first = preview(state, now, Settings(), tz=BERLIN, card_id=7)
    assert preview(state, now, Settings(), tz=BERLIN, card_id=7) == first
    others = {
        preview(state, now, Settings(), tz=BERLIN, card_id=c)[Rating.Good] for c in range(8, 40)
    }
    assert len(others) > 1  # other cards land elsewhere in the range


def test_learning_steps_are_fuzzed_by_at_most_a_quarter() -> None:
    delays = {
        answer(CardState(), Rating.Good, START, Settings(), card_id=c).interval for c in range(200)
    }
    assert min(delays) >= timedelta(minutes=10)
    assert max(delays) < timedelta(minutes=12, seconds=30)
    assert len(delays) > 20


def test_labels_read_as_anki_writes_them() -> None:
    assert format_interval(timedelta(days=242)) == "8mo"
    assert format_interval(timedelta(days=45)) == "1.5mo"
    assert format_interval(timedelta(days=29)) == "29d"
    assert format_interval(timedelta(seconds=330)) == "6m"
    assert format_interval(timedelta(hours=1, minutes=30)) == "1.5h"
    assert format_interval(timedelta(days=548)) == "1.5y"
    assert format_interval(timedelta(seconds=45)) == "45s"
