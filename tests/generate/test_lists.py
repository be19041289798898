"""List cards: "Name the N ..." only when the items are short labels and the introduction says
what they are; never a card naming dates or long steps."""

from __future__ import annotations

from quizapp.generate.structure import Block, list_cards


def test_labelled_items_are_named_by_their_labels() -> None:
    stages = Block(
        "list",
        "The Krell loop has four stages:",
        (
            ("Uptake. The membrane pulls the ions in through a channel.",),
            ("Binding. Each ion locks onto a carrier protein.",),
            ("Transfer. The carrier moves to the far side.",),
            ("Release. The ion leaves and the carrier resets.",),
        ),
        ordered=True,
    )
    (card,) = list_cards("s", stages, "The Krell loop")
    assert card.question == "Name the four stages of the Krell loop, in order."
    assert card.answer == "Uptake → Binding → Transfer → Release."


def test_an_unordered_list_with_a_counted_intro_names_its_items() -> None:
    parts = Block(
        "list",
        "A Zephyr kite has three parts:",
        (("The sail",), ("The spar",), ("The bridle",)),
    )
    assert list_cards("s", parts, "Kites")  # "a kite" has no "of": the older wording stays
    named = Block("list", "Zephyr kites have three parts:", parts.rows)
    (card,) = list_cards("s", named, "Kites")
    assert card.question == "Name the three parts of Zephyr kites."
    assert card.answer == "The sail; The spar; The bridle."


def test_no_card_for_dates_long_steps_or_a_vague_intro() -> None:
    story = Block(
        "list",
        "Three claims followed:",
        (("1842. A doctor used it.",), ("1844. A dentist tried it.",), ("1846. A show.",)),
        ordered=True,
    )
    assert list_cards("s", story, "Claims") == []
    long_steps = Block(
        "list",
        "The repair has three steps:",
        (
            ("Take the wheel off the frame and let all of the air out first",),
            ("Lever one side of the tyre off the rim with two plastic levers",),
            ("Pull the tube out, starting on the side opposite the valve",),
        ),
        ordered=True,
    )
    assert list_cards("s", long_steps, "Repairs") == []
    vague = Block("list", "The design has four properties:", (("Speed",), ("Size",), ("Cost",)))
    assert list_cards("s", vague, "How it works") == []


def test_an_intro_the_heading_already_names_is_asked_once() -> None:
    stages = Block(
        "list",
        "The tide cycle has three stages:",
        (("Flood. The water rises.",), ("Slack. It stands still.",), ("Ebb. It falls.",)),
        ordered=True,
    )
    (card,) = list_cards("s", stages, "The tide cycle")
    assert card.question == "Name the three stages of the tide cycle, in order."
