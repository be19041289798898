"""Exported packages imported into a real Anki collection with Anki's own library."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.deck import ClozeCard, Deck, QACard, Section, items_of
from quizapp.interop import table_to_deck, write_apkg, write_table

anki_collection = pytest.importorskip("anki.collection")
import_export = pytest.importorskip("anki.import_export_pb2")

EXPORTED_AT = datetime(2026, 3, 1, 12, tzinfo=UTC)


@pytest.fixture
def col(tmp_path: Path) -> Iterator[anki_collection.Collection]:
    collection = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: anki_collection.Collection, path: Path) -> None:
    request = import_export.ImportAnkiPackageRequest(
        package_path=str(path), options=import_export.ImportAnkiPackageOptions()
    )
    col.import_anki_package(request)


def notes_by_first_field(col: anki_collection.Collection) -> dict[str, object]:
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    return {note.fields[0]: note for note in notes}


def test_apkg_import_gives_notes_cards_fields_and_subdecks(
    col: anki_collection.Collection, sample_deck: Deck, tmp_path: Path
) -> None:
    path = tmp_path / "capitals.apkg"
    write_apkg(sample_deck, path, now=EXPORTED_AT)
    import_apkg(col, path)

    assert col.note_count() == 6
    # One Anki card per study item: a cloze card with c1 and c2 gives two.
    assert col.card_count() == len(items_of(sample_deck)) == 7
    notes = notes_by_first_field(col)

    france = notes["Capital of France?"]
    assert france.note_type()["name"] == "quizapp Basic"
    assert dict(france.items()) == {
        "Front": "Capital of France?",
        "Back": "Paris",
        "Explanation": "Since &lt;987&gt; &amp; so on",
        "Source": "Paris is the capital of France.",
        "Section": "Europe",
        "Ids": "world-capitals europe fr",
    }
    assert set(france.tags) == {"europe", "easy", "two_words"}

    germany = notes["Capital of Germany?"]
    assert germany.note_type()["name"] == "quizapp Basic (type in the answer)"
    assert "{{type:Back}}" in germany.note_type()["tmpls"][0]["qfmt"]

    italy = notes["{{c1::Rome}} is the capital of {{c2::Italy::country}}."]
    assert italy.note_type()["name"] == "quizapp Cloze"
    assert sorted(card.ord for card in italy.cards()) == [0, 1]
    # The second card asks for Italy, showing the hint and Rome.
    question = re.sub(r"<style>.*?</style>|<[^>]+>", "", italy.cards()[1].question(), flags=re.S)
    assert question == "Rome is the capital of [country]."

    danube = notes["Which cities lie on the Danube?"]
    assert danube.note_type()["name"] == "quizapp Choice"
    assert "<li>Prague</li>" in danube["Options"]
    assert danube["Answer"] == "Vienna<br>Budapest"
    assert danube["Explanation"] == "Prague lies on the Vltava.<br>Second line."

    thames = notes["The Seine flows through London."]
    assert thames["Answer"] == "False<br>The Thames flows through London."

    deck_names = {col.decks.name(card.did) for n in notes.values() for card in n.cards()}
    assert deck_names == {"World capitals::Europe", "World capitals::Rivers, lakes"}


def edited(deck: Deck) -> Deck:
    """The sample with France's answer changed and one card added to the first section."""
    europe = deck.sections[0]
    france = europe.cards[0]
    assert isinstance(france, QACard)
    spain = QACard(id="es", question="Capital of Spain?", answer="Madrid")
    cards = (dataclasses.replace(france, answer="Paris (Île-de-France)"), *europe.cards[1:], spain)
    return dataclasses.replace(
        deck, sections=(dataclasses.replace(europe, cards=cards), *deck.sections[1:])
    )


