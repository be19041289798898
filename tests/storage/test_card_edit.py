"""Editing a card writes its deck file and the database together, and keeps its progress."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.deck import load_deck
from quizapp.scheduling import Rating
from quizapp.storage import Store, bundled_decks_dir, import_bundled, open_store
from quizapp.storage.card_edit import (
    BundledDeck,
    EditRefused,
    copy_bundled,
    deck_file,
    edit_card,
    user_decks_dir,
)
from quizapp.storage.deck_removal import deck_size, remove_deck, skipped_bundled

EUROPE = Path(__file__).parents[1] / "tui" / "data" / "europe.yaml"


@pytest.fixture
def europe(tmp_path: Path, store: Store) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "europe.yaml"
    shutil.copy(EUROPE, path)
    store.import_deck(load_deck(path), path.resolve())
    return path


def item_of(store: Store, key: str) -> int:
    with store.read() as conn:
        return conn.execute("SELECT id FROM item WHERE key = ?", (key,)).fetchone()[0]


def reviews(store: Store, item_id: int) -> int:
    with store.read() as conn:
        return conn.execute(
            "SELECT count(*) FROM review_log WHERE item_id = ?", (item_id,)
        ).fetchone()[0]


def test_an_edit_rewrites_the_file_and_the_database_and_keeps_progress(
    store: Store, europe: Path
) -> None:
    item_id = item_of(store, "rome-founder")
    store.review(item_id, Rating.Good)
    old = store.item(item_id).card
    before_text = europe.read_text(encoding="utf-8")
    new = replace(old, question="Who founded Rome, as the legend says?")
    edit = edit_card(store, "europe", new)
    assert edit.before == old and edit.after == new
    text = europe.read_text(encoding="utf-8")
    assert "question: Who founded Rome, as the legend says?" in text
    assert "- id: rome-founder" in text
    # Only the card's lines changed.
    assert text.split("- id: rome-founder")[0] == before_text.split("- id: rome-founder")[0]
    item = store.item(item_id)  # the same item: the same id, its progress kept
    assert item.card.question == "Who founded Rome, as the legend says?"  # type: ignore[union-attr]
    assert item.state.reps == 1 and reviews(store, item_id) == 1
    assert load_deck(europe).cards()[-1][1] == new
    # Undo is the same edit the other way.
    edit_card(store, "europe", edit.before)
    assert store.item(item_id).card == old
    assert load_deck(europe).cards()[-1][1] == old


def test_a_read_only_file_is_refused_and_left_alone(store: Store, europe: Path) -> None:
    item_id = item_of(store, "rome-founder")
    old = store.item(item_id).card
    data = europe.read_bytes()
    os.chmod(europe, 0o444)
    try:
        with pytest.raises(EditRefused, match="read-only; nothing was written"):
            edit_card(store, "europe", replace(old, answer="Remus"))
    finally:
        os.chmod(europe, 0o644)
    assert europe.read_bytes() == data
    assert store.item(item_id).card == old
    assert not [p for p in europe.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_file_with_errors_now_is_refused(store: Store, europe: Path) -> None:
    old = store.item(item_of(store, "rome-founder")).card
    europe.write_text(europe.read_text().replace("answer: Romulus", "anwser: Romulus"))
    with pytest.raises(EditRefused, match="has errors now"):
        edit_card(store, "europe", replace(old, answer="Remus"))
    assert "anwser: Romulus" in europe.read_text()


def test_windows_line_endings_are_kept(store: Store, europe: Path) -> None:
    europe.write_bytes(europe.read_bytes().replace(b"\n", b"\r\n"))
    old = store.item(item_of(store, "rome-founder")).card
    edit_card(store, "europe", replace(old, answer="Romulus (and Remus)"))
    data = europe.read_bytes()
    assert b"Romulus (and Remus)" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_a_cloze_edit_adding_a_gap_adds_its_item(store: Store, europe: Path) -> None:
    old = store.item(item_of(store, "versailles#c1")).card
    edit_card(store, "europe", replace(old, text="The treaty of {{c1::Versailles}} was signed "
                                               "in {{c2::1919}}."))  # fmt: skip
    assert item_of(store, "versailles#c2") > 0
    assert store.item(item_of(store, "versailles#c1")).cloze_number == 1


def test_a_bundled_deck_is_copied_then_edited_with_its_progress(store: Store) -> None:
    import_bundled(store)
    slug = "nk-russia-pact"
    bundled_file = deck_file(store, slug)
    assert bundled_file is not None and bundled_file.is_relative_to(bundled_decks_dir())
    first = store.next_items(deck=slug)[0]
    store.review(first.item_id, Rating.Good)
    original = bundled_file.read_bytes()
    with pytest.raises(BundledDeck):
        edit_card(store, slug, first.card)
    copy = copy_bundled(store, slug)
    assert copy.parent == user_decks_dir(store) and copy.read_bytes() == original
    assert deck_file(store, slug) == copy
    assert store.item(first.item_id).source_path  # the article came along
    assert Path(store.item(first.item_id).source_path).is_relative_to(copy.parent)  # type: ignore[arg-type]
    edited = edit_card(store, slug, replace(first.card, tags=("edited",)))
    assert edited.path == copy
    assert bundled_file.read_bytes() == original  # the package's file is never written
    assert store.item(first.item_id).card.tags == ("edited",)
    assert store.item(first.item_id).state.reps == 1
    # Start-up no longer imports the bundled file over the copy.
    assert bundled_file.name in skipped_bundled(store)
    import_bundled(store)
    assert deck_file(store, slug) == copy
    assert store.item(first.item_id).card.tags == ("edited",)


def test_removing_a_deck_keeps_its_log_and_it_stays_removed(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "p.db"
    store = open_store(db, clock=clock)
    import_bundled(store)
    slug = "nk-russia-pact"
    item = store.next_items(deck=slug)[0]
    store.review(item.item_id, Rating.Good)
    size = deck_size(store, slug)
    assert size is not None and size.cards > 0 and size.reviews == 1
    remove_deck(store, slug)
    assert slug not in {d.slug for d in store.deck_summaries()}
    assert not [i for i in store.next_items() if i.deck_slug == slug]
    assert reviews(store, item.item_id) == 1
    store.close()
    store = open_store(db, clock=clock)  # the next launch
    import_bundled(store)
    assert slug not in {d.slug for d in store.deck_summaries()}
    assert reviews(store, item.item_id) == 1
    # Imported again by hand, it is back with its progress.
    path = bundled_decks_dir() / f"{slug}.yaml"
    store.import_deck(load_deck(path), path)
    assert slug in {d.slug for d in store.deck_summaries()}
    assert store.item(item.item_id).state.reps == 1
    store.close()


def test_removing_with_progress_deletes_every_row(store: Store, europe: Path) -> None:
    item_id = item_of(store, "rome-founder")
    store.review(item_id, Rating.Again)
    remove_deck(store, "europe", progress=True)
    with store.read() as conn:
        for table in ("review_log", "card_state", "item", "section", "deck"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert europe.exists()  # the file is the user's: never deleted
