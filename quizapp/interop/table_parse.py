"""Split a CSV or TSV file into Anki's ``#key:value`` header lines and numbered rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from quizapp.interop.table_errors import TableError, TableProblem

# The names Anki's `#separator:` header accepts, besides the character itself.
SEPARATORS = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}


# The header keys Anki knows, and ours; any other line is data, even if it starts with "#".
HEADER_KEYS = {
    "separator",
    "html",
    "tags",
    "columns",
    "notetype",
    "deck",
    "notetype column",
    "deck column",
    "tags column",
    "guid column",
    "quizapp deck",
    "quizapp written",
}


@dataclass
class Table:
    file: str
    separator: str
    headers: dict[str, str] = field(default_factory=dict)  # keys lower-cased
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (first line, cells)

    @property
    def is_html(self) -> bool:
        return self.headers.get("html", "false").strip().lower() == "true"

    def column(self, key: str) -> int | None:
        """The 0-based index a `#... column:N` header names, if any."""
        value = self.headers.get(key)
        if value is None:
            return None
        try:
            index = int(value) - 1
        except ValueError:
            raise TableError(
                [TableProblem(self.file, None, f"#{key}:{value}: not a number")]
            ) from None
        if index < 0:
            raise TableError([TableProblem(self.file, None, f"#{key}:{value}: columns start at 1")])
        return index


def header_line(line: str, separator: str) -> tuple[str, str] | None:
    text = line
    if line.startswith('"'):
        # A spreadsheet that saved the file quoted the line (and may have padded it).
        text = separator.join(next(csv.reader([line], delimiter=separator), []))
    if not text.startswith("#"):
        return None
    key, sep, value = text[1:].partition(":")
    key = key.strip().lower()
    if not sep or key not in HEADER_KEYS:
        return None
    # Spreadsheets pad every line to the width of the widest with empty cells.
    return key, value if key == "separator" else value.rstrip(separator)


def separator_named(value: str) -> str | None:
    # A spreadsheet may have padded the line with separators: "Comma,,,," or ",,,,".
    name = value.strip().lower().rstrip(",;\t|:")
    if name in SEPARATORS:
        return SEPARATORS[name]
    if value and set(value) == {value[0]}:
        return value[0]
    return None


def parse_table(text: str, file: str, separator: str, quoted: bool = True) -> Table:
    """Headers and rows; ``separator`` is used unless a `#separator:` header names another."""
    lines = text.splitlines(keepends=True)
    table = Table(file, separator)
    start = 0
    while start < len(lines) and lines[start].lstrip('"').startswith("#"):
        parsed = header_line(lines[start].rstrip("\r\n"), table.separator)
        if parsed is None:
            break
        start += 1
        key, value = parsed
        table.headers[key] = value
        if key == "separator":
            found = separator_named(value)
            if found is None:
                raise TableError(
                    [TableProblem(file, start, f"unknown separator '{value}': use Comma or Tab")]
                )
            table.separator = found
    body = io.StringIO("".join(lines[start:]), newline="")
    options = (
        {"quoting": csv.QUOTE_MINIMAL, "strict": True} if quoted else {"quoting": csv.QUOTE_NONE}
    )
    reader = csv.reader(body, delimiter=table.separator, **options)  # type: ignore[call-overload]
    while True:
        first = start + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise TableError([TableProblem(file, first, f"cannot read this row: {exc}")]) from None
        if any(c.strip() for c in cells):
            table.rows.append((first, cells))
    return table
