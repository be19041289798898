"""Spam never reaches a card: caught by its kind, not by the strings of the known cases."""

from __future__ import annotations

from quizapp.deck import dumps
from quizapp.generate import generate_deck
from tests.generate.conftest import MORE_ARTICLES, SOURCE_ARTICLES, generated

# The spam listed in tests/data/articles/README.md.
KNOWN_SPAM = (
    "latoto",
    "Venezuela",
    "Alibaba",
    "blockchain",
    "liquidity",
    "Veenuz",
    "Trawas",
    "If you like reading this article",
)


def test_known_spam_never_reaches_a_card() -> None:
    for path in SOURCE_ARTICLES:
        result = generated(path)
        deck_text = dumps(result.deck)
        for spam in KNOWN_SPAM:
            assert spam not in deck_text, (path.name, spam)
            assert spam not in result.cleaned_text


def test_drops_are_reported_with_reasons() -> None:
    result = generated(SOURCE_ARTICLES[1])
    kinds = sorted(d.kind for d in result.drops)
    assert kinds == ["sentence", "sentence", "word"]
    report = result.report()
    assert "latoto" in report and "call to action" in report and "off topic" in report


def test_clean_articles_lose_nothing() -> None:
    for path in [SOURCE_ARTICLES[0], *MORE_ARTICLES]:
        assert generated(path).drops == (), path.name


ARTICLE = """The Harbour Bridge
The Harbour Bridge opened in 1932 after eight years of construction by Dorman Long.
Engineers riveted the steel arch from both shores until the two halves met over the water. \
Six million rivets hold the arch together, and painters still work on it every day. \
The painting crew uses about 30,000 litres of paint on each coat of the bridge.
Traffic and tolls
The bridge carries eight lanes of road traffic and two railway lines between the shores. \
Tolls paid for the construction loan, which the state cleared in 1988. \
Engineers still inspect the arch each year for corrosion from the salty harbour air.
"""


def test_other_spam_of_the_same_kinds_is_caught() -> None:
    spammed = (
        ARTICLE.replace("Six million rivets", "Six million gacorwin rivets").replace(
            "Tolls paid for the construction loan",
            "Influencers in Portugal have praised Binance's sponsorship of the crypto staking "
            "pool, calling it a great opportunity for investors. Tolls paid for the "
            "construction loan",
        )
        + "Click here and subscribe to our newsletter for more stories like this one.\n"
    )
    result = generate_deck(spammed)
    deck_text = dumps(result.deck)
    for spam in ("gacorwin", "Binance", "Portugal", "newsletter"):
        assert spam not in deck_text
        assert spam not in result.cleaned_text
    assert len(result.drops) == 3
    assert generate_deck(ARTICLE).drops == ()
