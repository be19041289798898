"""Cards that read on their own: a context line where a sentence leans on its setting, words
that tie a sentence to the one before taken off, sentences about what a card cannot show
skipped, and a "he" or "she" replaced by a person only when that person is certain."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.deck import cloze
from quizapp.deck.model import AnyCard, ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.generate import decode_article, generate_deck
from quizapp.generate.standalone import context_line, gives_away, unshown, without_links

CORPUS = Path(__file__).parent / "corpus"

CANAL = "\n".join(
    [
        "The Kiel Canal",
        "",
        (
            "The Kiel Canal links the North Sea at Brunsbüttel with the Baltic Sea at "
            "Kiel-Holtenau. It saves ships a voyage of about 460 kilometres around the "
            "Jutland peninsula. The waterway is one of the busiest artificial canals in the "
            "world."
        ),
        "",
        "How it was built",
        "",
        (
            "Construction began in June 1887 at Holtenau. At the peak of construction some "
            "9,000 labourers worked on the project. The workers moved about 80 million cubic "
            "metres of earth over eight years. Moreover, engineers built two large locks at "
            "each end to handle the tides. The canal opened to shipping on 20 June 1895."
        ),
        "",
        "The canal today",
        "",
        (
            "Ships in the canal travel at no more than 15 kilometres per hour. Pilots guide "
            "larger vessels through the narrow channel, which is about 98 kilometres long. "
            "The last line shows how a lock fills with water before a ship enters. Nearly "
            "30,000 ships pass through each year."
        ),
    ]
)

FRANKLIN = "\n".join(
    [
        "Who was Rosalind Franklin?",
        "",
        (
            "Rosalind Franklin was an English chemist whose X-ray photographs helped reveal "
            "the structure of DNA. She was born in London on 25 July 1920 into a wealthy "
            "Jewish family. Her father was a merchant banker who taught evening classes at a "
            "college for working men."
        ),
        "",
        "Education and early work",
        "",
        (
            "Franklin studied natural sciences at Newnham College, Cambridge, and graduated "
            "in 1941. During the war she researched the porosity of coal for the British Coal"
            " Utilisation Research Association. Her work on coal earned her a doctorate from "
            "Cambridge in 1945. She then spent three years in Paris, where she learned X-ray "
            "crystallography from the crystallographer Jacques Mering."
        ),
        "",
        "DNA at King's College",
        "",
        (
            "In 1951 Franklin joined King's College London to study DNA fibres. The "
            "laboratory was led by John Randall, who had assigned her the project without "
            "telling his deputy, Maurice Wilkins. He resented her arrival and the two "
            "scientists never worked well together. In May 1952 her student Raymond Gosling "
            "took Photograph 51, the sharpest X-ray image of DNA made at the time."
        ),
        "",
        "Later life",
        "",
        (
            "Franklin moved to Birkbeck College in 1953 and turned to the structure of "
            "viruses. She worked there with the young physicist Aaron Klug on the tobacco "
            "mosaic virus. She died in London on 16 April 1958 at the age of 37. Her "
            "colleagues published her last papers on viruses after her death."
        ),
    ]
)


def cards_of(text: str) -> list[AnyCard]:
    return [c for s in generate_deck(text).deck.sections for c in s.cards]


def by_source(text: str) -> dict[str, AnyCard]:
    return {c.source or "": c for c in cards_of(text)}


def answers_of(card: AnyCard) -> list[str]:
    if isinstance(card, ClozeCard):
        return cloze.answers(card.text, 1)
    if isinstance(card, ChoiceCard):
        return list(card.answer)
    if isinstance(card, QACard):
        return [card.answer]
    assert isinstance(card, TrueFalseCard)
    return [card.correction or ""]


def test_a_sentence_about_the_project_names_the_deck_and_section_above_it() -> None:
    card = by_source(CANAL)[
        "At the peak of construction some 9,000 labourers worked on the project."
    ]
    assert card.context == "The Kiel Canal — How it was built"


def test_a_sentence_that_names_its_subject_needs_no_context_line() -> None:
    card = by_source(CANAL)[
        "The Kiel Canal links the North Sea at Brunsbüttel with the Baltic Sea at Kiel-Holtenau."
    ]
    assert card.context is None


@pytest.mark.parametrize(
    "name",
    ["07_channel_tunnel_opens", "06_unicode_utf8", "01_plate_tectonics", "08_anaesthesia_history"],
)
def test_the_context_line_never_names_the_answer(name: str) -> None:
    path = next((CORPUS / "heldout2").glob(f"{name}.*"))
    result = generate_deck(decode_article(path.read_bytes()))
    lines = [c for s in result.deck.sections for c in s.cards if c.context]
    assert lines, "some card leans on its setting"
    for card in lines:
        assert not gives_away(card.context or "", answers_of(card)), card


def test_context_line_drops_numbering_and_shouting_and_a_long_subtitle() -> None:
    assert (
        context_line("The Kiel Canal", "2. How it was built") == "The Kiel Canal — How it was built"
    )
    assert (
        context_line("PRICE OF WHEAT", "WHAT A HARVEST DOES")
        == "Price of wheat — What a harvest does"
    )
    assert context_line("Canals of Europe: a history of inland waterways", "Locks") == (
        "Canals of Europe — Locks"
    )
    assert context_line("The Kiel Canal", None) == "The Kiel Canal"
    assert context_line("How locks work", "H₂O in → H₂O out") == "How locks work"


def test_a_line_that_holds_the_answer_gives_it_away() -> None:
    assert gives_away("The Kiel Canal — Opened in 1895", ["1895"])
    assert gives_away("Locks of the Kiel Canal", ["Kiel"])
    assert not gives_away("The Kiel Canal — How it was built", ["9,000 labourers"])
    assert gives_away("Canals and Russia", ["Russians"])
    assert not gives_away("How photosynthesis works", ["photolysis"])


def test_words_tying_a_sentence_to_the_one_before_are_taken_off() -> None:
    assert without_links("Moreover, the locks at Holtenau were rebuilt in 1914.") == (
        "The locks at Holtenau were rebuilt in 1914."
    )
    assert without_links("As a result, tolls fell by a third.") == "Tolls fell by a third."
    assert without_links("Shipowners nonetheless paid the higher tolls.") == (
        "Shipowners paid the higher tolls."
    )
    assert without_links("Larger ships needed wider locks on top of that.") == (
        "Larger ships needed wider locks."
    )
    assert without_links("However the canal was widened.") == "However the canal was widened."


def test_a_card_shows_the_sentence_without_its_link_and_keeps_the_source() -> None:
    text = CANAL.replace(
        "The canal opened to shipping on 20 June 1895.",
        "However, the canal opened to shipping only on 20 June 1895.",
    )
    card = by_source(text)["However, the canal opened to shipping only on 20 June 1895."]
    assert isinstance(card, ClozeCard)
    assert card.text.startswith("The canal opened to shipping only on ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The last line shows how the lock gate closes before the water rises.",
        "As shown below, the lock chamber is 310 metres long and 42 metres wide.",
        "The following command prints the tide tables for Brunsbüttel every morning.",
        "This table lists the tolls charged for ships of each size in 1900.",
        "In the 1890s that changed within a few years, when steam tugs came into use.",
    ],
)
def test_a_sentence_about_what_the_card_cannot_show_is_skipped(sentence: str) -> None:
    assert unshown(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The canal lies about 10 metres below sea level at its lowest point.",
        "The agreement that gave the city its rights was signed in 1161.",
        "The genetic code is read three letters at a time.",
    ],
)
def test_ordinary_sentences_are_not_taken_for_pointers(sentence: str) -> None:
    assert unshown(sentence) is None


def test_the_main_person_stands_in_for_she_when_no_one_else_is_named() -> None:
    cards = by_source(FRANKLIN)
    born = cards["She was born in London on 25 July 1920 into a wealthy Jewish family."]
    assert isinstance(born, ClozeCard)
    assert cloze.plain(born.text).startswith("Rosalind Franklin was born in London")


def test_she_after_another_person_is_named_is_skipped_not_guessed() -> None:
    shown = [
        cloze.plain(c.text) if isinstance(c, ClozeCard) else c.prompt for c in cards_of(FRANKLIN)
    ]
    assert not any("Klug died" in s or "Wilkins died" in s for s in shown)
    assert "She died in London on 16 April 1958 at the age of 37." not in by_source(FRANKLIN)


def test_he_is_never_a_place() -> None:
    siege = (
        "The siege of Rhodes\n\n"
        "Suleiman the Magnificent led the Ottoman army against the island of Rhodes in 1522. "
        "On 26 June his fleet of about 400 ships reached the harbour of Mandraki. "
        "The knights had closed the Mandraki with a heavy iron chain between two towers. "
        "On 28 July he landed with the main army and took command of the siege.\n"
    )
    for card in cards_of(siege):
        shown = cloze.plain(card.text) if isinstance(card, ClozeCard) else card.prompt
        assert "Mandraki landed" not in shown and "Rhodes landed" not in shown


def test_the_article_subject_is_not_replaced_by_the_last_person_named() -> None:
    life = (
        "Who was Anna Kessler?\n\n"
        "Anna Kessler was a Swiss botanist who studied alpine plants for forty years. "
        "She was born in Chur on 3 May 1871 and grew up in the mountains.\n\n"
        "Later years\n\n"
        "She corresponded for years with the German botanist Karl Lindner about gentians. "
        "Lindner sent her seeds from the Tyrol every spring. "
        "She died in Zurich on 9 March 1950 at the age of 78.\n"
    )
    for card in cards_of(life):
        shown = cloze.plain(card.text) if isinstance(card, ClozeCard) else card.prompt
        assert "Lindner died" not in shown


def test_a_minor_person_in_a_life_gets_the_life_as_context() -> None:
    life = "\n".join(
        [
            "Who was Anna Kessler?",
            "",
            "Anna Kessler was a Swiss botanist who studied alpine plants for forty years. "
            "She was born in Chur on 3 May 1871 and grew up in the mountains.",
            "",
            "Later years",
            "",
            "In 1920 Kessler founded an alpine garden above Davos for her students. "
            "She ran it until her retirement in 1941.",
            "",
            "Kessler corresponded for years with the German botanist Karl Lindner about gentians. "
            "Karl Lindner died suddenly in Innsbruck in February 1931.",
        ]
    )
    card = by_source(life)["Karl Lindner died suddenly in Innsbruck in February 1931."]
    assert card.context == "Who was Anna Kessler? — Later years"


@pytest.mark.parametrize(
    ("sentence", "stands"),
    [
        ("Old parish records there list an unusual number of burials in 1721 and 1722.", False),
        ("Hamburg was reached that winter, and Lübeck by the spring of 1350 at the latest.", False),
        ("In the cellar there are twelve oak casks that hold the whole harvest of 1921.", True),
        ("The results were published on Thursday, 4 May 1950, in the journal Nature.", True),
        ("The next day President Emmanuel Macron promised to rebuild the cathedral.", False),
        ("Mr. Macron met Mr. Trump at the Élysée Palace earlier in the day.", False),
        ("The 1815 eruption of Tambora was followed the next year by a cold summer.", True),
    ],
)
def test_a_place_or_time_only_an_earlier_sentence_gives_is_no_card(
    sentence: str, stands: bool
) -> None:
    from quizapp.generate.spans import tag_sentence
    from quizapp.generate.standalone import problem

    found = problem(tag_sentence(sentence))
    assert (found is None or "place or time" not in found) is stands


@pytest.mark.parametrize(
    ("sentence", "stands"),
    [
        ("The first starts at age 25 and stops at 65, paying in $96,000 over 40 years.", False),
        ("The second waits until 35 and pays in $72,000 over 30 years.", False),
        ("Among the guests were Donald J. Trump and Volodymyr Zelensky.", False),
        ("The first printed book in English appeared in 1473.", True),
        ("The last emperor of China died in Beijing in 1967.", True),
    ],
)
def test_one_of_a_group_only_an_earlier_sentence_gives_is_no_card(
    sentence: str, stands: bool
) -> None:
    assert _stands(sentence, "of a group") is stands


@pytest.mark.parametrize(
    ("sentence", "stands"),
    [
        ("In spring it is possible to see objects up to about 40 metres below the surface.", True),
        ("At 6 percent it takes about 12 years for money to double.", True),
        ("In Bergen cod was dried in the open air until it was hard as wood.", False),
        ("When reading a loan agreement, it is worth calculating it yourself.", False),
    ],
)
def test_an_it_that_stands_for_the_clause_after_it_points_nowhere(
    sentence: str, stands: bool
) -> None:
    assert _stands(sentence, "points to something") is stands


def _stands(sentence: str, reason: str) -> bool:
    """The sentence passes the standalone check, or fails it for some reason other than this."""
    from quizapp.generate.spans import tag_sentence
    from quizapp.generate.standalone import problem

    found = problem(tag_sentence(sentence))
    return found is None or reason not in found
