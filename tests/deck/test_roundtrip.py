"""Properties of the format: what we write we read back, and no input crashes the loader."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.deck import DeckError, dumps, loads
from quizapp.deck.model import Deck
from tests.deck.strategies import decks


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks())
def test_load_of_dump_is_identity(deck: Deck) -> None:
    assert loads(dumps(deck)) == deck


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_loader_raises_only_its_own_error_on_arbitrary_text(text: str) -> None:
    try:
        loads(text, "fuzz.yaml")
    except DeckError as exc:
        assert exc.problems and all(p.file == "fuzz.yaml" for p in exc.problems)


YAMLISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "version",
                    "id",
                    "title",
                    "sections",
                    "cards",
                    "type",
                    "question",
                    "answer",
                    "options",
                    "text",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(YAMLISH)
def test_loader_survives_arbitrary_yaml_structures(value: object) -> None:
    import yaml

    try:
        loads(yaml.safe_dump(value), "fuzz.yaml")
    except DeckError as exc:
        assert exc.problems
