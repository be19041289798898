"""The storage layer's one user-facing error, importable without loading SQLAlchemy."""

from __future__ import annotations


class StorageError(Exception):
    """A database problem the user can act on (locked, corrupt, unreadable, too new)."""
