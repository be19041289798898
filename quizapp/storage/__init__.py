"""Progress storage: SQLite through the standard library, migrations, and the Store facade.

The names below are loaded on first use (PEP 562), so a light module such as
``quizapp.storage.views`` or ``quizapp.storage.errors`` can be imported without opening
anything: commands that need no database stay quick to start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.storage.bundled import bundled_decks_dir, deck_source_path, import_bundled
    from quizapp.storage.db import default_db_path, resolve_db_path
    from quizapp.storage.errors import StorageError
    from quizapp.storage.report_views import (
        BrowseRow,
        ProgressRow,
        QuizRecord,
        SectionMastery,
        Stats,
    )
    from quizapp.storage.store import Store, open_store
    from quizapp.storage.views import (
        Counts,
        DeckSummary,
        ImportReport,
        ReviewOutcome,
        SectionSummary,
        StudyItem,
    )

_HOMES = {
    "bundled": ("bundled_decks_dir", "deck_source_path", "import_bundled"),
    "db": ("default_db_path", "resolve_db_path"),
    "errors": ("StorageError",),
    "store": ("Store", "open_store"),
    "views": (
        "Counts",
        "DeckSummary",
        "ImportReport",
        "ReviewOutcome",
        "SectionSummary",
        "StudyItem",
    ),
    "report_views": (
        "BrowseRow",
        "ProgressRow",
        "QuizRecord",
        "SectionMastery",
        "Stats",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "BrowseRow",
    "Counts",
    "DeckSummary",
    "ImportReport",
    "ProgressRow",
    "QuizRecord",
    "ReviewOutcome",
    "SectionMastery",
    "SectionSummary",
    "Stats",
    "StorageError",
    "Store",
    "StudyItem",
    "bundled_decks_dir",
    "deck_source_path",
    "default_db_path",
    "import_bundled",
    "open_store",
    "resolve_db_path",
]
assert sorted(_MODULE_OF) == __all__


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"quizapp.storage.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
