"""Write a user's file: never over one quizapp did not write, never through a link, and never
half written.

Replacing a file is refused (unless ``force``) when it exists and is not one quizapp wrote:
each writer says how to recognise its own files (``ours``). Text formats carry a stamp, a
first line holding a digest of the rest, so a file edited since it was written counts as the
user's. The new content goes to a fresh temporary file in the same folder, created with
``O_EXCL | O_NOFOLLOW`` (a planted file or link is never written through), flushed to disk,
then moved over the target with ``os.replace``: readers see the old file or the new one.

Writing in two steps (``prepare_write`` then ``commit``) lets a command finish every check and
its database write before any file changes; a failure in between leaves the old files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.userfiles.reading import UserFileError, read_user_file

__all__ = [
    "PendingWrite",
    "WriteBatch",
    "is_unedited_stamp",
    "prepare_write",
    "stamped",
    "write_user_file",
]

Recognise = Callable[[bytes], bool]
STAMP_KEY = "#quizapp written:"
_EXISTING_LIMIT = 64 * 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:32]


def stamped(text: str) -> str:
    """``text`` with quizapp's stamp among its leading ``#`` lines.

    The stamp reads as a YAML comment and as an Anki text header, so it suits both formats;
    it goes after the lines already there (a YAML modeline, Anki's headers), which keeps
    their place, and its digest covers the whole text without it.
    """
    lines = text.split("\n")
    at = 0
    while at < len(lines) - 1 and lines[at].startswith("#"):
        at += 1
    digest = _digest(text.encode("utf-8"))
    stamp = f"{STAMP_KEY}{digest} (quizapp replaces this file only while it is unedited)"
    return "\n".join([*lines[:at], stamp, *lines[at:]])


def is_unedited_stamp(data: bytes) -> bool:
    """True when ``data`` holds quizapp's stamp and the rest is what the stamp names."""
    prefix = STAMP_KEY.encode()
    lines = data.split(b"\n")
    for index, line in enumerate(lines[:-1]):
        if not line.startswith(b"#"):
            return False
        if line.startswith(prefix):
            digest = line[len(prefix) :].split(b" ", 1)[0].decode("ascii", "replace")
            rest = b"\n".join(lines[:index] + lines[index + 1 :])
            return digest == _digest(rest)
    return False


def _refusal(path: Path, force: bool, ours: Recognise | None) -> str | None:
    """Why ``path`` must not be replaced, or None when it may be."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot write: {exc.strerror or exc}"
    if stat.S_ISDIR(info.st_mode):
        return "is a folder; give a file name"
    if stat.S_ISLNK(info.st_mode):
        # os.replace puts a file in the link's place, never writes where the link points.
        return None if force else "is a symbolic link; quizapp does not write through links"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file (a pipe or a device); quizapp writes only files"
    if force:
        return None
    try:
        existing = read_user_file(path, _EXISTING_LIMIT)
    except UserFileError:
        existing = None
    if existing is not None and ours is not None and ours(existing):
        return None
    return (
        "exists and quizapp did not write it (or it was edited since); "
        "use --force to replace it, or write elsewhere"
    )


def _temporary(folder: Path, name: str) -> tuple[int, Path]:
    for _ in range(100):
        tmp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
        except FileExistsError:
            continue
        return fd, tmp
    raise FileExistsError(f"no free temporary name in {folder}")  # pragma: no cover


@dataclass
class PendingWrite:
    """New content, complete and on disk beside its target, waiting to replace it."""

    target: Path
    tmp: Path
    done: bool = field(default=False)

    def commit(self) -> None:
        try:
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            raise UserFileError(f"cannot write: {exc.strerror or exc}") from None
        self.done = True
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        if not self.done:
            with contextlib.suppress(FileNotFoundError):
                self.tmp.unlink()
            self.done = True


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder is; not every system can open a folder.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | _CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def prepare_write(
    path: Path,
    content: bytes | str | Callable[[Path], None],
    *,
    force: bool = False,
    ours: Recognise | None = None,
) -> PendingWrite:
    """Check that ``path`` may be replaced and write the new content beside it.

    ``content`` is the bytes, text (written as UTF-8, line endings as given), or a function
    that writes the temporary file it is given (for libraries that write files by name).
    UserFileError (one line, without the path) when the file may not or cannot be written.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserFileError(f"the folder {folder} does not exist")
    reason = _refusal(path, force, ours)
    if reason is not None:
        raise UserFileError(reason)
    try:
        fd, tmp = _temporary(folder, path.name)
    except OSError as exc:
        raise UserFileError(f"cannot write: {exc.strerror or exc}") from None
    try:
        if callable(content):
            os.close(fd)
            fd = -1
            content(tmp)
            fd = os.open(tmp, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        os.fsync(fd)
    except OSError as exc:
        _close_and_remove(fd, tmp)
        raise UserFileError(f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _close_and_remove(fd, tmp)
        raise
    os.close(fd)
    return PendingWrite(path, tmp)


def _close_and_remove(fd: int, tmp: Path) -> None:
    if fd >= 0:
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()


def write_user_file(
    path: Path,
    content: bytes | str | Callable[[Path], None],
    *,
    force: bool = False,
    ours: Recognise | None = None,
) -> None:
    """Check, write and move into place in one go (see :func:`prepare_write`)."""
    prepare_write(path, content, force=force, ours=ours).commit()


class WriteBatch:
    """Files written together after the work they depend on: prepared first (every check and
    every byte on disk), moved into place only when the ``with`` block succeeds."""

    def __init__(self) -> None:
        self.pending: list[PendingWrite] = []

    def add(self, pending: PendingWrite) -> None:
        self.pending.append(pending)

    @contextlib.contextmanager
    def committing(self) -> Iterator[WriteBatch]:
        try:
            yield self
        except BaseException:
            for pending in self.pending:
                pending.discard()
            raise
        for pending in self.pending:
            pending.commit()
