"""The decks that ship with quizapp, imported on first launch (and refreshed when they change)."""

from __future__ import annotations

from pathlib import Path

from quizapp.deck import DeckError
from quizapp.storage.deck_files import read_deck_file
from quizapp.storage.store import Store
from quizapp.storage.views import ImportReport


def bundled_decks_dir() -> Path:
    """Inside an installed wheel the decks ship as package data; in a checkout, in decks/."""
    # The package's own folder, as importlib.resources.files("quizapp") gives for an installed
    # package, without loading importlib.resources (and zipfile) on every launch.
    packaged = Path(__file__).resolve().parents[1] / "bundled_decks"
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
    """Import the bundled decks; a file unchanged since it was last imported is not read."""
    batch = []
    digests: dict[str, str | None] = {}
    unchanged = []
    from quizapp.storage.deck_removal import skipped_bundled

    skipped = skipped_bundled(store)  # removed by the student, or copied to be edited
    for path in sorted(bundled_decks_dir().glob("*.yaml")):
        if path.name in skipped:
            continue
        found = read_deck_file(path, store)
        if found.unchanged is not None:
            unchanged.append(found.unchanged)
            continue
        assert found.result is not None
        deck = found.result.deck
        if deck is None:
            raise DeckError(found.result.problems)
        source = deck_source_path(path, deck.source.path if deck.source else None)
        batch.append((deck, found.path, source))
        digests[deck.id] = found.digest if found.clean else None
    if not batch:
        return store.unchanged_reports(unchanged)  # nothing to write: no write transaction
    return store.import_many(batch, digests, unchanged)
