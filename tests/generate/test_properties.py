"""Arbitrary text never crashes the generator, and whatever it builds is grounded."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.deck import check_text, dumps
from quizapp.generate import ArticleError, generate_deck

WORDS = st.sampled_from(
    """
    The Senate voted in 1998 to fund 12 new bridges across Ohio and Texas . , ? # 1.
    President Jane Smith said $4.5 billion was spent by NASA in March 2020 — “quoted” U.
    S.-led 45% of North Korea slotwin please subscribe to our newsletter
    """.split()  # noqa: SIM905
)
LINES = st.lists(WORDS, min_size=0, max_size=40).map(" ".join)
ARTICLES = st.lists(LINES, min_size=0, max_size=12).map("\n".join)


def _check(text: str) -> None:
    try:
        result = generate_deck(text)
    except ArticleError:
        return
    yaml_text = dumps(result.deck)
    assert check_text(yaml_text).errors == []
    sentences = {s for section in result.sections for p in section.paragraphs for s in p}
    for _, card in result.deck.cards():
        assert card.source in sentences


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_word_soup_never_crashes(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_never_crashes(text: str) -> None:
    _check(text)
