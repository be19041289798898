"""Spam never reaches a card: caught by its kind, not by the strings of the known cases."""

from __future__ import annotations

from collections import Counter

from quizapp.deck import dumps
from quizapp.generate import generate_deck
from quizapp.generate.hygiene import injected_words, strip_dateline
from quizapp.generate.promo import is_promotional
from quizapp.generate.sentences import normal, words
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
The bridge carries eight lanes of road traffic and two railway lines, and every car pays tolls. \
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
    assert [s.title for s in result.sections] == ["Introduction", "Traffic and tolls"]
    assert generate_deck(ARTICLE).drops == ()


PROMOTIONS = [
    "Grab the all-new Nimbus X5 smartphone with a crystal-clear camera for the perfect photos.",
    "Start trading crypto in minutes on BitHarbor Exchange, the platform trusted by millions.",
    "Click here to book your guided volcano tour with LavaTrek Adventures.",
    "Looking for a new mattress? SleepWell Cloud is rated number one by sleep experts.",
    "Hungry after all that history? Order from PizzaPronto and get your second pizza free.",
    "Our partners at GlobeBank are offering low-interest loans to help you travel the world.",
    "Win big tonight at RoyalSpin, the most trusted online casino in Asia.",
    "Read next: The 5 Worst Inventions in History",
    "Advertisement - Continue reading below",
    "Download the free StudyBuddy app to turn this lesson into flashcards.",
    "This article is sponsored by Volta Energy, powering the homes of tomorrow.",
    "Use promo code SAVE10 for 10% off your next purchase.",
    "Want to learn a language fast? Try LingoLeap free for 30 days.",
]
REAL = [
    "Water the plant a day before you move it, so the root ball holds together.",
    "Watch how long it takes to rise and fall.",
    "The pact has been presented by Putin in Russia as a strategic coup.",
    "A budget bill approved in February raised spending by $300 billion over two years.",
    "Apollo 11 landed on the Moon in July 1969, and Neil Armstrong stepped out first.",
    "Traders on the exchange sold shares quickly when prices fell by 20 percent in a day.",
]


def test_promotions_in_any_wording_score_as_promotional() -> None:
    for text in PROMOTIONS:
        assert is_promotional(text)[0], text


def test_real_sentences_with_one_sign_are_not_promotional() -> None:
    for text in REAL:
        assert not is_promotional(text)[0], (text, is_promotional(text)[1])


def test_gambling_tokens_of_any_game_are_cut_and_rare_real_words_stay() -> None:
    # Invented tokens built from gambling vocabulary, glued between two words of real prose;
    # rare real words of the same length and shape stay.
    sentence = (
        "Cordgrass roulettepalace grows where the tide floods, glasswort stores salt in its "
        "situsgrand stems, cnidarians drift in, and some plants show agenesis of root hairs."
    )
    counts = Counter(normal(w) for w in words(sentence))
    assert injected_words(sentence, counts, set(counts)) == ["roulettepalace", "situsgrand"]


NEWS = """Savings in Iceland
REYKJAVIK, 3 March (Reuters) - Economists in Iceland said on Tuesday that household savings \
fell by 12 percent in 2025, the sharpest drop since the banking crisis of 2008. \
The central bank in Reykjavik raised its main interest rate to 9 percent in response.
WASHINGTON (AP) — The Federal Reserve kept its benchmark rate at 4.5 percent in January, \
after three cuts in the autumn of 2024.
"""


def test_a_news_dateline_is_not_part_of_any_card() -> None:
    deck_text = dumps(generate_deck(NEWS).deck)
    assert "Economists in Iceland said on Tuesday" in deck_text
    for dateline in ("REYKJAVIK,", "(Reuters)", "WASHINGTON", "(AP)"):
        assert dateline not in deck_text, dateline


def test_a_capitalised_term_before_a_dash_is_no_dateline() -> None:
    kept = "DNA — The molecule carries genes."
    assert strip_dateline(kept) == kept
    assert strip_dateline("NASA - the agency said so.") == "NASA - the agency said so."
    assert strip_dateline("PARIS — The deal was signed.") == "The deal was signed."


def test_glued_brand_tokens_in_any_case_pattern_are_cut_and_real_names_stay() -> None:
    # Invented brands glued between two words: gambling vocabulary in CamelCase, capitals and
    # digits, or two words and a number. Real names of the same shapes stay.
    sentence = (
        "The river SpinFortuneKing floods each spring, VVslotMaju silt covers the fields, "
        "farmers plough LuckyTiger777 in April, McAllister surveyed it with W3Techs data, "
        "and TigerCastle7 rice follows the PlayStation era of WinZip and Win32."
    )
    counts = Counter(normal(w) for w in words(sentence))
    assert injected_words(sentence, counts, set(counts)) == [
        "SpinFortuneKing",
        "VVslotMaju",
        "LuckyTiger777",
        "TigerCastle7",
    ]


def test_a_quoted_example_token_is_not_spam() -> None:
    sentence = 'Keys such as "order17" and "order18" land in different buckets; twiggy mulch too.'
    counts = Counter(normal(w) for w in words(sentence))
    assert injected_words(sentence, counts, set(counts)) == []


