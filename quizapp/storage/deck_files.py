"""Reading a deck file for import: skipped entirely when its bytes are the ones last imported.

The deck loader is imported only for a file that has to be read, so refreshing the bundled
decks at start-up costs a hash of two files when they are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.deck.problems import Problem
from quizapp.storage.importer import file_digest
from quizapp.storage.store import Store
from quizapp.userfiles import MAX_DECK_BYTES, UserFileError, read_user_file

if TYPE_CHECKING:
    from quizapp.deck.load import CheckResult


@dataclass(frozen=True)
class DeckFile:
    path: Path  # resolved
    digest: str | None  # None when the file could not be read
    unchanged: str | None  # the deck id, when these exact bytes were imported from this path
    result: CheckResult | None  # the checked deck; None when unchanged

    @property
    def clean(self) -> bool:
        """Imported without a warning to repeat next time: the digest may be stored."""
        return self.result is not None and not self.result.problems


def read_deck_file(path: Path, store: Store | None) -> DeckFile:
    """Check ``path`` unless ``store`` already holds exactly these bytes from it."""
    resolved = path.resolve()
    try:
        data = read_user_file(path, MAX_DECK_BYTES)
    except UserFileError as exc:
        from quizapp.deck.load import CheckResult

        return DeckFile(
            resolved, None, None, CheckResult(None, [Problem(str(path), None, None, str(exc))])
        )
    digest = file_digest(data)
    if store is not None:
        slug = store.known_file(resolved, digest)
        if slug is not None:
            return DeckFile(resolved, digest, slug, None)
    from quizapp.deck.load import check_bytes

    return DeckFile(resolved, digest, None, check_bytes(data, path))
