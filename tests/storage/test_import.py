"""Re-importing an edited deck keeps progress; retired cards keep their history."""

from __future__ import annotations

from pathlib import Path

from quizapp.deck import load_deck, loads
from quizapp.scheduling import Phase, Rating
from quizapp.storage import Store
from tests.conftest import SAMPLE_DECK


def study(store: Store, key: str, rating: Rating = Rating.Good) -> None:
    [item] = [i for i in store.next_items(limit=50) if i.key == key]
    store.review(item.item_id, rating, 1000)


def test_first_import_adds_every_item(store: Store, sample_deck_path: Path) -> None:
    report = store.import_deck(load_deck(sample_deck_path))
    # six cards, one cloze with two deletions: seven study items
    assert (report.added, report.updated, report.retired, report.unchanged) == (7, 0, 0, 0)
    [deck] = store.deck_summaries()
    assert deck.cards == 7 and deck.counts.new == 5  # the deck's new_per_day limit


def test_reimport_unchanged_reports_unchanged(store: Store, sample_deck_path: Path) -> None:
    store.import_deck(load_deck(sample_deck_path))
    report = store.import_deck(load_deck(sample_deck_path))
    assert (report.added, report.updated, report.retired, report.unchanged) == (0, 0, 0, 7)


def test_edited_deck_keeps_progress_of_unchanged_ids(store: Store) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    study(store, "paris")
    study(store, "sky")
    before = {i.key: i.state for i in store.next_items(limit=50)}
    assert "paris" not in before  # learning, due in 10 minutes
    edited = (
        SAMPLE_DECK.replace("Capital of France?", "What is the capital of France?").replace(
            "      - {id: snow, type: qa, question: What colour is snow?, answer: White}\n", ""
        )
        + "      - {id: coal, type: qa, question: What colour is coal?, answer: Black}\n"
    )
    report = store.import_deck(loads(edited))
    assert (report.added, report.updated, report.retired, report.unchanged) == (1, 1, 1, 5)
    with store.read() as conn:
        [(paris,)] = conn.execute("SELECT id FROM item WHERE key = 'paris'").fetchall()
    item = store.item(paris)
    assert item.card.question == "What is the capital of France?"  # text updated
    assert item.state.phase is Phase.LEARNING and item.state.reps == 1  # progress kept
    keys = {i.key for i in store.browse()}
    assert "snow" not in keys and "coal" in keys


def test_retired_card_keeps_history_and_returns_with_it(store: Store) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    study(store, "sky")
    without = SAMPLE_DECK.replace(
        "      - {id: sky, type: truefalse, statement: The sky is green., answer: false,\n"
        "         correction: It is blue.}\n",
        "",
    )
    assert store.import_deck(loads(without)).retired == 1
    with store.read() as conn:
        [(sky_id, retired)] = conn.execute("SELECT id, retired FROM item WHERE key = 'sky'")
        assert retired
        [(logs,)] = conn.execute("SELECT count(*) FROM review_log WHERE item_id = ?", (sky_id,))
    assert logs == 1  # the review history is still there
    assert all(i.key != "sky" for i in store.next_items(limit=50))
    back = store.import_deck(loads(SAMPLE_DECK))
    assert back.updated == 1
    assert store.item(sky_id).state.reps == 1


def test_moving_a_card_to_another_section_keeps_progress(store: Store) -> None:
    store.import_deck(loads(SAMPLE_DECK))
    study(store, "leader")
    moved = SAMPLE_DECK.replace(
        "      - {id: leader, type: choice, question: Who leads North Korea?,\n"
        "         options: [Kim Jong Un, Putin, Xi, Biden], answer: Kim Jong Un}\n",
        "",
    ) + (
        "      - {id: leader, type: choice, question: Who leads North Korea?,\n"
        "         options: [Kim Jong Un, Putin, Xi, Biden], answer: Kim Jong Un}\n"
    )
    store.import_deck(loads(moved))
    [row] = [r for r in store.browse() if r.text == "Who leads North Korea?"]
    assert row.section_title == "Colours" and row.phase == "learning"
