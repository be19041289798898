"""Search across every deck in Anki's syntax, translated to SQL in storage."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock, Rating
from quizapp.search import SearchError
from quizapp.storage import Store, open_store

DATA = Path(__file__).parents[1] / "tui" / "data"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def store(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = open_store(tmp_path / "search.db", clock=clock)
    store.fuzz = False
    for name in ("solar", "europe"):
        path = DATA / f"{name}.yaml"
        store.import_deck(load_deck(path), path)
    yield store
    store.close()


def keys(store: Store, query: str, **kwargs: object) -> list[str]:
    return [row.key for row in store.browse(query, **kwargs)]  # type: ignore[arg-type]


def test_words_search_every_deck(store: Store) -> None:
    assert keys(store, "capital") == [
        "france-capital", "belgium-capital", "spain-capital"
    ]
    assert keys(store, "planet largest") == ["largest"]
    assert keys(store, '"red planet"') == ["red"]
    assert len(store.browse("")) == 15


def test_deck_section_tag_and_type(store: Store) -> None:
    assert len(store.browse("deck:europe")) == 6
    assert len(store.browse('deck:"europe basics"')) == 6
    assert len(store.browse("deck:eur*")) == 6
    assert keys(store, "section:history type:qa") == ["ww2-end", "rome-founder"]
    assert keys(store, "tag:GIANTS") == ["largest", "rings"]
    assert keys(store, "tag:giants -tag:rings") == ["largest"]
    assert set(keys(store, "type:truefalse")) == {"spain-capital", "rings", "venus-hot"}


def test_is_states_and_negation(store: Store, clock: FrozenClock) -> None:
    france, belgium, spain = (
        store.browse(f"deck:europe {word}")[0] for word in ("france", "belgium", "spain")
    )
    store.review(france.item_id, Rating.Good)  # learning
    store.set_suspended(belgium.item_id, True)
    store.bury(spain.item_id)
    store.set_flagged(spain.item_id, True)
    assert keys(store, "is:learning") == ["france-capital"]
    assert keys(store, "is:suspended") == ["belgium-capital"]
    assert keys(store, "is:buried") == ["spain-capital"]
    assert keys(store, "is:flagged") == ["spain-capital"]
    assert len(store.browse("-is:suspended")) == 14  # cards with no state row count too
    assert len(store.browse("is:new")) == 14
    assert keys(store, "is:due") == []
    clock.advance(timedelta(minutes=11))
    assert keys(store, "is:due") == ["france-capital"]
    clock.advance(timedelta(days=1))
    assert keys(store, "is:buried") == []  # a bury lasts until the next day only


def test_or_and_groups(store: Store) -> None:
    assert keys(store, "moons or rome") == ["rome-founder", "moons"] or keys(
        store, "moons or rome"
    ) == ["moons", "rome-founder"]
    assert keys(store, "(moons or rome) deck:solar") == ["moons"]


def test_prop_and_rated(store: Store, clock: FrozenClock) -> None:
    france = store.browse("france")[0]
    store.review(france.item_id, Rating.Easy)  # a review card, due in days
    assert keys(store, "prop:r>0.99") == ["france-capital"]
    clock.advance(timedelta(days=40))
    assert keys(store, "prop:r<0.8") == ["france-capital"]
    assert keys(store, "prop:r>0.99") == []
    assert keys(store, "prop:reps=1") == ["france-capital"]
    assert keys(store, "rated:7") == []
    assert keys(store, "rated:41") == ["france-capital"]
    assert keys(store, "rated:41:4") == ["france-capital"]
    assert keys(store, "rated:41:1") == []
    assert keys(store, "prop:due<0") == ["france-capital"]  # overdue


def test_sorting(store: Store) -> None:
    texts = [row.text for row in store.browse("deck:solar", sort="text")]
    assert texts == sorted(texts, key=str.lower)
    assert next(r.key for r in store.browse("deck:europe", sort="type", descending=True)) in (
        "spain-capital",
    )


def test_a_bad_query_raises_its_own_error(store: Store) -> None:
    with pytest.raises(SearchError):
        store.browse("is:lost")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([*list('ab%_*\\"():- '), "is:new", "tag:", " or "]),
                max_size=20).map("".join))
def test_any_query_runs_or_is_refused_cleanly(store: Store, query: str) -> None:
    with contextlib.suppress(SearchError):
        store.browse(query)
