"""A class of simulated students on a small deck where one card is deliberately bad: everyone
misses it and picks the same distractor, while the other cards tell strong from weak."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store, open_store
from quizapp.userfiles import stamped

DECK = """\
version: 1
id: quiz
title: Capitals quiz
sections:
  - id: s
    title: Capitals
    cards:
      - {id: easy, type: qa, question: Capital of France?, answer: Paris}
      - {id: telling, type: choice, question: Capital of Peru?,
         options: [Lima, Cusco, Quito], answer: Lima}
      - {id: bad, type: choice, question: Capital of Australia?,
         options: [Canberra, Sydney, Melbourne, Perth], answer: Canberra}
      - {id: middling, type: qa, question: Capital of Canada?, answer: Ottawa}
      - {id: unseen, type: truefalse, statement: "[bold]Bern[/bold] is the capital.",
         answer: true}
"""
STUDENTS = ["s0", "s1", "s2", "s3", "s4", "s5"]  # from strongest to weakest
NOTE = "Sydney is the famous one, but is this fair? [red]\x1b[2J"  # markup, a control code
START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def simulate_class(db: Path, deck_file: Path | None = None) -> None:
    """Six students answer four of the five cards once each; the deck is imported from
    ``deck_file`` (written there) when given, so it can be curated."""
    clock = FrozenClock(START)
    for rank, name in enumerate(STUDENTS):
        store = open_store(db, profile=name, clock=clock)
        store.fuzz = False
        if rank == 0 and deck_file is not None:
            # Stamped as quizapp writes decks, so curation may write it again.
            deck_file.write_text(stamped(DECK), encoding="utf-8")
            store.import_deck(loads(DECK), deck_file.resolve())
        elif rank == 0:
            store.import_deck(loads(DECK))
        ids = {row.key: row.item_id for row in store.browse()}
        store.review(ids["easy"], Rating.Good)
        right = rank < 3  # the strong half knows Lima; the weak half picks Cusco
        grade, pick = (Rating.Good, "Lima") if right else (Rating.Again, "Cusco")
        store.review(ids["telling"], grade, picked=(pick,))
        store.review(ids["bad"], Rating.Again, picked=("Sydney",))  # the card is bad
        store.review(ids["middling"], Rating.Good if rank % 2 == 1 else Rating.Again)
        if rank == 1:
            store.set_flagged(ids["bad"], True, NOTE)
        store.close()


def teacher_store(db: Path, deck_file: Path | None = None) -> Store:
    """The class's database opened as the teacher, a profile that studied nothing."""
    simulate_class(db, deck_file)
    store = open_store(db, profile="teacher", clock=FrozenClock(START))
    store.fuzz = False
    return store
