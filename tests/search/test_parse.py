"""The search parser: Anki-like syntax to a tree, and only SearchError for bad input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.search import All, Any_, Field, Not, Prop, Rated, SearchError, Text, parse


def test_words_are_all_required() -> None:
    assert parse("moon mars") == All((Text("moon"), Text("mars")))
    assert parse("") == All(())
    assert parse("   ") == All(())


def test_quotes_negation_or_and_groups() -> None:
    assert parse('"red planet" -moon') == All((Text("red planet"), Not(Text("moon"))))
    assert parse("a or b c") == Any_((Text("a"), All((Text("b"), Text("c")))))
    assert parse("(a or b) c") == All((Any_((Text("a"), Text("b"))), Text("c")))
    assert parse("-(a or b)") == Not(Any_((Text("a"), Text("b"))))
    assert parse('"or"') == Text("or")


def test_fields() -> None:
    assert parse("deck:solar section:planets") == All(
        (Field("deck", "solar"), Field("section", "planets"))
    )
    assert parse('deck:"The Solar System"') == Field("deck", "The Solar System")
    assert parse("tag:giants type:Cloze is:DUE") == All(
        (Field("tag", "giants"), Field("type", "cloze"), Field("is", "due"))
    )
    assert parse("-is:suspended") == Not(Field("is", "suspended"))


def test_props_and_rated() -> None:
    assert parse("prop:r<0.8") == Prop("r", "<", 0.8)
    assert parse("prop:due<=1") == Prop("due", "<=", 1.0)
    assert parse("prop:lapses>=2") == Prop("lapses", ">=", 2.0)
    assert parse("rated:7") == Rated(7)
    assert parse("rated:7:1") == Rated(7, 1)


def test_text_with_a_colon_that_is_no_field() -> None:
    assert parse("10:30") == Text("10:30")


@pytest.mark.parametrize(
    ("query", "says", "at"),
    [
        ('"open', "quote is not closed", 0),
        ("(a b", "parenthesis is not closed", 0),
        ("a )", "closing parenthesis", 2),
        ("or a", "'or' needs", 0),
        ("a or", "'or' needs", 2),
        ("color:red", "unknown search field 'color:'", 0),
        ("is:lost", "is: is one of", 0),
        ("type:essay", "type: is one of", 0),
        ("prop:r<2", "from 0 to 1", 0),
        ("prop:x<1", "prop: is like", 0),
        ("rated:0", "1 to 36500 days", 0),
        ("rated:3:9", "rating", 0),
        ("deck:", "needs a value", 0),
        ("()", "empty parentheses", 0),
    ],
)
def test_errors_say_what_and_where(query: str, says: str, at: int) -> None:
    with pytest.raises(SearchError) as error:
        parse(query)
    assert says in error.value.message
    assert error.value.position == at


SYNTAX = st.sampled_from(
    ['"', "(", ")", "-", " or ", ":", "deck:", "is:", "prop:r<", "rated:", "tag:", "\\", " "]
)


@given(st.lists(st.one_of(SYNTAX, st.text(max_size=6)), max_size=12).map("".join))
def test_any_input_parses_or_raises_only_search_error(query: str) -> None:
    try:
        parse(query)
    except SearchError as error:
        assert 0 <= error.position <= len(query)
