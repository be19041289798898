"""Open the store for a command, turning database problems into one-line user errors.

The storage layer (and SQLAlchemy with it) is imported only when a command opens the store,
so commands that need no database start quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from quizapp.cli.context import Options
from quizapp.cli.errors import fail
from quizapp.storage.errors import StorageError

if TYPE_CHECKING:
    from quizapp.storage import Store


def open_for_command(
    options: Options, bundled: bool = True, verify: bool = False, own_profile: bool = True
) -> Store:
    """The store, with the bundled decks present (they are there on first use, as in the app).

    ``verify`` checks the file before anything is written: a command that writes in bulk
    must not add to a damaged database (which reads may not notice). A command about the
    profile's own progress (``own_profile``) refuses an unknown profile rather than making it;
    one that is not (import, the all-profiles CSV) does not look at ``--profile``.
    """
    from quizapp.deck import DeckError
    from quizapp.storage import import_bundled, open_store

    try:
        if own_profile:
            store = open_store(options.db, profile=options.profile, create_profile=False)
        else:
            store = open_store(options.db, create_profile=False)
        if verify:
            store.verify()
        if bundled:
            import_bundled(store)
    except StorageError as exc:
        fail(str(exc))
    except DeckError as exc:  # a broken bundled deck is a bug, but say where it is
        fail(f"bundled deck: {exc}")
    return store


T = TypeVar("T")


def query(options: Options, action: Callable[[Store], T]) -> tuple[Store, T]:
    """Open the store and run one read on it, a database failure ending the command."""
    store = open_for_command(options)
    try:
        return store, action(store)
    except StorageError as exc:
        fail(str(exc))