def test_reexport_after_edit_updates_notes_instead_of_duplicating(
    col: anki_collection.Collection, sample_deck: Deck, tmp_path: Path
) -> None:
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    stock_note_types = len(col.models.all_names_and_ids())
    write_apkg(sample_deck, first, now=EXPORTED_AT)
    import_apkg(col, first)
    france_id = notes_by_first_field(col)["Capital of France?"].id

    write_apkg(edited(sample_deck), second, now=EXPORTED_AT + timedelta(days=1))
    import_apkg(col, second)

    assert col.note_count() == 7  # six updated in place, one added
    assert col.card_count() == 8
    notes = notes_by_first_field(col)
    assert notes["Capital of France?"].id == france_id
    assert notes["Capital of France?"]["Back"] == "Paris (Île-de-France)"
    # Our four note types were found again by id, not added a second time.
    assert len(col.models.all_names_and_ids()) == stock_note_types + 4


def test_cloze_with_repeated_deletion_gives_one_card_per_number(tmp_path: Path) -> None:
    col = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        deck = Deck(
            id="cl",
            title="Cloze only",
            sections=(
                Section(
                    id="s",
                    title="S",
                    cards=(ClozeCard(id="a", text="{{c1::A}} {{c2::B}} {{c3::C}} {{c1::D}}"),),
                ),
            ),
        )
        write_apkg(deck, tmp_path / "cl.apkg", now=EXPORTED_AT)
        import_apkg(col, tmp_path / "cl.apkg")
        assert col.note_count() == 1
        assert col.card_count() == 3
    finally:
        col.close()


def test_csv_export_imports_into_anki_with_stock_note_types(
    col: anki_collection.Collection, sample_deck: Deck, tmp_path: Path
) -> None:
    path = tmp_path / "capitals.csv"
    write_table(sample_deck, path)
    for _ in range(2):  # a second import finds the notes by GUID and adds none
        metadata = col.get_csv_metadata(str(path), None)
        col.import_csv(import_export.ImportCsvRequest(path=str(path), metadata=metadata))
    assert col.note_count() == 6
    assert col.card_count() == 7
    notes = notes_by_first_field(col)
    assert notes["Capital of France?"].note_type()["name"] == "Basic"
    assert notes["Capital of France?"]["Back"] == "Paris"
    assert notes["Capital of Germany?"].note_type()["name"] == "Basic (type in the answer)"
    cloze = notes["{{c1::Rome}} is the capital of {{c2::Italy::country}}."]
    assert cloze.note_type()["name"] == "Cloze"
    assert len(cloze.cards()) == 2
    assert set(notes["Capital of France?"].tags) == {"europe", "easy", "two_words"}
    choice = next(n for text, n in notes.items() if text.startswith("Which cities"))
    assert "A. Vienna<br>B. Budapest" in choice["Front"]
    decks = {col.decks.name(c.did) for n in notes.values() for c in n.cards()}
    assert decks == {"World capitals::Europe", "World capitals::Rivers, lakes"}


def test_deck_comes_back_from_anki_text_export_with_its_ids(
    col: anki_collection.Collection, sample_deck: Deck, tmp_path: Path
) -> None:
    write_apkg(sample_deck, tmp_path / "capitals.apkg", now=EXPORTED_AT)
    import_apkg(col, tmp_path / "capitals.apkg")
    exported = tmp_path / "from_anki.txt"
    col.export_note_csv(
        out_path=str(exported),
        limit=anki_collection.DeckIdLimit(col.decks.id_for_name("World capitals")),
        with_html=True,
        with_tags=True,
        with_deck=True,
        with_notetype=True,
        with_guid=True,
    )
    back = table_to_deck(exported.read_text(encoding="utf-8"), exported)

    # What Anki cannot carry: accepted answers, spaces in tags, the deck's description.
    europe, rivers = sample_deck.sections
    france, germany, italy = europe.cards
    assert isinstance(germany, QACard)
    expected_europe = (
        dataclasses.replace(france, tags=("easy", "two_words")),
        dataclasses.replace(germany, accept=()),
        italy,
    )
    expected = dataclasses.replace(
        sample_deck,
        description=None,
        sections=(dataclasses.replace(europe, cards=expected_europe), rivers),
    )
    assert back == expected
