"""The decks that ship with quizapp, imported on first launch (and refreshed when they change)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from quizapp.deck import load_deck
from quizapp.storage.store import Store
from quizapp.storage.views import ImportReport


def bundled_decks_dir() -> Path:
    """Inside an installed wheel the decks ship as package data; in a checkout, in decks/."""
    packaged = Path(str(files("quizapp"))) / "bundled_decks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "decks"


def deck_source_path(deck_path: Path, source: str | None) -> Path | None:
    """The deck's article, resolved against the deck's folder, which it may not leave (even
    through a symbolic link); None when it is missing, elsewhere, or not a file."""
    if not source:
        return None
    folder = deck_path.parent.resolve()
    candidate = (folder / source).resolve()
    if not candidate.is_relative_to(folder):
        return None
    return candidate if candidate.is_file() else None


def import_bundled(store: Store) -> list[ImportReport]:
    folder = bundled_decks_dir()
    batch = []
    for path in sorted(folder.glob("*.yaml")):
        deck = load_deck(path)
        source = deck_source_path(path, deck.source.path if deck.source else None)
        batch.append((deck, path.resolve(), source))
    return store.import_many(batch) if batch else []
