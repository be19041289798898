"""`quizapp` with no command: open the study app on the user's database."""

from __future__ import annotations

from quizapp.cli.context import Options
from quizapp.cli.errors import fail
from quizapp.storage import StorageError, import_bundled, open_store

__all__ = ["launch_app"]


def launch_app(options: Options) -> None:
    """Open the store, then run the app; the bundled decks are imported by its first worker,
    so the window appears before they are parsed."""
    try:
        # The study app is where progress is written, so it is what makes a new profile.
        store = open_store(options.db, profile=options.profile, create_profile=True)
    except StorageError as error:
        fail(str(error))
    # Imported here, not at module level, so `quizapp --help` and the other commands stay quick.
    from quizapp.tui.app import build_app
    from quizapp.userconfig import UserConfig

    try:
        build_app(store, startup=import_bundled, config=UserConfig.load()).run()
    finally:
        store.close()
