"""Progress storage: SQLModel tables over SQLite, migrations, and the Store facade."""

from quizapp.storage.bundled import bundled_decks_dir, deck_source_path, import_bundled
from quizapp.storage.engine import StorageError, default_db_path, resolve_db_path
from quizapp.storage.store import Store, open_store
from quizapp.storage.views import (
    BrowseRow,
    Counts,
    DeckSummary,
    ImportReport,
    ProgressRow,
    QuizRecord,
    ReviewOutcome,
    SectionMastery,
    SectionSummary,
    Stats,
    StudyItem,
)

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