FURNITURE = [
    "Liked this explainer? Score it: ☆☆☆☆☆ (3,870 votes)",
    "Was this page useful? 👍 12  👎 3",
    "— The article continues below this advertisement —",
    "A word from our sponsors",
    "Stay ahead of the tides: join 80,000 subscribers who get the Coastline Weekly digest.",
    "Disclosure: we may receive a modest fee when you buy through the links on this page.",
    "Bring history home: framed museum maps start from just $49 at MapLoft.",
    "Claim a 200% deposit match at LuckyHarbour and your first wager is on us.",
    "Reserve your place at our weekend Bread Bootcamp, only £45 per seat.",
]
REAL_PRICES = [
    "Between 1973 and 1974 the price of oil rose from $3 to $12 a barrel.",
    "Tickets on the first line cost five cents, and fares stayed there for decades.",
    "Banks must hold a minimum reserve against every deposit they take.",
    "The best-known fixers live in partnership with the roots of legumes.",
    "Subscriptions rose when the paper cut its price to $2 a week, its owners said.",
    "The bank required a minimum deposit of $500 to open an account in 1950.",
    "The story continues after the war, when the family moved to Lyon.",
    "Critics gave the opera five stars, and tickets sold out within a week.",
    "The East India Company earned a commission on every chest of tea sold in Boston.",
]


def test_page_furniture_and_priced_offers_are_promotional() -> None:
    for text in FURNITURE:
        assert is_promotional(text)[0], (text, is_promotional(text)[1])


def test_real_sentences_about_prices_stories_and_stars_are_not_promotional() -> None:
    for text in REAL_PRICES:
        assert not is_promotional(text)[0], (text, is_promotional(text)[1])


MARKDOWN = """# Repotting a fern

## When to repot

Repot a fern in spring, when new fronds start to uncurl and the roots fill the pot. \
A pot one size larger gives the roots room for another two years of growth. \
Ferns prefer a loose, peaty mix that holds water without turning soggy.

[The 12 prettiest plant stands of the season – browse them all](https://stands.example/top12)

## How to repot

Water the fern a day before, so that the root ball holds together when it slides out. \
Loosen the outer roots gently with your fingers and trim any that are black or mushy. \
Set the fern at the same depth as before and firm the mix around it.

*As a partner of several shops we may earn a commission on items bought via this page.*
"""


def test_a_bare_link_line_and_a_disclosure_never_reach_a_card() -> None:
    result = generate_deck(MARKDOWN)
    deck_text = dumps(result.deck)
    for spam in ("plant stands", "commission", "stands.example"):
        assert spam not in deck_text
        assert spam not in result.cleaned_text
    assert "peaty mix" in result.cleaned_text


def test_a_plug_spliced_after_a_semicolon_leaves_the_sentence_whole() -> None:
    text = ARTICLE.replace(
        "Six million rivets hold the arch together, and painters",
        "Six million rivets hold the arch together, the engineers reported; "
        "Stake USDT on the SkyWager app and new players get a $20 welcome bonus. "
        "and painters",
    )
    result = generate_deck(text)
    assert "SkyWager" not in result.cleaned_text
    assert (
        "Six million rivets hold the arch together, the engineers reported; and painters "
        "still work on it every day."
    ) in result.cleaned_text


def test_a_numbered_part_heading_loses_its_number_and_dash() -> None:
    text = ARTICLE.replace("Traffic and tolls", "Part 2 – Traffic and tolls")
    titles = [s.title for s in generate_deck(text).sections]
    assert "Traffic and tolls" in titles


DIVIDERS = """# The lighthouse keepers

## Life on the rock

Keepers worked in pairs and lit the lamp at sunset every evening of the year. \
They trimmed the wick, wound the clockwork that turned the lens and logged the weather.

Scroll on ↓ Advertisement

Supplies came by boat once a fortnight, when the sea allowed a landing at all.

» Paid partner content | swipe to continue reading «

## The end of an era

Automation reached the last staffed lighthouses in the late twentieth century. \
A timer and a sensor now switch the lamp on at dusk.

More from Oceans: Divers Find a Lost City Under the Ice — You Won't Believe Its Size

Trending now: Seven harbour towns with the bluest water

Keep reading the logbooks and you find storms, shipwrecks and rescues on almost every page.
"""


def test_page_dividers_and_teasers_never_reach_a_card() -> None:
    result = generate_deck(DIVIDERS)
    deck_text = dumps(result.deck)
    for spam in ("Advertisement", "partner", "Lost City", "bluest", "Scroll on", "Trending"):
        assert spam not in deck_text, spam
        assert spam not in result.cleaned_text, spam
    for real in ("Supplies came by boat", "Keep reading the logbooks", "lit the lamp"):
        assert real in result.cleaned_text, real


def test_a_plural_the_word_list_lacks_is_a_real_word_not_a_glued_token() -> None:
    from collections import Counter

    from quizapp.generate.hygiene import injected_words

    sentence = (
        "In 1462 the city was sacked during a dispute between rival archbishops, and many of "
        "its printers hokibet777 left to seek work elsewhere."
    )
    counts = Counter(w.lower() for w in sentence.replace(",", "").split())
    assert injected_words(sentence, counts, set()) == ["hokibet777"]
