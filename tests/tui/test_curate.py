"""Curating a generated deck in the screen, as a teacher would: accept, swap, drop, edit, write;
then the article is edited and only the new and changed cards are asked about."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from textual.widgets import Input, TextArea

from quizapp.curation.drafts import load_drafts
from quizapp.deck import dumps, load_deck
from quizapp.deck.model import Deck, Section
from quizapp.generate import generate_deck
from quizapp.scheduling import FrozenClock
from quizapp.storage import Store, import_bundled
from quizapp.tui.app import build_app
from quizapp.tui.curate_app import CurateApp
from quizapp.tui.screens.curate import CurateScreen
from quizapp.tui.screens.curate_open import open_curation
from quizapp.tui.widgets.card_editor import CardEditor
from quizapp.userfiles import stamped
from tests.curation.articles import CHANGED, LAKES, LAKES_EDITED, VANISHED, write_article

SIZE = (80, 24)


def _shown(app: CurateApp) -> str:
    """The text of the card pane and the status line, as on screen."""
    screen = app.screen
    assert isinstance(screen, CurateScreen)
    status = str(screen.query_one("#status").render())
    return status + "\n" + str(screen.query_one("#card").render())


async def _curate(folder: Path, keys: list[str]) -> CurateApp:
    drafts = load_drafts(folder / "lakes.txt")
    app = CurateApp(drafts)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    return app


async def test_curating_to_the_end_writes_the_accepted_cards(tmp_path: Path) -> None:
    write_article(tmp_path)
    generated = generate_deck(LAKES, article_path="lakes.txt")
    cards = [card for _, card in generated.deck.cards()]
    assert len(cards) >= 5 and generated.alternatives[cards[1].id]
    app = CurateApp(load_drafts(tmp_path / "lakes.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # 1 accepted, 2 swapped for its next-best then accepted, 3 dropped, 4 edited.
        await pilot.press("a", "s", "a", "d", "e")
        await pilot.pause()
        assert isinstance(app.screen, CardEditor)
        first = app.screen.query_one(".-textual-compact")
        name = (first.id or "").removeprefix("field-")
        if isinstance(first, TextArea):
            first.text = first.text + " (edited)"
        else:
            assert isinstance(first, Input)
            first.value = first.value + " (edited)"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CurateScreen)
        for _ in cards[4:]:  # the rest accepted
            await pilot.press("a")
            await pilot.pause()
        await pilot.press("w", "escape")
        await pilot.pause()
    assert app.return_value is not None and app.return_value.written == len(cards) - 1

    swapped = dataclasses.replace(generated.alternatives[cards[1].id][0], id=cards[1].id)
    edited = dataclasses.replace(cards[3], **{name: getattr(cards[3], name) + " (edited)"})
    kept = {cards[0].id: cards[0], cards[1].id: swapped, cards[3].id: edited}
    kept |= {c.id: c for c in cards[4:]}
    expected = Deck(
        id=generated.deck.id,
        title=generated.deck.title,
        source=generated.deck.source,
        sections=tuple(
            Section(
                id=s.id, title=s.title, cards=tuple(kept[c.id] for c in s.cards if c.id in kept)
            )
            for s in generated.deck.sections
            if any(c.id in kept for c in s.cards)
        ),
    )
    assert load_deck(tmp_path / "lakes.yaml") == expected
    decisions = json.loads((tmp_path / "lakes.curation.json").read_text())["cards"]
    verdicts = [decisions[c.id]["decision"] for c in cards[:4]]
    assert verdicts == ["accepted", "accepted", "dropped", "edited"]


async def test_leaving_half_way_keeps_the_decisions(tmp_path: Path) -> None:
    write_article(tmp_path)
    app = await _curate(tmp_path, ["a", "d", "escape"])
    assert not (tmp_path / "lakes.yaml").exists()  # never written: w was not pressed
    assert app.return_value is not None and app.return_value.decided == 2
    drafts = load_drafts(tmp_path / "lakes.txt")
    assert [d.status.value for d in drafts.drafts[:3]] == ["decided", "decided", "new"]


async def test_after_an_article_edit_only_new_and_changed_cards_are_asked(tmp_path: Path) -> None:
    write_article(tmp_path)
    first = generate_deck(LAKES, article_path="lakes.txt")
    accepted = len(first.deck.cards())
    await _curate(tmp_path, ["a"] * accepted + ["w", "escape"])
    before = {c.source: c.id for _, c in first.deck.cards()}

    write_article(tmp_path, LAKES_EDITED)
    second = generate_deck(LAKES_EDITED, article_path="lakes.txt")
    fresh = [c.source for _, c in second.deck.cards() if c.source not in before]
    # Gone from the article: the sentence removed, not the one edited (a changed card).
    vanished = [s for s in before if s not in LAKES_EDITED and not s.startswith(CHANGED)]
    assert any(s.startswith(CHANGED[:30]) for s in fresh)
    assert [s for s in vanished if s.startswith(VANISHED)] == vanished != []

    drafts = load_drafts(tmp_path / "lakes.txt")
    app = CurateApp(drafts)
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        while app.screen.curation.current is not None:  # type: ignore[attr-defined]
            seen.append(_shown(app))
            await pilot.press("a")
            await pilot.pause()
        await pilot.press("w", "escape")
        await pilot.pause()
    # Asked: each card from a new or edited sentence, and the one whose sentence is gone.
    assert len(seen) == len(fresh) + len(vanished)
    changed_screen = next(s for s in seen if "900 tonnes" in s)
    assert "source changed — review" in changed_screen
    assert any("source vanished — review" in s for s in seen)
    # The card from the edited sentence kept its id, so its progress stays with it.
    written = {c.source: c.id for _, c in load_deck(tmp_path / "lakes.yaml").cards()}
    changed_id = next(i for s, i in before.items() if s.startswith(CHANGED))
    assert written[CHANGED.replace("800", "900") + ", mostly whitefish and perch."] == changed_id


async def test_u_on_home_curates_the_selected_deck_and_imports_it_again(
    tmp_path: Path, store: Store, clock: FrozenClock
) -> None:
    article = write_article(tmp_path)
    deck_path = tmp_path / "lakes.yaml"
    deck = generate_deck(LAKES, article_path="lakes.txt").deck
    deck_path.write_text(stamped(dumps(deck)), encoding="utf-8")  # as `generate` writes it
    store.import_deck(deck, deck_path.resolve(), article)
    cards = [c for _, c in deck.cards()]
    app = build_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        row = next(i for i, t in enumerate(home.targets) if t == (deck.id, None))  # type: ignore[attr-defined]
        home.query_one("#decks").move_cursor(row=row)  # type: ignore[attr-defined]
        await pilot.press("u")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CurateScreen)
        await pilot.press("d", *["a"] * (len(cards) - 1), "w", "escape")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is home
    keys = {r.card.split("#")[0] for r in store.progress_rows(deck.id)}
    assert keys == {c.id for c in cards[1:]}  # the dropped card left the study queue


async def test_a_bundled_deck_is_not_curated_in_place(store: Store, clock: FrozenClock) -> None:
    (report, *_) = import_bundled(store)
    app = build_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        row = home.targets.index((report.deck_slug, None))  # type: ignore[attr-defined]
        home.query_one("#decks").move_cursor(row=row)  # type: ignore[attr-defined]
        await pilot.press("u")
        await pilot.pause()
        assert app.screen is home  # said why in a toast, and stayed


async def test_open_curation_at_one_card(tmp_path: Path, store: Store, clock: FrozenClock) -> None:
    """The entry the item report uses: a deck of the database by id, opened at one card."""
    article = write_article(tmp_path)
    deck_path = tmp_path / "lakes.yaml"
    deck = generate_deck(LAKES, article_path="lakes.txt").deck
    deck_path.write_text(stamped(dumps(deck)), encoding="utf-8")
    store.import_deck(deck, deck_path.resolve(), article)
    third = deck.cards()[2][1]
    app = build_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        assert open_curation(app, deck.id, card_id=third.id)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CurateScreen) and screen.curation is not None
        assert screen.curation.current is not None and screen.curation.current.slot == third.id
        assert "card 3 of" in str(screen.query_one("#status").render())
        assert not open_curation(app, "no-such-deck")
