"""Problems in a CSV or TSV file, reported as ``FILE:LINE: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableProblem:
    file: str
    line: int | None  # 1-based line where the row starts; None for the file as a whole
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


class TableError(Exception):
    """A table that cannot become a deck; nothing was written. ``lines`` are ready to print."""

    def __init__(self, problems: list[TableProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
