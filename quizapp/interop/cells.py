"""Spreadsheet cells that stay text: no cell of an exported CSV starts a formula.

A spreadsheet runs a cell starting with ``= + - @`` (or a tab or CR, which some strip first)
as a formula, so a flag note or a profile name such as ``=HYPERLINK(...)`` would run on the
teacher's machine. As OWASP recommends, such a cell gets a leading single quote, which
spreadsheets show as text. Anki's HTML fields get an HTML entity for that first character
instead: Anki (and quizapp reading the file back) shows the character itself.
"""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "html_safe", "spreadsheet_safe"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet reads it as text (a quote in front of a formula start)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def html_safe(field: str) -> str:
    """An HTML field whose first character cannot start a formula (written as an entity)."""
    if field.startswith(FORMULA_STARTS):
        return f"&#{ord(field[0])};{field[1:]}"
    return field
