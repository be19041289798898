"""Read a file the user named: a regular file only, and never more than a limit.

A FIFO would block ``read()`` forever and ``/dev/zero`` never ends, so the file is opened
without blocking and checked with ``fstat`` on the open descriptor (no race with a rename)
before anything is read; at most ``limit + 1`` bytes are ever read, even if the file grows.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = ["MAX_DECK_BYTES", "MAX_FILE_BYTES", "UserFileError", "read_user_file"]

MAX_FILE_BYTES = 16 * 1024 * 1024  # decks, tables and articles: far above any real one
# A deck in the layout quizapp writes may be larger (quizapp.deck.limits): its reader's memory
# grows with the deck, not many times faster.
MAX_DECK_BYTES = 128 * 1024 * 1024


class UserFileError(OSError):
    """A file that cannot be read or written as asked; ``str()`` is one line without the path."""


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"


def read_user_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; UserFileError when it is not a readable regular file of at most
    ``limit`` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise UserFileError("no such file") from None
    except IsADirectoryError:
        raise UserFileError("is a folder, not a file") from None
    except OSError as exc:
        raise UserFileError(f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserFileError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UserFileError("is not a regular file (a pipe or a device): give a file")
        if info.st_size > limit:
            raise UserFileError(f"is larger than the {_size(limit)} limit")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            try:
                chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            except OSError as exc:
                if exc.errno == errno.EAGAIN:  # pragma: no cover - regular files never block
                    continue
                raise UserFileError(f"cannot read: {exc.strerror or exc}") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise UserFileError(f"is larger than the {_size(limit)} limit")
        return b"".join(chunks)
    finally:
        os.close(fd)
