"""Headings are found in every style real articles use, and kept exactly as written."""

from __future__ import annotations

import pytest

from quizapp.generate import decode_article, parse_article
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
