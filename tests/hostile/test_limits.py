"""What a deck may be: every limit is checked by `check`, one line naming FILE:LINE:COL."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from quizapp.deck import check_text, load_deck
from quizapp.deck.limits import MAX_FIELD_CHARS
from tests.conftest import SAMPLE_DECK

from .cli import cli, one_error_line

HEAD = "version: 1\nid: x\ntitle: T\n"


def alias_bomb(levels: int = 9) -> str:
    """The "billion laughs": nine anchors, each a list of nine aliases of the one before."""
    lines = ['  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi"[: levels - 1]:
        lines.append(f"  {name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    cards = f"      - question: q\n        answer: a\n        tags: *{previous}\n"
    return "x:\n" + "\n".join(lines) + "\n" + HEAD + "sections:\n  - title: s\n    cards:\n" + cards


def test_alias_bomb_is_refused_at_once_in_little_memory(tmp_path: Path) -> None:
    text = alias_bomb()
    assert len(text) < 9_000
    tracemalloc.start()
    try:
        result = check_text(text, "bomb.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # the expanded document would be billions of values
    [problem] = result.problems
    assert (problem.line, problem.column) == (10, 6)  # the anchor the tags alias expands
    assert "aliases (*name) repeat this value" in problem.message
    path = tmp_path / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}:10:6: aliases")


def test_an_alias_inside_its_own_value_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text(HEAD + "sections: &s [*s]\n", encoding="utf-8")
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}:4:") and "never ends" in line


def test_modest_aliases_are_still_fine() -> None:
    text = SAMPLE_DECK.replace("settings: {new_per_day: 5}", "settings: &s {new_per_day: 5}")
    text = text.replace("accept: [paris]", "accept: &acc [paris]", 1)
    assert check_text(text + "x: *s\n").problems[0].message.startswith("unknown key 'x'")


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("learning_steps: [1, 5000000000]", "a step of learning_steps is 5,000,000,000 minutes"),
        ("relearning_steps: [600000]", "a step of relearning_steps is 600,000 minutes"),
        ("new_per_day: 100000000000000000000000", "new_per_day must be between 0 and 100,000"),
    ],
)
def test_settings_that_reach_a_date_are_bounded(tmp_path: Path, setting: str, message: str) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(
        SAMPLE_DECK.replace("settings: {new_per_day: 5}", f"settings: {{{setting}}}"),
        encoding="utf-8",
    )
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}:4:") and message in line


def test_a_field_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text(
        SAMPLE_DECK.replace("answer: Green", "answer: " + "g" * (MAX_FIELD_CHARS + 1)),
        encoding="utf-8",
    )
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}:18:72: the answer") and "10,001 characters long" in line


def test_more_cards_than_the_limit_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quizapp.deck.validate.MAX_CARDS", 4)
    path = tmp_path / "many.yaml"
    path.write_text(SAMPLE_DECK, encoding="utf-8")
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}:18:9: the deck has more than 4 cards")


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)  # sparse: large without taking the disk
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}: is larger than the 16 MB limit")


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
@pytest.mark.parametrize("command", ["check", "import"])
def test_only_regular_files_are_read(tmp_path: Path, kind: str, command: str) -> None:
    if kind == "fifo":
        path = tmp_path / "deck.yaml"
        os.mkfifo(path)  # reading it would wait forever for a writer
        reason = "is not a regular file"
    elif kind == "device":
        path = Path("/dev/zero")  # reading it would never end
        reason = "is not a regular file"
    else:
        path = tmp_path / "decks.yaml"
        path.mkdir()
        reason = "is a folder"
    line = one_error_line(cli(command, path, db=tmp_path / "q.db"))
    assert line.startswith(f"{path}: {reason}")


def test_generate_reads_only_regular_files(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    line = one_error_line(cli("generate", fifo))
    assert line == f"quizapp: {fifo}: is not a regular file (a pipe or a device): give a file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_a_control_character_is_one_line_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.yaml"
    path.write_text(SAMPLE_DECK.replace("Capital of France?", "Capital\x1b of France?"), "utf-8")
    line = one_error_line(cli("check", path))
    assert line.startswith(f"{path}:9:48: the control character U+001B is not allowed")
    assert "\x1b" not in line


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_do_not_shift_line_numbers(
    tmp_path: Path, separator: str
) -> None:
    # In a quoted text the separator is part of the text; an editor shows it within line 9.
    text = SAMPLE_DECK.replace("Capital of France?", f'"Capital{separator}of France?"')
    text = text.replace("id: snow, type: qa", "id: snow, type: qaa")
    path = tmp_path / "sep.yaml"
    path.write_text(text, encoding="utf-8")
    line = one_error_line(cli("check", path))
    # The misspelt type, where an editor shows it (PyYAML alone would say line 20).
    assert line.startswith(f"{path}:19:26: unknown card type 'qaa' (did you mean 'qa'?)")


def test_a_deck_at_the_limits_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "edge.yaml"
    text = SAMPLE_DECK.replace("settings: {new_per_day: 5}", "settings: {learning_steps: [525600]}")
    path.write_text(text.replace("answer: Green", "answer: " + "g" * MAX_FIELD_CHARS), "utf-8")
    assert load_deck(path).settings.learning_steps == (525600,)


def test_a_step_stored_before_the_limit_cannot_crash_a_review(tmp_path: Path) -> None:
    from dataclasses import replace

    from quizapp.scheduling import Rating
    from quizapp.storage import open_store

    path = tmp_path / "demo.yaml"
    path.write_text(SAMPLE_DECK, encoding="utf-8")
    deck = load_deck(path)
    old = replace(deck, settings=replace(deck.settings, learning_steps=(5_000_000_000,)))
    store = open_store(tmp_path / "q.db")  # as a database an earlier version filled
    store.import_deck(old, path)
    item = store.next_items("demo")[0]
    for rating in Rating:
        store.review(item.item_id, rating)  # used to raise OverflowError
        store.undo_last_review()
    store.close()
