"""Headings are found in every style real articles use, and kept exactly as written."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.deck import dumps
from quizapp.generate import datelines, decode_article, generate_deck, parse_article
from tests.generate.conftest import ARTICLES

EXPECTED = {
    "000_49314e4e5f08ca3b": (
        None,
        [
            "Introduction",
            "How decades of mutual interests laid the groundwork for a defense pact.",
            "What the pact entails and its implications for military collaboration.",
            "How this alliance could shift the power dynamics in East Asia and beyond.",
            "International responses and the potential ripple effects for U.S. and allied "
            "foreign policy.",
            "What North Korea and Russia aim to achieve with this alliance.",
        ],
    ),
    "001_d85782946d90530c": (
        None,
        [
            "Introduction",
            "A Historic Alliance Between North Korea and Russia",
            "Economic and technical cooperation",
            "Geopolitical Implications",
            "International Reactions",
            "Domestic Reactions",
            "Challenges Ahead",
            "Conclusion",
        ],
    ),
    "more/01_us_debt_interest": (
        "As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military",
        [
            "Introduction",
            "Interest costs make it harder for the government to do other things",
            "The U.S. hasn’t faced this issue for years",
            "No, the United States isn’t at risk of becoming the next Greece",
            "But Washington doesn’t want to hear about the potential problems",
        ],
    ),
    "more/02_brain_aha_moment": (
        "How does the brain turn unconscious information into conscious thought?",
        [
            "Introduction",
            "The hypothesis",
            "Examining the 'a-ha!' moment",
            "'A-ha' moment similar to making a decision",
        ],
    ),
    "more/03_redonda_goats": (
        "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.",
        ["Introduction", "Long gone? Not so fast.", "Plans for the future"],
    ),
    "more/04_hidden_heroines_of_chaos": (
        "The Hidden Heroines of Chaos",
        ["Introduction", "The Birth of Chaos", "Flight Checks"],
    ),
    "more/05_nyc_winter_infrastructure": (
        "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What's Underneath N.Y.C.",
        [
            "Introduction",
            "Rock salt on icy streets can cause mayhem below them",
            "‘Freeze-thaws’ linked to climate change can imperil utilities",
            "How to replace century-old utilities: slowly, and carefully",
            "Construction during the winter isn’t always a good idea",
            "Almost 1.8 million potholes filled since de Blasio took office",
            "So, where do people learn how to fix some of these issues?",
        ],
    ),
    "more/06_meta_outage": (
        "Meta Outage Hits Facebook, Instagram and Messenger Worldwide",
        [
            "Introduction",
            "Meta Outage Causes Login and Loading Problems",
            "Meta Outage Sparks Surge in Downdetector Reports",
            "Meta Yet to Explain Meta Outage",
            "Users Urged to Remain Cautious During Meta Outage",
        ],
    ),
    "more/07_facebook_tracking_privacy": (
        "Facebook Is Tracking Me Even Though I'm Not on Facebook",
        [
            "Introduction",
            "Information from other Facebook users",
            "Information from sites on the open Web",
            "Consent",
            "Privilege",
            "Technical countermeasures",
            "Opting out?",
            "Fix the surveillance economy, not just Facebook",
        ],
    ),
    "more/08_on_behalf_of_literally": (
        "On Behalf of “Literally”",
        [
            "Introduction",
            "When in Doubt, Leave it Out",
            "Insecurities?",
            "Hard Habit to Break?",
            "No One’s Perfect",
            "Saying it to Irritate?",
            "Graphical Representation",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headings_found_as_written(name: str) -> None:
    headline, titles = EXPECTED[name]
    article = parse_article(decode_article((ARTICLES / f"{name}.txt").read_bytes()))
    assert article.headline == headline
    assert [s.title for s in article.sections] == titles
    assert all(s.paragraphs for s in article.sections)


def test_markdown_and_numbered_headings() -> None:
    text = (
        "# The Salt Roads\n\nSalt moved along old roads for centuries, carried by mule trains.\n\n"
        "## 1. Origins\n\nThe first salt roads ran from the coast at Hallstatt in 1200 BC.\n\n"
        "2. Decline\n\nRailways ended the trade by 1850, when rail freight was cheaper.\n"
    )
    article = parse_article(text)
    assert article.headline == "The Salt Roads"
    # Numbering is dropped: prompts never read "... about 1. origins".
    assert [s.title for s in article.sections] == ["Introduction", "Origins", "Decline"]


def test_an_untitled_article_keeps_its_first_numbered_heading() -> None:
    text = (
        "1. Beginnings under the Han\n"
        "Paper was first made in China around the second century, from bark and rags, and it "
        "was cheap enough to replace bamboo strips and silk as the everyday writing surface.\n"
        "2. The spread west\n"
        "Papermaking reached Samarkand in the eighth century and Baghdad soon after, carried "
        "west along the trade roads by craftsmen who set up mills in each of the great cities.\n"
    )
    article = parse_article(text)
    assert article.headline is None
    assert [s.title for s in article.sections] == ["Beginnings under the Han", "The spread west"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Canal Building in Britain\n\n"
        "The Bridgewater Canal opened in 1761 and\ncarried coal from Worsley to Manchester at\n"
        "half the price of road haulage.\n\n"
        "What came next\n\n"
        "Within forty years more than 4,000 miles of\ncanal had been dug across England and\n"
        "Wales by gangs of navvies.\n"
    )
    article = parse_article(text)
    assert article.headline == "Canal Building in Britain"
    assert [s.title for s in article.sections] == ["Introduction", "What came next"]
    assert article.sections[0].paragraphs[0].startswith("The Bridgewater Canal opened in 1761 and ")
    assert "\n" not in article.sections[1].paragraphs[0]


def test_bom_and_crlf_are_accepted() -> None:
    plain = "The Mill Town\nThe mill opened in 1820 and employed 400 weavers from Lancashire.\n"
    crlf = ("\ufeff" + plain).replace("\n", "\r\n").encode("utf-8")
    assert parse_article(decode_article(crlf)) == parse_article(plain)


def _titles(text: str) -> tuple[str | None, list[str]]:
    article = parse_article(text)
    return article.headline, [s.title for s in article.sections]


_LONG = (
    "The keepers lit the lamp at dusk and trimmed its wick every four hours through the night, "
    "logging the weather, the passing ships and the oil they burned in a ledger kept by the door."
)


def test_question_headings_with_no_title_line() -> None:
    # One paragraph per line, and the first line is the first question heading.
    text = (
        "Who built the Eddystone Light?\n"
        f"{_LONG}\n"
        "Why did the first tower fall?\n"
        "A storm in November 1703 swept the wooden tower away with its builder inside.\n"
        "Three things made the site hard:\n"
        "waves: breaking over the rock;\n"
        "tides: covering it twice a day;\n"
        "distance: fourteen miles from Plymouth.\n"
        "What replaced it?\n"
        f"{_LONG}\n"
    )
    headline, titles = _titles(text)
    assert headline is None
    assert titles == [
        "Who built the Eddystone Light?",
        "Why did the first tower fall?",
        "What replaced it?",
    ]


def test_a_question_title_over_plain_headings_stays_the_headline() -> None:
    text = f"Why do lighthouses flash?\n{_LONG}\nFixed lights\n{_LONG}\nRotating lenses\n{_LONG}\n"
    assert _titles(text) == (
        "Why do lighthouses flash?",
        ["Introduction", "Fixed lights", "Rotating lenses"],
    )


def test_all_caps_title_and_headings() -> None:
    text = (
        "THE LIGHTHOUSE KEEPERS\n\n"
        f"{_LONG}\n\n"
        "LIFE ON THE ROCK\n\n"
        f"{_LONG}\n\n"
        "RELATED TRADES\n\n"
        f"{_LONG}\n"
    )
    # The headline reads in the article's own spelling; headings stay as written.
    assert _titles(text) == (
        "The lighthouse keepers",
        ["Introduction", "LIFE ON THE ROCK", "RELATED TRADES"],
    )


def test_an_acronym_alone_on_a_line_is_not_a_heading() -> None:
    text = f"Lighthouse Service\n{_LONG}\nNOAA\n{_LONG}\nAutomation\n{_LONG}\n"
    assert _titles(text)[1] == ["Introduction", "Automation"]
    assert "NOAA" in parse_article(text).sections[0].paragraphs


def _wrap(paragraph: str) -> str:
    return textwrap.fill(paragraph, width=72)


def test_colon_headings_in_hard_wrapped_text() -> None:
    text = "\n\n".join(
        [
            "Lighthouse on the Bell Rock is lit",
            _wrap(
                "ARBROATH, Scotland, 1 February 1811 - The lamp on the Bell Rock was lit for "
                "the first time tonight, eleven miles out to sea, on a reef that has sunk "
                "ships for centuries."
            ),
            "The tower in numbers:",
            _wrap(_LONG + " " + _LONG),
            "It was short, and then it was over.",
            "How it was built:",
            _wrap(_LONG),
        ]
    )
    headline, titles = _titles(text)
    assert headline == "Lighthouse on the Bell Rock is lit"
    assert titles == ["Introduction", "The tower in numbers", "How it was built"]
    assert all("\n" not in p for s in parse_article(text).sections for p in s.paragraphs)


def test_colon_headings_straight_above_their_paragraphs() -> None:
    text = "\n\n".join(
        [
            "Lighthouse on the Bell Rock is lit",
            _wrap(_LONG),
            "The tower in numbers:\n" + _wrap(_LONG),
            "How it was built:\n" + _wrap(_LONG),
        ]
    )
    assert _titles(text) == (
        "Lighthouse on the Bell Rock is lit",
        ["Introduction", "The tower in numbers", "How it was built"],
    )


def test_a_sentence_ending_in_a_colon_before_a_list_is_not_a_heading() -> None:
    text = "\n\n".join(
        [
            "Lighthouse Lenses",
            _wrap(_LONG),
            "The lens came in several orders:",
            "- first order, for the coast\n- second order, for sounds\n- sixth order, for piers",
            _wrap(_LONG),
            "Keepers recorded:",
            _wrap(_LONG),
        ]
    )
    headline, titles = _titles(text)
    assert headline == "Lighthouse Lenses"
    assert titles == ["Introduction"]
    (section,) = parse_article(text).sections
    assert section.structures[0].intro == "The lens came in several orders:"


def test_one_line_paragraphs_in_wrapped_text_are_not_headings() -> None:
    lines = ["Lighthouse Lenses", _wrap(_LONG), "Nobody came.", _wrap(_LONG), "It was cold."]
    text = "\n\n".join([*lines, _wrap(_LONG)])
    assert _titles(text) == ("Lighthouse Lenses", ["Introduction"])


def test_setext_headings() -> None:
    text = (
        "The Lighthouse Keepers\n======================\n\n"
        f"{_LONG}\n\n"
        "Life on the rock\n----------------\n\n"
        f"{_LONG}\n\n"
        "---\n\n"
        "Automation\n---\n\n"
        f"{_LONG}\n"
    )
    article = parse_article(text)
    assert article.headline == "The Lighthouse Keepers"
    assert [s.title for s in article.sections] == ["Introduction", "Life on the rock", "Automation"]
    assert not any("---" in p or "===" in p for s in article.sections for p in s.paragraphs)


_TOPICS = ["lamp", "tower", "keeper", "storm", "lens", "reef", "fog signal", "supply boat"]
_SENTENCES = [
    "The keepers trimmed the wick every four hours and logged the oil they burned.",
    "A relief boat came from the mainland once a fortnight when the sea allowed it.",
    "In 1877 the tower was raised by twenty feet so that its light reached farther.",
    "Storms could keep the crew on the rock for weeks, with rations running low.",
]


def _heading(style: str, topic: str, n: int) -> str:
    if style == "question":
        return f"Why did the {topic} matter?"
    if style == "caps":
        return f"THE {topic.upper()} IN {1800 + n}"
    if style == "colon":
        return f"The {topic} in {1800 + n}:"
    return f"The {topic} in {1800 + n}\n" + "-" * 12  # Setext


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["question", "caps", "colon", "setext"]),
    st.lists(st.sampled_from(_TOPICS), min_size=2, max_size=5, unique=True),
    st.lists(st.integers(1, 3), min_size=5, max_size=5),
    st.booleans(),
)
def test_every_heading_style_splits_sections(
    style: str, topics: list[str], lengths: list[int], wrapped: bool
) -> None:
    """Whatever the topics and paragraph lengths, each heading starts a section named by it."""
    wrapped = wrapped or style == "colon"  # colon labels are a style of wrapped plain text
    blocks = ["Lighthouses of the North Sea", " ".join(_SENTENCES[:2])]
    for n, (topic, length) in enumerate(zip(topics, lengths, strict=False)):
        body = " ".join((_SENTENCES * 2)[n : n + length + 1])
        blocks += [_heading(style, topic, n), textwrap.fill(body, 72) if wrapped else body]
    text = ("\n\n" if wrapped or style == "setext" else "\n").join(blocks)
    article = parse_article(text)
    expected = [_heading(style, t, n).split("\n")[0] for n, t in enumerate(topics)]
    expected = [title.removesuffix(":") for title in expected]
    assert article.headline == "Lighthouses of the North Sea"
    assert [s.title for s in article.sections] == ["Introduction", *expected]
    assert all(s.paragraphs for s in article.sections)


_CANALS = (
    "The Grand Canal was dug by hand over seven centuries and linked Hangzhou with Beijing, "
    "carrying rice north to feed the capital and its garrisons.",
    "Barges on the canal paid tolls at locks built of stone, and the tolls paid for dredging "
    "the silt that the Yellow River left behind each summer.",
    "In 1855 the Yellow River changed its course and cut the canal in two, and the northern "
    "stretch slowly silted up while railways took its trade.",
    "Today the southern stretch still carries coal and gravel barges, and in 2014 the canal "
    "was listed as a World Heritage Site by UNESCO.",
)


@pytest.mark.parametrize(
    "heading",
    [
        "Part 1 – The First Locks",
        "Part I: The First Locks",
        "Chapter 3. The First Locks",
        "Section 2 - The First Locks",
        "I. The First Locks",
        "IV – The First Locks",
        "Stage Two — The First Locks",
        "3) The First Locks",
    ],
)
def test_a_numbered_heading_loses_its_number_and_its_dash(heading: str) -> None:
    text = "\n".join(["The Grand Canal of China", _CANALS[0], heading, _CANALS[1], _CANALS[2]])
    article = parse_article(text)
    assert [s.title for s in article.sections] == ["Introduction", "The First Locks"]
    deck = generate_deck(text).deck
    assert [s.id for s in deck.sections if s.title != "Introduction"] == ["the-first-locks"]


def test_numbered_headings_of_every_form_in_one_article() -> None:
    text = "\n".join(
        [
            "The Grand Canal of China",
            "Part 1 – Digging by Hand",
            _CANALS[0],
            "Part 2: Tolls and Silt",
            _CANALS[1],
            "Part III — The River Moves",
            _CANALS[2],
            "Part Four. The Canal Today",
            _CANALS[3],
        ]
    )
    assert _titles(text) == (
        "The Grand Canal of China",
        ["Digging by Hand", "Tolls and Silt", "The River Moves", "The Canal Today"],
    )
    said = dumps(generate_deck(text).deck)
    assert "sections:" in said and not re.search(r"Part \w+|[–—-] [–—-]|title: [–—-]", said)


@pytest.mark.parametrize(
    "title",
    [
        "10 Things the Canal Carried",
        "V. S. Naipaul on the canal",
        "C. elegans in canal water",
        "1855 and After",
        "Section 230 and the canal",
    ],
)
def test_a_number_that_belongs_to_the_heading_stays(title: str) -> None:
    text = "\n".join(["The Grand Canal of China", _CANALS[0], title, _CANALS[1], _CANALS[2]])
    assert _titles(text)[1] == ["Introduction", title]


@pytest.mark.parametrize(
    "furniture",
    [
        ["By a staff science correspondent"],
        ["By Jane Doe"],
        ["By Jane Doe and Tom Reilly, Asia Editor", "Updated 3 March 2024 · 9 min read"],
        ["Published 12 May 2023"],
        ["Words by Jane Doe", "Photographs by Ana López"],
        ["Last updated on March 3, 2024 | 6 min read"],
        ["By the China desk", "3 March 2024"],
        ["Posted by Jane Doe on 3 March 2024"],
        ["Jane Doe, Asia Correspondent", "June 4, 2024 / 9:41 AM"],
        ["From Wikipedia, the free encyclopedia"],
        ["Photograph: Jane Doe/Getty Images"],
    ],
)
@pytest.mark.parametrize("wrapped", [False, True])
def test_bylines_and_dates_under_the_title_are_neither_sections_nor_cards(
    furniture: list[str], wrapped: bool
) -> None:
    if wrapped:
        body = "\n\n".join(textwrap.fill(p, 66) for p in _CANALS[:2])
        text = "\n".join(["How the Grand Canal was built", *furniture]) + "\n\n" + body
        text += "\n\nThe River Moves\n\n" + "\n\n".join(textwrap.fill(p, 66) for p in _CANALS[2:])
    else:
        text = "\n".join(
            [
                "How the Grand Canal was built",
                *furniture,
                *_CANALS[:2],
                "The River Moves",
                *_CANALS[2:],
            ]
        )
    article = parse_article(text)
    assert article.headline == "How the Grand Canal was built"
    assert [s.title for s in article.sections] == ["Introduction", "The River Moves"]
    assert article.sections[0].paragraphs[0] == _CANALS[0]
    assert article.furniture == tuple(furniture)
    deck = generate_deck(text).deck
    said = dumps(deck).split("sections:", 1)[1]
    assert deck.sections and not any(w in said for w in ("Jane", "desk", "min read", "Updated"))


def test_a_heading_shaped_like_a_byline_stays_a_heading_inside_the_article() -> None:
    text = "\n".join(
        [
            "The Grand Canal of China",
            _CANALS[0],
            "By the Numbers",
            _CANALS[1],
            "By Land and Sea",
            *_CANALS[2:],
        ]
    )
    assert _titles(text)[1] == ["Introduction", "By the Numbers", "By Land and Sea"]


_REPORT = """\
EUROPEAN BARGE REACHES THE BLACK SEA FOR THE FIRST TIME

