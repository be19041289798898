"""Reading and writing the user's files: only regular files read, within a size limit; nothing
replaced that quizapp did not write, and nothing half written."""

from quizapp.userfiles.reading import (
    MAX_DECK_BYTES,
    MAX_FILE_BYTES,
    UserFileError,
    read_user_file,
)
from quizapp.userfiles.writing import (
    PendingWrite,
    WriteBatch,
    is_unedited_stamp,
    prepare_write,
    stamped,
    write_user_file,
)

__all__ = [
    "MAX_DECK_BYTES",
    "MAX_FILE_BYTES",
    "PendingWrite",
    "UserFileError",
    "WriteBatch",
    "is_unedited_stamp",
    "prepare_write",
    "read_user_file",
    "stamped",
    "write_user_file",
]
