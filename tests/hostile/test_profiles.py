"""Profiles: a typo is reported, not made; list, rename and delete from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.deck import load_deck
from quizapp.scheduling import Rating
from quizapp.storage import open_store
from quizapp.storage.profiles import UnknownProfile
from tests.conftest import SAMPLE_DECK

from .cli import cli, one_error_line


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database where alice has studied (two reviews and a quiz) and bob has not."""
    path = tmp_path / "q.db"
    deck = tmp_path / "demo.yaml"
    deck.write_text(SAMPLE_DECK, encoding="utf-8")
    store = open_store(path, profile="alice")
    store.import_deck(load_deck(deck), deck)
    first = store.browse()[0].item_id
    store.review(first, Rating.Good)
    store.review(first, Rating.Good)
    store.record_quiz("demo", None, 2, 1, [])
    store.close()
    open_store(path, profile="bob").close()
    return path


def names(db: Path) -> list[str]:
    listed = cli("profiles", db=db)
    assert listed.exit_code == 0, listed.stderr
    return [line.split("  ")[0] for line in listed.stdout.splitlines()]


@pytest.mark.parametrize("command", [["stats"], ["decks"], ["stats", "--json"], ["optimize"]])
def test_read_commands_refuse_an_unknown_profile_and_make_none(
    db: Path, command: list[str]
) -> None:
    line = one_error_line(cli("--profile", "alcie", *command, db=db))
    assert line.startswith(f"quizapp: {db}: no profile 'alcie' (did you mean 'alice'?)")
    assert names(db) == ["alice", "bob", "default"]


def test_an_empty_or_odd_profile_name_is_refused(db: Path) -> None:
    for name, reason in (
        ("", "cannot be empty"),
        (" ", "cannot be empty"),
        ("a\x1b]0;x\x07", "control characters"),
        ("x" * 65, "at most 64"),
    ):
        line = one_error_line(cli("--profile", name, "stats", db=db))
        assert reason in line and "\x1b" not in line
    assert names(db) == ["alice", "bob", "default"]


def test_the_default_profile_needs_no_making(tmp_path: Path) -> None:
    result = cli("stats", db=tmp_path / "fresh.db")
    assert result.exit_code == 0, result.stderr


def test_list_shows_reviews_and_last_study(db: Path) -> None:
    listed = cli("profiles", db=db).stdout.splitlines()
    assert listed[0].startswith("alice  created ") and "2 reviews  last studied 20" in listed[0]
    assert listed[1].startswith("bob  created ") and listed[1].endswith("last studied never")


def test_rename_keeps_the_progress(db: Path) -> None:
    done = cli("profiles", "rename", "alice", "ada", db=db)
    assert done.exit_code == 0 and done.stdout == "renamed profile 'alice' to 'ada'\n"
    assert names(db) == ["ada", "bob", "default"]
    assert '"reviews_today": 2' in cli("--profile", "ada", "stats", "--json", db=db).stdout
    assert "already exists" in one_error_line(cli("profiles", "rename", "ada", "bob", db=db))
    assert "did you mean 'bob'" in one_error_line(cli("profiles", "rename", "bobb", "x", db=db))
    assert "cannot be empty" in one_error_line(cli("profiles", "rename", "ada", "", db=db))


def test_delete_asks_for_yes_then_removes_everything_of_the_profile(db: Path) -> None:
    line = one_error_line(cli("profiles", "delete", "alice", db=db))
    assert line == (
        "quizapp: deleting profile 'alice' loses its 2 reviews and all its progress; "
        "add --yes to delete it"
    )
    assert names(db) == ["alice", "bob", "default"]
    done = cli("profiles", "delete", "alice", "--yes", db=db)
    assert done.exit_code == 0 and done.stdout == "deleted profile 'alice' and its 2 reviews\n"
    assert names(db) == ["bob", "default"]
    again = cli("profiles", "delete", "alice", "--yes", db=db)
    assert "no profile 'alice'" in one_error_line(again)
    with pytest.raises(UnknownProfile):
        open_store(db, profile="alice", create_profile=False)
    # The study app (which writes progress) starts alice afresh.
    store = open_store(db, profile="alice")
    assert store.stats().total_reviews == 0 and store.quiz_history() == []
    store.close()


async def test_the_study_app_says_when_it_makes_a_profile(db: Path) -> None:
    from quizapp.tui.app import build_app

    from .walk import settle

    store = open_store(db, profile="alcie")
    app = build_app(store)
    async with app.run_test(notifications=True) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert messages == ["New profile 'alcie'. Did you mean 'alice'? (quit with ctrl+q)"]
    store.close()
    store = open_store(db, profile="alice")  # an existing one: nothing to say
    assert store.new_profile is None
    store.close()


async def test_a_new_name_like_no_other_is_made_quietly(tmp_path: Path) -> None:
    from quizapp.tui.app import build_app

    from .walk import settle

    store = open_store(tmp_path / "fresh.db", profile="zoe")
    app = build_app(store)
    async with app.run_test(notifications=True) as pilot:
        await settle(pilot)
        assert list(app._notifications) == []
    store.close()