A solar barge crosses the continent by river and canal, but its locks
take twice as long as planned

By a staff transport correspondent

CONSTANTA, Romania, 4 June 2024 -- A barge powered only by solar panels
reached the Black Sea on Tuesday after a journey of 3,500 km from
Rotterdam along the Rhine, the Main-Danube Canal and the Danube.

The barge, called Helios, was greeted here by a crowd of about 2,000 people.
It carries 40 tonnes of cargo and travels at about 9 km an hour. Its crew
of three said the 68 locks of the Main-Danube Canal had taken twice as
long as the operators planned.

Locks and delays

The canal climbs 406 metres over the European watershed near Nuremberg,
and each lock fills in about twenty minutes. The crew waited up to two
hours at busy locks where freight barges had priority.
"""


def test_a_news_report_keeps_its_lead_under_headline_standfirst_and_byline() -> None:
    article = parse_article(_REPORT)
    # An ALL CAPS headline is spelt as the report spells its words ("Black Sea", "barge").
    assert article.headline == "European barge reaches the Black Sea for the first time"
    assert article.standfirst == (
        "A solar barge crosses the continent by river and canal, but its locks take twice as "
        "long as planned"
    )
    assert [s.title for s in article.sections] == ["Introduction", "Locks and delays"]
    assert article.sections[0].paragraphs[0].startswith("CONSTANTA, Romania, 4 June 2024 -- ")
    deck = generate_deck(_REPORT).deck
    assert deck.title == article.headline
    assert next(s.id for s in deck.sections) == "introduction"
    titles = [s.title for s in deck.sections]
    assert not any("By " in t or "solar barge crosses" in t for t in titles)


def test_a_short_first_heading_under_the_title_is_not_a_standfirst() -> None:
    text = "\n\n".join(["How the Grand Canal was built", "Digging by hand", *_CANALS])
    article = parse_article(text)
    assert article.standfirst is None
    assert [s.title for s in article.sections] == ["Digging by hand"]


_NESTED = "\n\n".join(
    [
        "# Keeping the Grand Canal Open",
        _CANALS[0],
        "## Water and silt",
        "### Tolls",
        _CANALS[1],
        "### The river",
        _CANALS[2],
        "## The canal today",
        "Barges still use the southern stretch.",
        "### Heritage",
        _CANALS[3],
    ]
)


def test_a_heading_with_no_prose_of_its_own_gives_way_to_its_subheadings() -> None:
    article = parse_article(_NESTED)
    assert article.headline == "Keeping the Grand Canal Open"
    deck = generate_deck(_NESTED).deck
    # "Water and silt" holds no sentence: no empty section, and its subsections keep their own
    # titles.
    assert "Water and silt" not in [s.title for s in deck.sections]
    assert {"Tolls", "The river", "Heritage"} <= {s.title for s in article.sections}
    today = next(s for s in article.sections if s.title == "The canal today")
    assert today.paragraphs == ("Barges still use the southern stretch.",)


def test_bold_lines_are_headings() -> None:
    text = "\n\n".join(
        [
            "The Grand Canal of China",
            _CANALS[0],
            "**Tolls and silt**",
            _CANALS[1],
            "**Why did the river move?**",
            _CANALS[2],
            _CANALS[3],
        ]
    )
    assert _titles(text) == (
        "The Grand Canal of China",
        ["Introduction", "Tolls and silt", "Why did the river move?"],
    )


def test_a_bold_label_ending_in_a_colon_is_a_heading_but_a_bold_sentence_is_not() -> None:
    text = "\n\n".join(
        [
            "The Grand Canal of China",
            _CANALS[0],
            "**Tolls and silt:**",
            _CANALS[1],
            "**The river moved in 1855.**",
            "**Note:**",
            _CANALS[2],
        ]
    )
    article = parse_article(text)
    assert [s.title for s in article.sections] == ["Introduction", "Tolls and silt"]
    assert article.sections[1].paragraphs[1:3] == ("The river moved in 1855.", "Note:")


def test_a_credit_line_at_the_end_is_not_part_of_the_last_section() -> None:
    credits = ("Words by Jane Doe · Photographs by Ana López", "Updated 3 March 2024")
    text = "\n".join(
        ["The Grand Canal of China", *_CANALS[:2], "The River Moves", *_CANALS[2:], *credits]
    )
    article = parse_article(text)
    assert article.sections[-1].paragraphs == _CANALS[2:]
    assert article.furniture == credits


def test_here_in_a_datelined_report_is_the_dateline_place() -> None:
    deck = generate_deck(_REPORT).deck
    texts = [
        getattr(c, "text", "") or getattr(c, "question", "") for s in deck.sections for c in s.cards
    ]
    greeted = [t for t in texts if "was greeted" in t]
    assert greeted and all("was greeted in Constanta by" in t for t in greeted)
    assert not any(re.search(r"\bhere\b", t) for t in texts)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Here, engineers watched the signal.", "In Darmstadt, engineers watched the signal."),
        ("The team flew from here to Kourou.", "The team flew from Darmstadt to Kourou."),
        ("'We are here,' said the lander manager.", None),  # a quotation stays as said
        ("Here is what the data show.", None),
        ("The centre here and the one in Darmstadt agreed.", None),  # the place is named
    ],
)
def test_here_is_named_only_where_it_is_the_place(sentence: str, shown: str | None) -> None:
    assert datelines.here_named(sentence, "Darmstadt") == shown


_FURNITURE = [
    "By Jane Doe",
    "By the China desk",
    "Updated 3 March 2024",
    "9 min read",
    "Words by Tom Reilly",
    "Published: 12 May 2023, 09:41 GMT",
    "Jane Doe · 3 March 2024",
    "Photograph: Ana López/Getty Images",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FURNITURE), min_size=1, max_size=4, unique=True), st.booleans())
def test_any_furniture_under_the_headline_leaves_the_sections_as_they_were(
    lines: list[str], wrapped: bool
) -> None:
    body = ["The Grand Canal of China", *_CANALS[:2], "The River Moves", *_CANALS[2:]]
    joiner = "\n\n" if wrapped else "\n"
    plain = parse_article(joiner.join(body))
    if wrapped:  # written straight under the headline, as one block
        text = (
            "\n".join([body[0], *lines])
            + "\n\n"
            + "\n\n".join(textwrap.fill(p, 66) for p in body[1:])
        )
    else:
        text = "\n".join([body[0], *lines, *body[1:]])
    article = parse_article(text)
    assert article.headline == plain.headline == "The Grand Canal of China"
    assert article.sections == plain.sections
    assert article.furniture == tuple(lines)
