"""`e` in review and Browse, the bundled-deck copy, undo of an edit, and deleting a deck, driven
through the real app: what the screen shows, what the deck file and the database hold."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static, TextArea

from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store, bundled_decks_dir, import_bundled, open_store
from quizapp.storage.card_edit import deck_file, user_decks_dir
from quizapp.tui.app import QuizApp, build_app
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.choice_dialog import ChoiceDialog
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.review import ReviewScreen
from quizapp.tui.widgets.card_editor import CardEditor

from .conftest import DATA

SIZE = (100, 30)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause(0.05)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def deck_path(tmp_path: Path, store: Store) -> Path:
    """The test deck as the student's own file, imported from there."""
    folder = tmp_path / "mine"
    folder.mkdir()
    for name in ("europe.yaml", "europe.txt"):
        shutil.copy(DATA / name, folder / name)
    path = (folder / "europe.yaml").resolve()
    store.import_deck(load_deck(path), path, folder / "europe.txt")
    return path


def item_id(store: Store, key: str) -> int:
    with store.read() as conn:
        return conn.execute("SELECT id FROM item WHERE key = ?", (key,)).fetchone()[0]


def log_count(store: Store, item: int) -> int:
    with store.read() as conn:
        query = "SELECT count(*) FROM review_log WHERE item_id = ?"
        return conn.execute(query, (item,)).fetchone()[0]


def shown(screen: ReviewScreen, name: str) -> str:
    widget = screen.query_one(f"#{name}", Static)
    return str(widget.visual) if widget.display else ""


