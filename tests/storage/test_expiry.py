"""Expiring facts: on its valid_until day a card is suspended for every student, with the
reason shown, and `quizapp check` lists it as expired."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import check_text, loads
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store, open_store
from quizapp.storage.practice import Practice

DECK = """\
version: 1
id: news
title: News
sections:
  - id: now
    title: This week
    valid_until: 2026-03-10
    cards:
      - {id: minister, type: qa, question: Who is the minister?, answer: Ada}
      - {id: lasting, type: qa, question: Capital of France?, answer: Paris,
         valid_until: 2030-01-01}
  - id: election
    title: The election
    cards:
      - {id: turnout, type: choice, question: Turnout?, options: [61%, 48%], answer: 61%,
         valid_until: 2026-03-05}
      - {id: winner, type: truefalse, statement: The incumbent won., answer: true}
"""


def store_on(tmp_path: Path, clock: FrozenClock) -> Store:
    store = open_store(tmp_path / "news.db", clock=clock)
    store.fuzz = False
    store.import_deck(loads(DECK))
    return store


def queued(store: Store) -> list[str]:
    return [item.key for item in store.next_items("news")]


def test_a_card_is_suspended_on_its_valid_until_day(tmp_path: Path) -> None:
    # The day starts at 4 am: at 03:59 on 5 March it is still the 4th.
    clock = FrozenClock(datetime(2026, 3, 5, 3, 59, tzinfo=UTC))
    store = store_on(tmp_path, clock)
    assert queued(store) == ["minister", "lasting", "turnout", "winner"]
    [deck] = store.deck_summaries()
    assert deck.cards == 4 and deck.counts.new == 4
    clock.set(datetime(2026, 3, 5, 4, 0, tzinfo=UTC))
    assert queued(store) == ["minister", "lasting", "winner"]
    [deck] = store.deck_summaries()
    assert deck.cards == 3 and deck.counts.new == 3
    assert store.expired_count("news") == 1
    [turnout] = [row for row in store.browse() if row.key == "turnout"]
    assert turnout.expired
    item = store.item(turnout.item_id)
    assert item.expired and item.valid_until == date(2026, 3, 5)
    assert all(i.key != "turnout" for i in store.quiz_items("news", count=10, seed=1))


def test_a_sections_date_covers_its_cards_unless_they_name_their_own(tmp_path: Path) -> None:
    clock = FrozenClock(datetime(2026, 3, 9, 12, tzinfo=UTC))
    store = store_on(tmp_path, clock)
    assert "minister" in queued(store)
    clock.set(datetime(2026, 3, 10, 12, tzinfo=UTC))
    assert queued(store) == ["lasting", "winner"]
    assert store.expired_count("news") == 2
    assert store.expired_count("news", "now") == 1


def test_an_expired_card_in_review_leaves_the_queue_and_keeps_its_history(tmp_path: Path) -> None:
    clock = FrozenClock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    store = store_on(tmp_path, clock)
    [turnout] = [i for i in store.next_items("news") if i.key == "turnout"]
    store.review(turnout.item_id, Rating.Good)
    clock.set(datetime(2026, 3, 4, 12, tzinfo=UTC))
    assert "turnout" in queued(store)  # due again
    clock.set(datetime(2026, 3, 6, 12, tzinfo=UTC))
    assert "turnout" not in queued(store)
    assert store.item(turnout.item_id).state.reps == 1
    # Moving the date on (the fact was updated) brings it back with its progress.
    store.import_deck(loads(DECK.replace("valid_until: 2026-03-05", "valid_until: 2027-03-05")))
    assert "turnout" in queued(store)


def test_cram_and_review_ahead_leave_an_expired_card_out(tmp_path: Path) -> None:
    clock = FrozenClock(datetime(2026, 3, 1, 12, tzinfo=UTC))
    store = store_on(tmp_path, clock)
    for item in store.next_items("news"):
        store.review(item.item_id, Rating.Easy)
    crammed = [i.key for i in store.practice_items(Practice("deck", deck="news"))]
    ahead = [i.key for i in store.practice_items(Practice("ahead", days=60))]
    assert "turnout" in crammed and "turnout" in ahead
    clock.set(datetime(2026, 3, 5, 12, tzinfo=UTC))
    assert [i.key for i in store.practice_items(Practice("deck", deck="news"))] == [
        key for key in crammed if key != "turnout"
    ]
    assert "turnout" not in [i.key for i in store.practice_items(Practice("ahead", days=60))]


def test_check_lists_expired_cards_as_warnings() -> None:
    result = check_text(DECK, "news.yaml", today=date(2026, 3, 10))
    assert result.deck is not None and not result.errors
    assert [(p.line, p.message.split(":")[0]) for p in result.warnings] == [
        (9, "card 'minister' expired on 2026-03-10 (its section's valid_until)"),
        (15, "card 'turnout' expired on 2026-03-05 (its valid_until)"),
    ]
    assert check_text(DECK, "news.yaml", today=date(2026, 3, 4)).warnings == []


def test_check_command_prints_expired_cards_and_still_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "news.yaml"
    path.write_text(DECK, encoding="utf-8")  # every date here is long past
    done = CliRunner().invoke(app, ["check", str(path)])
    assert done.exit_code == 0
    assert f"{path}:15:9: warning: card 'turnout' expired on 2026-03-05" in done.output
    assert "news.yaml: ok (2 sections, 4 cards)" in done.output


def test_a_bad_date_is_an_error_at_its_place() -> None:
    text = DECK.replace("valid_until: 2026-03-10", "valid_until: next week")
    [error] = check_text(text, "news.yaml").errors
    assert (error.line, error.column) == (7, 18)
    assert "must be a date written as YYYY-MM-DD" in error.message
    text = DECK.replace("valid_until: 2026-03-10", "valid_until: 2026-02-30")
    assert check_text(text, "news.yaml").errors


def exam_deck(news: bool = True) -> str:
    """30 lasting cards and, with ``news``, 30 more whose facts expire on 20 March."""
    lines = [
        "version: 1", "id: bio", "title: Biology",
        "settings: {new_per_day: 1, exam: 2026-04-15}", "sections:",
        "  - id: lasting", "    title: Lasting", "    cards:",
        *(f"      - {{id: c{i}, type: qa, question: Q{i}?, answer: A{i}}}" for i in range(30)),
    ]
    if news:
        lines += [
            "  - id: news", "    title: News", "    valid_until: 2026-03-20", "    cards:",
            *(f"      - {{id: x{i}, type: qa, question: X{i}?, answer: B{i}}}" for i in range(30)),
        ]
    return "\n".join(lines) + "\n"


def studied(db: Path, clock: FrozenClock, news: bool = True) -> Store:
    """The deck with one card mastered in each section (Easy at each due time until its
    stability reaches 21 days)."""
    store = open_store(db, clock=clock)
    store.fuzz = False
    store.import_deck(loads(exam_deck(news)))
    ids = {row.key: row.item_id for row in store.browse(limit=100)}
    for key in ("c0", "x0") if news else ("c0",):
        clock.set(datetime(2026, 3, 2, 9, tzinfo=UTC))
        while (outcome := store.review(ids[key], Rating.Easy)).state.stability < 21:
            assert outcome.state.due is not None
            clock.set(max(clock.now(), outcome.state.due))
    return store


def figures(store: Store) -> tuple:
    stats = store.stats()
    [deck] = store.deck_summaries()
    assert deck.exam is not None
    new_today = sum(i.state.reps == 0 for i in store.next_items("bio"))
    [own, *_] = store.workload("bio", days=30)
    return (
        [(m.section_slug, m.cards, m.mastered) for m in stats.mastery],
        sum(stats.forecast),
        (deck.exam.studied, deck.exam.unseen),
        new_today,
        (own.reviews, own.new),
    )


def test_expired_cards_leave_exam_pacing_forecasts_and_mastery(tmp_path: Path) -> None:
    clock = FrozenClock(datetime(2026, 3, 2, 9, tzinfo=UTC))
    store = studied(tmp_path / "bio.db", clock)
    control_clock = FrozenClock(datetime(2026, 3, 2, 9, tzinfo=UTC))
    control = studied(tmp_path / "control.db", control_clock, news=False)  # never had news

    clock.set(datetime(2026, 3, 19, 9, tzinfo=UTC))  # the news still hold
    control_clock.set(clock.now())
    mastery, due, exam, new_today, workload = figures(store)
    assert mastery == [("lasting", 30, 1), ("news", 30, 1)]
    assert due == 2 and exam == (2, 58)
    # 58 unseen over the 20 days before the exam's last week: 3 a day, not the deck's 1
    assert new_today == 3
    assert sum(workload[0]) > sum(figures(control)[4][0])  # x0's reviews are ahead too

    clock.set(datetime(2026, 3, 20, 9, tzinfo=UTC))  # the news expire
    control_clock.set(clock.now())
    mastery, due, exam, new_today, workload = figures(store)
    assert mastery == [("lasting", 30, 1)]
    assert due == 1 and exam == (1, 29)
    # 29 unseen over 19 days: 2 a day; the expired cards neither pace nor wait to be learnt
    assert new_today == 2
    assert workload == figures(control)[4]  # as if the news had never been in the deck
