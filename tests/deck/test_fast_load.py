"""The fast reader returns exactly what the full reader would, or leaves the file to it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.deck import QACard, Section, check_text, dumps
from quizapp.deck.fast_load import fast_deck
from quizapp.deck.load import full_check
from quizapp.deck.model import ClozeCard, Deck
from tests.deck.strategies import decks, text

BUNDLED = sorted((Path(__file__).parents[2] / "decks").glob("*.yaml"))


def agrees(yaml_text: str) -> bool:
    """True when the fast reader took the file; then the full reader must read the same deck
    and find no problem at all (not even a warning)."""
    fast = fast_deck(yaml_text)
    if fast is None:
        return False
    full = full_check(yaml_text, "deck.yaml")
    assert full.problems == [], full.problems
    assert full.deck == fast
    return True


long_text = st.lists(text, min_size=1, max_size=12).map(" ".join)


@st.composite
def long_decks(draw: st.DrawFn) -> Deck:
    """Decks whose texts run past the 100-column width, so the writer folds them over lines."""
    deck = draw(decks())
    cards = tuple(
        QACard(
            id=f"long-{n}",
            question=draw(long_text),
            answer=draw(long_text),
            source=draw(st.none() | long_text),
            tags=tuple(draw(st.lists(long_text, max_size=2))),
        )
        for n in range(draw(st.integers(1, 4)))
    )
    cloze = ClozeCard(id="long-cloze", text=f"{draw(long_text)} {{{{c1::{draw(long_text)}}}}} x")
    return Deck(
        id=deck.id,
        title=draw(long_text),
        description=draw(st.none() | long_text),
        sections=(*deck.sections, Section(id="long-texts", title="Long", cards=(*cards, cloze))),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks())
def test_on_written_decks_the_fast_reader_agrees_with_the_full_one(deck: Deck) -> None:
    agrees(dumps(deck))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_decks())
def test_values_folded_over_several_lines_read_the_same(deck: Deck) -> None:
    agrees(dumps(deck))
    assert check_text(dumps(deck)).deck == deck


EDITS = [
    ":", ": ", " #", "#", "'", "''", '"', "-", "- ", "\n", "\n\n", "  ", " ", "{", "}", "[", "]",
    "[]", "~", "null", "&a ", "*a", "!!str ", "|", ">", "\t", "? ", "---\n", "...\n", ",", "%",
    "@", "`", "\\", "\x85", "\u2028", "\ufeff", "\r", "yes", "1945", "id: x\n", "type: qa\n",
    "  - ", "\n  ", "\n    ", "\n      ", "{{c1::", "}}", "\nx: y", " - a\n", "- id: z\n",
]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(decks(), long_decks()), st.data())
def test_an_edited_file_is_read_as_the_full_reader_reads_it_or_left_to_it(
    deck: Deck, data: st.DataObject
) -> None:
    written = dumps(deck)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(written)))
        if data.draw(st.booleans()):
            written = written[:at] + data.draw(st.sampled_from(EDITS)) + written[at:]
        else:
            written = written[:at] + written[at + data.draw(st.integers(1, 8)):]
    agrees(written)


def test_the_layout_quizapp_writes_takes_the_fast_path() -> None:
    for path in BUNDLED:
        assert agrees(path.read_text(encoding="utf-8")), path
    deck = Deck(
        id="plain",
        title="Plain",
        sections=(
            Section(
                id="s",
                title="S",
                cards=tuple(
                    QACard(id=f"c{n}", question=f"What happened in {1900 + n}?", answer=str(n),
                           source="A long sentence that goes on " * 6, tags=("history",))
                    for n in range(50)
                ),
            ),
        ),
    )
    assert agrees(dumps(deck))
    assert agrees("# yaml-language-server: $schema=deck.schema.json\n" + dumps(deck))


def test_problems_are_still_reported_where_they_are() -> None:
    broken = dumps(Deck(id="d", title="T", sections=(Section(id="s", title="S"),))).replace(
        "title: S", "title: S\n  colour: red"
    )
    assert fast_deck(broken) is None
    [problem] = check_text(broken, "d.yaml").problems
    assert (problem.line, problem.column) == (7, 3) and "unknown key 'colour'" in problem.message
