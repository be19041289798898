"""Interop with Anki and spreadsheets: .apkg export, Anki's text format, Quizlet, progress CSV."""

from quizapp.interop.anki_text import dumps_table, write_table
from quizapp.interop.apkg import build_package, write_apkg
from quizapp.interop.progress_csv import ProgressRow, dumps_progress, write_progress
from quizapp.interop.table_errors import TableError, TableProblem
from quizapp.interop.table_import import TABLE_SUFFIXES, deck_from_table, read_table, table_to_deck

__all__ = [
    "TABLE_SUFFIXES",
    "ProgressRow",
    "TableError",
    "TableProblem",
    "build_package",
    "deck_from_table",
    "dumps_progress",
    "dumps_table",
    "read_table",
    "table_to_deck",
    "write_apkg",
    "write_progress",
    "write_table",
]
