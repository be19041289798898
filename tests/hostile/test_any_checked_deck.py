"""Any deck that `check` accepts can be studied: imported, reviewed through every rating, undone,
suspended, buried, flagged, browsed and quizzed in the study app, without an exception, and
nothing in it reaches the terminal as a control code."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quizapp.deck import (
    ChoiceCard,
    ClozeCard,
    Deck,
    QACard,
    Section,
    Settings,
    SourceInfo,
    TrueFalseCard,
    check_text,
    dumps,
)
from quizapp.deck.limits import MAX_NEW_PER_DAY, MAX_STEP_MINUTES
from quizapp.scheduling import FrozenClock
from quizapp.storage import open_store
from quizapp.tui.app import build_app

from .screen import controls_in
from .walk import walk

# Anything at all, control characters and markup included: YAML writes what it must escape.
hostile = st.sampled_from(["[b]x[/b]", "[link=http://e.example]y[/link]", "\x1b]0;T\x07", "[/]"])
anything = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
text = st.one_of(anything, hostile)
maybe = st.none() | text
ident = st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,8}", fullmatch=True)
steps = st.lists(st.integers(1, MAX_STEP_MINUTES), min_size=1, max_size=3).map(tuple)


@st.composite
def card(draw: st.DrawFn, card_id: str) -> object:
    common = {"id": card_id, "source": draw(maybe), "explanation": draw(maybe)}
    kind = draw(st.sampled_from(["qa", "typed", "cloze", "choice", "truefalse"]))
    if kind in ("qa", "typed"):
        accept = (draw(text),) if kind == "typed" else ()
        return QACard(question=draw(text), answer=draw(text), accept=accept, **common)
    if kind == "cloze":
        answer = draw(text).replace(":", " ").replace("}", " ").replace("{", " ")
        return ClozeCard(text=f"{draw(text)} {{{{c1::{answer}}}}} {draw(text)}", **common)
    if kind == "choice":
        options = draw(st.lists(text, min_size=2, max_size=4, unique=True))
        answer = (options[0],)
        return ChoiceCard(question=draw(text), options=tuple(options), answer=answer, **common)
    return TrueFalseCard(
        statement=draw(text), answer=draw(st.booleans()), correction=draw(maybe), **common
    )


@st.composite
def checked_decks(draw: st.DrawFn) -> tuple[str, Deck]:
    ids = iter(draw(st.lists(ident, min_size=6, max_size=6, unique=True)))
    sections = tuple(
        Section(id=f"s{n}", title=draw(text), cards=tuple(draw(card(next(ids))) for _ in range(3)))
        for n in range(2)
    )
    deck = Deck(
        id="d",
        title=draw(text),
        description=draw(maybe),
        source=SourceInfo(path="article.txt", title=draw(text)),
        settings=Settings(
            desired_retention=draw(st.floats(0.7, 0.99)),
            new_per_day=draw(st.integers(1, MAX_NEW_PER_DAY)),
            learning_steps=draw(steps),
            relearning_steps=draw(steps),
        ),
        sections=sections,
    )
    yaml_text = dumps(deck)
    result = check_text(yaml_text, "deck.yaml")
    assume(result.deck is not None)
    return yaml_text, result.deck


@settings(
    max_examples=3,  # each example is a whole study session through the pilot
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(checked_decks())
def test_any_checked_deck_can_be_studied_in_the_app(example: tuple[str, Deck]) -> None:
    yaml_text, deck = example
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.yaml"
        path.write_text(yaml_text, encoding="utf-8")
        sentences = [c.source for _, c in deck.cards() if c.source]
        (Path(folder) / "article.txt").write_text("\n\n".join(sentences), encoding="utf-8")
        clock = FrozenClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
        store = open_store(Path(folder) / "q.db", clock=clock)
        store.import_deck(deck, path, Path(folder) / "article.txt")

        def check(screen: str) -> None:
            assert not controls_in(screen), controls_in(screen)

        try:
            asyncio.run(walk(build_app(store, clock=clock), check, review_limit=8))
        finally:
            store.close()
