"""Progress as a CSV a teacher opens in a spreadsheet: a row per study item and profile."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from quizapp.interop.cells import spreadsheet_safe
from quizapp.storage.report_views import ProgressRow
from quizapp.userfiles import write_user_file

COLUMNS = (
    "profile",
    "deck",
    "section",
    "card",
    "state",
    "reps",
    "lapses",
    "stability (days)",
    "retrievability now",
    "last review (UTC)",
    "due (UTC)",
    "flagged",
    "flag note",
)


def _time(moment: datetime | None) -> str:
    # A space rather than ISO's "T": spreadsheets read it as a date and time.
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def dumps_progress(rows: list[ProgressRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        cells = [
            r.profile,
            r.deck,
            r.section,
            r.card,
            r.state,
            r.reps,
            r.lapses,
            _number(r.stability, 2),
            _number(r.retrievability, 3),
            _time(r.last_review),
            _time(r.due),
            "yes" if r.flagged else "",
            r.flag_note or "",
        ]
        writer.writerow([spreadsheet_safe(str(cell)) for cell in cells])
    return out.getvalue()


def is_progress_csv(data: bytes) -> bool:
    """A spreadsheet holds no hidden marks, so a progress CSV is known by its header row."""
    header = ",".join(COLUMNS).encode()
    return data.split(b"\n", 1)[0].rstrip(b"\r") == header


def write_progress(rows: list[ProgressRow], path: Path, *, force: bool = False) -> None:
    """Write the CSV; any file there other than an earlier progress CSV needs ``force``."""
    write_user_file(path, dumps_progress(rows), force=force, ours=is_progress_csv)
