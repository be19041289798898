"""A Quizlet set, once imported, can be quizzed: its cards are typed, not self-graded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from quizapp.interop import deck_from_table
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, open_store
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.quiz_session import QuizSession

from .progress_support import Host, plain

QUIZLET = "être\tto be\navoir\tto have, to own\naller\tto go\nfaire\tto do; to make\n"


@pytest.fixture
def verbs(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    path = tmp_path / "french_verbs.tsv"
    path.write_text(QUIZLET, encoding="utf-8")
    deck, yaml_path = deck_from_table(path)
    store = open_store(tmp_path / "quiz.db", clock=clock)
    store.import_deck(deck, yaml_path)
    yield store
    store.close()


def test_every_quizlet_card_is_in_a_quiz_and_takes_each_part_of_its_definition(
    verbs: Store,
) -> None:
    items = {i.card.question: i for i in verbs.quiz_items("french-verbs", count=10)}  # type: ignore[union-attr]
    assert sorted(items) == ["aller", "avoir", "faire", "être"]
    cases = [
        ("avoir", "to have, to own", True),
        ("avoir", "to own", True),
        ("avoir", "to go", False),
        ("faire", "to make", True),
        ("aller", "to be", False),
        ("être", "TO BE", True),
    ]
    for term, typed, right in cases:
        assert QuizSession([items[term]]).answer_typed(typed).right is right, (term, typed)


async def test_a_quizlet_set_is_quizzed_on_screen(verbs: Store) -> None:
    screen = QuizScreen("french-verbs", count=10, seed=3)
    async with Host(verbs, screen).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.session is not None and len(screen.session.items) == 4
        answers = {"être": "to be", "avoir": "to own", "aller": "to walk", "faire": "to do"}
        for _ in range(4):
            term = screen.session.current.card.question  # type: ignore[union-attr]
            assert term in plain(screen.query_one("#question", Static))
            screen.query_one("#typed", Input).value = answers[term]
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert "Score: 3 / 4" in plain(screen.query_one("#progress", Static))
    (record,) = verbs.quiz_history()
    assert (record.total, record.correct) == (4, 3)