def toasts(app: QuizApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def edit_field(pilot: Pilot[None], name: str, text: str) -> None:
    editor = pilot.app.screen
    assert isinstance(editor, CardEditor)
    area = editor.query_one(f"#field-{name}", TextArea)
    area.text = text
    await pilot.press("ctrl+s")
    await settle(pilot)


async def start_review(pilot: Pilot[None]) -> ReviewScreen:
    await settle(pilot)
    await pilot.press("a")  # every deck: France (a typed card) comes first
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def test_edit_before_answering_shows_saves_and_undoes(
    app: QuizApp, store: Store, deck_path: Path
) -> None:
    france = item_id(store, "france-capital")
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_review(pilot)
        assert screen.session.current is not None and screen.session.current.item_id == france
        await pilot.press("e")  # in the answer box, "e" is a letter
        await settle(pilot)
        assert not isinstance(app.screen, CardEditor)
        await pilot.press("backspace", "escape", "e")  # leave the box; now e edits
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        await edit_field(pilot, "question", "Which city is the capital of France?")
        assert app.screen is screen
        assert "Which city is the capital of France?" in shown(screen, "front")
        assert any("Saved to" in t and "u undoes" in t for t in toasts(app))
        text = deck_path.read_text(encoding="utf-8")
        assert "question: Which city is the capital of France?" in text
        assert "- id: france-capital" in text
        assert store.item(france).card.question == "Which city is the capital of France?"  # type: ignore[union-attr]
        # u takes the edit back: the old text in the file, the database and on screen (the
        # answer box has the focus again: esc first, as for every key of a typed card).
        await pilot.press("escape", "u")
        await settle(pilot)
        assert "What is the capital of France?" in shown(screen, "front")
        assert "question: What is the capital of France?" in deck_path.read_text(encoding="utf-8")
        assert store.item(france).card.question == "What is the capital of France?"  # type: ignore[union-attr]


async def test_edit_after_answering_shows_the_new_answer_and_grading_goes_on(
    app: QuizApp, store: Store, deck_path: Path
) -> None:
    france = item_id(store, "france-capital")
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_review(pilot)
        await pilot.press("enter")  # empty: show the answer
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await edit_field(pilot, "answer", "Paris, on the Seine")
        assert "Paris, on the Seine" in shown(screen, "answer")
        assert "answer: Paris, on the Seine" in deck_path.read_text(encoding="utf-8")
        await pilot.press("3")  # Good: the grade goes to the same card
        await settle(pilot)
    assert store.item(france).state.reps == 1 and log_count(store, france) == 1


async def test_browse_edit_keeps_the_progress(app: QuizApp, store: Store, deck_path: Path) -> None:
    rome = item_id(store, "rome-founder")
    store.review(rome, Rating.Good)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await pilot.pause(0.3)
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await pilot.press("down")  # into the list
        table = browse.query_one(DataTable)
        table.move_cursor(row=table.get_row_index(str(rome)))
        await pilot.press("e")
        await settle(pilot)
        await edit_field(pilot, "question", "Who founded Rome, as the legend tells it?")
        await pilot.pause(0.3)
        await settle(pilot)
        cells = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "Who founded Rome, as the legend tells it?" in cells
    text = deck_path.read_text(encoding="utf-8")
    assert "- id: rome-founder" in text and "legend tells it" in text
    item = store.item(rome)
    assert item.item_id == rome and item.state.reps == 1 and log_count(store, rome) == 1


async def test_a_read_only_deck_file_is_refused_with_one_line(
    app: QuizApp, store: Store, deck_path: Path
) -> None:
    before = deck_path.read_bytes()
    os.chmod(deck_path, 0o444)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await start_review(pilot)
            await pilot.press("escape", "e")
            await settle(pilot)
            assert app.screen is screen  # no editor: nothing to type in vain
            refusals = [t for t in toasts(app) if t.startswith("Not edited")]
            assert len(refusals) == 1 and "read-only" in refusals[0]
            assert "\n" not in refusals[0]
    finally:
        os.chmod(deck_path, 0o644)
    assert deck_path.read_bytes() == before
    assert not [p for p in deck_path.parent.iterdir() if p.suffix == ".tmp"]


@pytest.fixture
def bundled_store(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = open_store(tmp_path / "bundled.db", profile="ada", clock=clock)
    store.fuzz = False
    import_bundled(store)
    yield store
    store.close()


async def test_a_bundled_deck_is_copied_first_then_the_copy_is_edited(
    bundled_store: Store, clock: FrozenClock
) -> None:
    store = bundled_store
    slug = "nk-russia-pact"
    bundled_file = bundled_decks_dir() / f"{slug}.yaml"
    original = bundled_file.read_bytes()
    first = store.next_items(deck=slug)[0]
    store.review(first.item_id, Rating.Again)
    app = build_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one(DataTable).move_cursor(row=home.targets.index((slug, None)))
        await pilot.press("b")
        await pilot.pause(0.3)
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await pilot.press("down")
        table = browse.query_one(DataTable)
        table.move_cursor(row=table.get_row_index(str(first.item_id)))
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        body = str(dialog.query_one("#choice-body", Static).visual)
        assert "ships with quizapp" in body and str(user_decks_dir(store)) in body
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        assert any("Copied to" in t for t in toasts(app))
        editor = app.screen
        first_field = str(next(iter(editor.query(TextArea))).id).removeprefix("field-")
        # A cloze's text must keep its gap, or the editor rightly refuses to save it.
        edited = "Edited in my {{c1::copy}}." if first_field == "text" else "Edited in my copy."
        await edit_field(pilot, first_field, edited)
    copy = deck_file(store, slug)
    assert copy is not None and copy.parent == user_decks_dir(store)
    assert edited in copy.read_text(encoding="utf-8")
    assert bundled_file.read_bytes() == original
    assert store.item(first.item_id).state.reps == 1 and log_count(store, first.item_id) == 1
    # The next launch keeps the copy: the bundled file is not imported over it.
    import_bundled(store)
    assert deck_file(store, slug) == copy
    assert "Edited in my" in str(store.item(first.item_id).card)


async def test_delete_a_deck_from_home_it_stays_deleted_and_its_log_stays(
    tmp_path: Path, bundled_store: Store, clock: FrozenClock
) -> None:
    store = bundled_store
    slug = "nk-russia-pact"
    first = store.next_items(deck=slug)[0]
    store.review(first.item_id, Rating.Good)
    app = build_app(store, clock=clock, startup=import_bundled)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        row = next(i for i, t in enumerate(home.targets) if t == (slug, None))
        home.query_one(DataTable).move_cursor(row=row)
        await pilot.press("d")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        title = str(dialog.query_one(".dialog-title", Static).visual)
        body = str(dialog.query_one("#choice-body", Static).visual)
        cards = len([s for s in store.browse(f"deck:{slug}", limit=1000)])
        assert "North Korea and Russia: the defense pact" in title
        assert f"{cards} cards, 1 answer in the review log" in body
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is home
        assert slug not in {t[0] for t in home.targets}
        assert any("progress kept" in t for t in toasts(app))
    store.close()
    # The next launch: the bundled deck does not come back; its answers are still logged.
    again = open_store(tmp_path / "bundled.db", profile="ada", clock=clock)
    app = build_app(again, clock=clock, startup=import_bundled)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert slug not in {t[0] for t in home.targets}
        assert "nk-russia-alliance" in {t[0] for t in home.targets}
    assert log_count(again, first.item_id) == 1
    again.close()


async def test_delete_with_progress_deletes_the_log_too(
    app: QuizApp, store: Store, deck_path: Path
) -> None:
    rome = item_id(store, "rome-founder")
    store.review(rome, Rating.Good)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("p")
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.targets == []
    with store.read() as conn:
        assert conn.execute("SELECT count(*) FROM review_log").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM deck").fetchone()[0] == 0
    assert deck_path.exists()


def test_snapshot_delete_dialog(app: QuizApp, store: Store, snap_compare) -> None:  # type: ignore[no-untyped-def]
    store.review(item_id(store, "rome-founder"), Rating.Good)

    async def dialog_open(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=dialog_open)


async def test_buried_and_flagged_show_in_browse_and_card_info(app: QuizApp, store: Store) -> None:
    from quizapp.tui.screens.card_info import CardInfoScreen

    rome = item_id(store, "rome-founder")
    store.bury(rome)
    store.set_flagged(rome, True, "legend, not fact")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await pilot.pause(0.3)
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await pilot.press("down")
        table = browse.query_one(DataTable)
        row = table.get_row_index(str(rome))
        cells = table.get_row_at(row)
        assert str(cells[3]) == "buried" and str(cells[4]) == "⚑"
        table.move_cursor(row=row)
        await pilot.press("i")
        await settle(pilot)
        info = app.screen
        assert isinstance(info, CardInfoScreen)
        state = str(info.query_one("#info-state", Static).visual)
        assert "buried" in state and "flagged" in state


async def test_markup_typed_into_a_field_reads_as_written(
    app: QuizApp, store: Store, deck_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_review(pilot)
        await pilot.press("escape", "e")
        await settle(pilot)
        await edit_field(pilot, "question", "[bold red]Capital[/] of [link=x]France[/link]?")
        assert "[bold red]Capital[/] of [link=x]France[/link]?" in shown(screen, "front")
    back = load_deck(deck_path).cards()[0][1]
    assert back.question == "[bold red]Capital[/] of [link=x]France[/link]?"  # type: ignore[union-attr]
