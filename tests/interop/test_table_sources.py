"""Tables made elsewhere: Quizlet's export and Anki's own "Notes in Plain Text" export."""

from __future__ import annotations

from pathlib import Path

from quizapp.deck import ClozeCard, QACard, load_deck
from quizapp.interop import deck_from_table, table_to_deck


def test_quizlet_export_becomes_one_section_of_qa_cards(tmp_path: Path) -> None:
    path = tmp_path / "french_verbs.tsv"
    path.write_text(
        'être\tto be\navoir\tto have, to own\n"aller"\tto go\nêtre\tto exist\n', encoding="utf-8"
    )
    deck, yaml_path = deck_from_table(path)
    assert yaml_path == tmp_path / "french_verbs.yaml"
    assert load_deck(yaml_path) == deck
    assert (deck.id, deck.title) == ("french-verbs", "french verbs")
    (section,) = deck.sections
    assert section.id == "french-verbs"
    assert [(c.question, c.answer) for c in section.cards if isinstance(c, QACard)] == [
        ("être", "to be"),
        ("avoir", "to have, to own"),
        ('"aller"', "to go"),  # Quizlet does not quote: quotes are part of the term
        ("être", "to exist"),
    ]
    ids = [c.id for c in section.cards]
    assert len(set(ids)) == 4 and ids[3] == ids[0] + "-2"
    # Typed, as in Quizlet's own modes: each part of a definition is accepted on its own.
    assert [c.accept for c in section.cards if isinstance(c, QACard)] == [
        ("to be",),
        ("to have", "to own"),
        ("to go",),
        ("to exist",),
    ]


def test_quizlet_with_comma_between_term_and_definition(tmp_path: Path) -> None:
    deck = table_to_deck("Paris,capital of France\nLyon,city, on the Rhône\n", Path("fr.csv"))
    cards = deck.sections[0].cards
    assert [(c.question, c.answer) for c in cards if isinstance(c, QACard)] == [
        ("Paris", "capital of France"),
        ("Lyon", "city, on the Rhône"),
    ]


# What Anki 2.1.55+ writes for "Notes in Plain Text" with every option ticked.
ANKI_EXPORT = (
    "#separator:tab\n"
    "#html:true\n"
    "#guid column:1\n"
    "#notetype column:2\n"
    "#deck column:3\n"
    "#tags column:6\n"
    "b@d*t1\tBasic\tBiology::Cells\tWhat is the <b>powerhouse</b> of the cell?"
    "\tThe mitochondrion<br>(plural: mitochondria)\tcells exam\n"
    'k}L2x\tCloze\tBiology::Cells\t"{{c1::Ribosomes}} make&nbsp;proteins"\tSee p. 4\t\n'
    "Zz9\tBasic (and reversed card)\tBiology::Genetics\tDNA\tDeoxyribonucleic acid\t\n"
)


def test_anki_notes_export_becomes_sections_by_deck(tmp_path: Path) -> None:
    deck = table_to_deck(ANKI_EXPORT, tmp_path / "biology.txt")
    assert [(s.id, s.title) for s in deck.sections] == [
        ("cells", "Cells"),
        ("genetics", "Genetics"),
    ]
    basic, cloze = deck.sections[0].cards
    assert isinstance(basic, QACard) and isinstance(cloze, ClozeCard)
    assert basic.question == "What is the powerhouse of the cell?"
    assert basic.answer == "The mitochondrion\n(plural: mitochondria)"
    assert basic.tags == ("cells", "exam")
    assert cloze.text == "{{c1::Ribosomes}} make\xa0proteins"
    assert cloze.explanation == "See p. 4"
    # Ids come from the GUIDs, so an edited re-export keeps each card's progress.
    again = table_to_deck(ANKI_EXPORT.replace("mitochondrion", "mitochondrium"), Path("b.txt"))
    assert again.sections[0].cards[0].id == basic.id
