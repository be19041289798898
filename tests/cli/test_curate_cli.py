"""Regenerating a deck over an edited article: the cards whose sentence changed or vanished are
named one line each, and every student's progress on them stays in the database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import load_deck
from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import open_store
from tests.curation.articles import CHANGED, LAKES_EDITED, VANISHED, write_article

runner = CliRunner()


def _import(db: Path, deck: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "import", str(deck)])
    assert result.exit_code == 0, result.output


def test_generate_over_an_edited_article_reports_and_keeps_progress(tmp_path: Path) -> None:
    article, deck, db = write_article(tmp_path), tmp_path / "lakes.yaml", tmp_path / "p.db"
    assert runner.invoke(app, ["generate", str(article)]).exit_code == 0
    before = {c.source: c.id for _, c in load_deck(deck).cards()}
    changed_id = next(i for s, i in before.items() if s.startswith(CHANGED))
    vanished_id = next(i for s, i in before.items() if s.startswith(VANISHED))
    _import(db, deck)
    store = open_store(db, clock=FrozenClock(datetime(2026, 3, 2, 10, tzinfo=UTC)))
    for item in store.next_items(limit=50):  # one student answers every card once
        store.review(item.item_id, Rating.Good)
    store.close()

    write_article(tmp_path, LAKES_EDITED)
    result = runner.invoke(app, ["generate", str(article)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{vanished_id}: source sentence vanished: ")
    assert lines[1].startswith(f"{changed_id}: source sentence changed: ")
    assert "800 tonnes" in lines[1] and "900 tonnes" in lines[1]

    after = load_deck(deck)
    assert after.id == load_deck(deck).id
    (changed,) = [c for _, c in after.cards() if c.id == changed_id]
    assert changed.source is not None and "900 tonnes" in changed.source
    _import(db, deck)
    rows = {r.card.split("#")[0]: r for r in open_store(db).progress_rows()}
    assert rows[changed_id].reps == 1  # the edited card kept its review
    assert vanished_id not in rows  # out of the deck; its history stays, retired
    store = open_store(db)
    with store.read() as conn:
        (retired,) = conn.execute(
            "SELECT retired FROM item WHERE card_id = ?", (vanished_id,)
        ).fetchone()
        (reviews,) = conn.execute(
            "SELECT count(*) FROM review_log r JOIN item i ON i.id = r.item_id WHERE i.card_id = ?",
            (vanished_id,),
        ).fetchone()
    assert retired == 1 and reviews == 1


def test_curate_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("version: 1\nid: x\n", encoding="utf-8")
    for name in ("missing.txt", "empty.txt", "bad.yaml", "."):
        result = runner.invoke(app, ["curate", str(tmp_path / name)])
        assert result.exit_code == 2, (name, result.output)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert str(tmp_path / name).rstrip("/.") in result.stderr


def test_generate_over_a_curated_deck_keeps_the_decisions(tmp_path: Path) -> None:
    from quizapp.curation.drafts import load_drafts
    from quizapp.curation.session import Curation

    article, deck = write_article(tmp_path), tmp_path / "lakes.yaml"
    curation = Curation(load_drafts(article))
    dropped = curation.current
    assert dropped is not None
    curation.drop()
    while curation.current is not None:
        curation.accept()
    written = curation.save_deck()
    curated = [c for _, c in load_deck(deck).cards()]
    assert dropped.slot not in [c.id for c in curated]

    result = runner.invoke(app, ["generate", str(article)])  # the article is unchanged
    assert result.exit_code == 0, result.output
    assert "curation decisions applied (1 dropped card left out)" in result.stderr
    again = [c for _, c in load_deck(deck).cards()]
    assert again == curated and len(again) == written
