"""The bundled decks are there on first use, valid, and refreshed without losing progress."""

from __future__ import annotations

from quizapp.deck import check_file
from quizapp.scheduling import Rating
from quizapp.storage import Store, bundled_decks_dir, import_bundled


def test_bundled_decks_are_valid_and_name_their_source() -> None:
    files = sorted(bundled_decks_dir().glob("*.yaml"))
    assert [f.stem for f in files] == ["nk-russia-alliance", "nk-russia-pact"]
    for path in files:
        result = check_file(path)
        assert result.errors == [] and result.deck is not None
        assert result.deck.source is not None
        assert (path.parent / result.deck.source.path).is_file()  # type: ignore[operator]


def test_first_use_imports_them_and_a_second_run_changes_nothing(store: Store) -> None:
    reports = import_bundled(store)
    assert {r.deck_slug for r in reports} == {"nk-russia-pact", "nk-russia-alliance"}
    assert all(r.added > 0 for r in reports)
    item = store.next_items(deck="nk-russia-pact")[0]
    store.review(item.item_id, Rating.Good)
    again = import_bundled(store)
    assert all(r.added == r.updated == r.retired == 0 for r in again)
    assert store.item(item.item_id).state.reps == 1
    assert store.item(item.item_id).source_path  # the article, for "show the paragraph"
