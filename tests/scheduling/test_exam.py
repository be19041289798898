"""An exam date: no review falls after it, new cards are paced to it, recall on the day shown."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import Settings, loads
from quizapp.scheduling import CardState, FrozenClock, Rating, answer, study_day
from quizapp.scheduling.exam import new_cards_allowed, outlook
from quizapp.storage import open_store

TZ = ZoneInfo("America/Chicago")
START = datetime(2026, 9, 1, 15, 0, tzinfo=UTC)
answers = st.lists(
    st.tuples(st.sampled_from(list(Rating)), st.integers(0, 60 * 24 * 40), st.booleans()),
    min_size=1,
    max_size=30,
)


@settings(max_examples=200)
@given(answers, st.integers(2, 400))
def test_no_review_is_scheduled_after_the_exam(
    steps: list[tuple[Rating, int, bool]], days_to_exam: int
) -> None:
    exam = study_day(START, TZ) + timedelta(days=days_to_exam)
    deck = Settings(exam=exam)
    state, now = CardState(), START
    for rating, gap, on_time in steps:
        if study_day(now, TZ) >= exam:
            break
        state = answer(state, rating, now, deck, tz=TZ, card_id=3).state
        assert state.due is not None
        assert study_day(state.due, TZ) <= exam, (now, state)
        if study_day(now, TZ) < exam - timedelta(days=1):  # with a day to spare: by the eve
            assert study_day(state.due, TZ) < exam
        now = state.due if on_time else now + timedelta(minutes=gap + 1)


def test_without_an_exam_intervals_are_not_capped() -> None:
    state, now = CardState(), START
    for _ in range(8):
        state = answer(state, Rating.Easy, now, Settings(), fuzz=False).state
        now = state.due  # type: ignore[assignment]
    assert state.scheduled_days > 365


def test_new_cards_are_paced_to_introduce_the_deck_in_time() -> None:
    today = date(2026, 9, 1)
    paced = Settings(new_per_day=5, exam=today + timedelta(days=17))
    # 100 cards over the 10 days that leave a week of reviews before the exam
    assert new_cards_allowed(paced, today, unseen=100, introduced_today=0) == 10
    assert new_cards_allowed(paced, today, unseen=96, introduced_today=4) == 6
    # a daily limit already fast enough is kept
    assert new_cards_allowed(paced, today, unseen=30, introduced_today=0) == 5
    # three days left: whatever remains is spread over them
    late = Settings(new_per_day=5, exam=today + timedelta(days=3))
    assert new_cards_allowed(late, today, unseen=30, introduced_today=0) == 10
    assert new_cards_allowed(Settings(new_per_day=5), today, 100, 0) == 5


def test_predicted_recall_counts_the_review_before_the_exam() -> None:
    exam = date(2026, 10, 1)
    state = answer(CardState(), Rating.Easy, START, Settings(exam=exam), tz=TZ).state
    seen = outlook([state], unseen=3, settings=Settings(exam=exam), today=date(2026, 9, 1), tz=TZ)
    assert seen is not None and seen.studied == 1 and seen.unseen == 3
    assert seen.predicted_recall is not None and 0.85 < seen.predicted_recall < 1
    assert seen.predicted_all == seen.predicted_recall / 4


DECK = """\
version: 1
id: bio
title: Biology
settings: {{new_per_day: 2, exam: {exam}}}
sections:
  - id: cells
    title: Cells
    cards:
{cards}
"""


def test_decks_show_the_exam_and_predicted_recall(tmp_path: Path) -> None:
    today = datetime.now(UTC)
    exam = study_day(today, UTC) + timedelta(days=12)
    cards = "\n".join(
        f"      - {{id: c{i}, type: qa, question: Q{i}?, answer: A{i}}}" for i in range(50)
    )
    db = tmp_path / "exam.db"
    store = open_store(db, clock=FrozenClock(today))
    store.import_deck(loads(DECK.format(exam=exam.isoformat(), cards=cards)))
    # 50 cards and 5 days before the last week: 10 a day, though the deck says 2
    items = store.next_items(deck="bio")
    assert len(items) == 10
    for item in items:
        store.review(item.item_id, Rating.Easy)
    shown = CliRunner().invoke(app, ["--db", str(db), "decks"])
    assert shown.exit_code == 0, shown.output
    assert f"exam {exam.isoformat()} in 12 days: predicted recall" in shown.output
    assert "of the 10 cards studied; 40 new to go" in shown.output
    listed = CliRunner().invoke(app, ["--db", str(db), "decks", "--json"])
    [bio] = [d for d in json.loads(listed.output) if d["slug"] == "bio"]
    assert bio["exam"]["exam"] == exam.isoformat()
    assert 0.5 < bio["exam"]["predicted_recall"] <= 1


def test_exam_date_in_a_deck_file(tmp_path: Path) -> None:
    from quizapp.deck import check_text, load_deck, save_deck

    card = "      - {id: c, type: qa, question: Q?, answer: A}"
    text = DECK.format(exam="2027-06-15", cards=card)
    deck = loads(text)
    assert deck.settings.exam == date(2027, 6, 15)
    path = tmp_path / "bio.yaml"
    save_deck(deck, path)  # written in quizapp's layout, read back by the fast reader
    assert load_deck(path).settings.exam == date(2027, 6, 15)
    bad = check_text(text.replace("2027-06-15", "2027-13-01"), "bio.yaml")
    assert bad.deck is None
    assert any("exam must be a date written YYYY-MM-DD" in p.message for p in bad.problems)


def test_changing_retention_or_the_exam_offers_to_reschedule(tmp_path: Path) -> None:
    card = "      - {id: c, type: qa, question: Q?, answer: A}"
    path = tmp_path / "bio.yaml"
    path.write_text(DECK.format(exam="2027-06-15", cards=card), encoding="utf-8")
    db = ["--db", str(tmp_path / "p.db")]
    first = CliRunner().invoke(app, [*db, "import", str(path)])
    assert first.exit_code == 0 and "reschedule" not in first.output
    changed = DECK.format(exam="2027-07-01", cards=card).replace(
        "new_per_day: 2", "new_per_day: 2, desired_retention: 0.85"
    )
    path.write_text(changed, encoding="utf-8")
    again = CliRunner().invoke(app, [*db, "import", str(path)])
    assert again.exit_code == 0, again.output
    assert "desired retention 0.9 → 0.85, exam 2027-06-15 → 2027-07-01" in again.output
    assert "`quizapp reschedule` re-dates the cards now" in again.output
