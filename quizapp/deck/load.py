"""Read a deck file: every problem is collected, and only a deck without errors is returned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from quizapp.deck.fast_load import fast_deck
from quizapp.deck.limits import MAX_DECK_BYTES, MAX_PROBLEMS, alias_problem
from quizapp.deck.model import Deck, expired_cards
from quizapp.deck.positions import Positions
from quizapp.deck.problems import DeckError, Problem, Severity
from quizapp.deck.validate import DeckReader
from quizapp.userfiles import MAX_FILE_BYTES, UserFileError, read_user_file

try:  # the C loader is several times faster on large decks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass
class CheckResult:
    deck: Deck | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


def check_text(text: str, filename: str = "<deck>", today: date | None = None) -> CheckResult:
    """Validate deck text; the deck is None when any error was found.

    With ``today``, cards whose `valid_until` has come are listed as warnings."""
    # Decks in the plain layout quizapp writes, without a problem, are read without composing
    # a YAML node tree; for anything else the full reader below reports every problem. An
    # expired card is a warning with its place, which only the full reader gives.
    deck = fast_deck(text)
    if deck is not None and (today is None or not expired_cards(deck, today)):
        return CheckResult(deck)
    return full_check(text, filename, today)


def full_check(text: str, filename: str = "<deck>", today: date | None = None) -> CheckResult:
    """The composing reader: every problem with its line and column."""
    positions = Positions(text)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = positions.of_mark(mark.line, mark.column, mark.index) if mark else (None, None)
        message = f"YAML syntax: {exc.problem or exc.context}"
        if exc.context and exc.problem:
            message = f"YAML syntax: {exc.problem} ({exc.context})"
        return CheckResult(None, [Problem(filename, line, col, message)])
    except yaml.reader.ReaderError as exc:
        return CheckResult(None, [_reader_problem(exc, text, positions, filename)])
    except (yaml.YAMLError, RecursionError) as exc:
        message = " ".join(str(exc).split())
        return CheckResult(None, [Problem(filename, None, None, f"YAML syntax: {message}")])
    if root is None:
        return CheckResult(
            None,
            [
                Problem(
                    filename,
                    1,
                    1,
                    "the file is empty: a deck needs version, id, title and sections",
                )
            ],
        )
    reader = DeckReader(filename, positions, today)
    bomb = alias_problem(root)
    if bomb is not None:
        reader.error(*bomb)
        return CheckResult(None, reader.problems)
    deck = reader.deck(root)
    problems = _at_most(sorted(reader.problems, key=lambda p: (p.line or 0, p.column or 0)))
    has_errors = any(p.severity is Severity.ERROR for p in problems)
    return CheckResult(None if has_errors else deck, problems)


def _reader_problem(
    exc: yaml.reader.ReaderError, text: str, positions: Positions, filename: str
) -> Problem:
    """YAML refuses control characters in a file (escapes such as "\\e" are fine)."""
    line, column = positions.of_index(exc.position)
    char = exc.character
    code = ord(char) if isinstance(char, str) else int(char)
    return Problem(
        filename,
        line,
        column,
        f"the control character U+{code:04X} is not allowed in a YAML file; delete it "
        "(inside double quotes an escape such as \\x07 writes one)",
    )


def _at_most(problems: list[Problem]) -> list[Problem]:
    """The first MAX_PROBLEMS errors (and the warnings among them), and how many more."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if len(errors) <= MAX_PROBLEMS:
        return problems
    last = errors[MAX_PROBLEMS - 1]
    kept = problems[: problems.index(last) + 1]
    more = len(errors) - MAX_PROBLEMS
    kept.append(Problem(last.file, None, None, f"{more:,} more errors not shown"))
    return kept


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or DeckError naming the file when it cannot be read.

    Only a regular file of at most MAX_DECK_BYTES is read: a FIFO or a device is refused
    at once rather than read forever.
    """
    try:
        return read_user_file(path, MAX_DECK_BYTES)
    except UserFileError as exc:
        raise DeckError([Problem(str(path), None, None, str(exc))]) from None


def decode_text(data: bytes, path: Path) -> str:
    """A deck file's bytes as text (UTF-8, with or without a byte-order mark)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DeckError(
            [Problem(str(path), None, None, f"not UTF-8 text (byte {exc.start}): save it as UTF-8")]
        ) from None
    # Universal newlines, as text-mode reading gives: CRLF and CR become "\n".
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> str:
    """The file's text, or DeckError naming the file when it cannot be read as UTF-8."""
    return decode_text(read_bytes(path), path)


def check_bytes(data: bytes, path: Path, today: date | None = None) -> CheckResult:
    """Check a deck file's bytes. Past MAX_FILE_BYTES only the fast reader may read it: the
    composing reader's memory grows many times faster than the file."""
    try:
        text = decode_text(data, path)
    except DeckError as exc:
        return CheckResult(None, exc.problems)
    if len(data) <= MAX_FILE_BYTES:
        return check_text(text, str(path), today)
    deck = fast_deck(text)
    if deck is not None:
        return CheckResult(deck)
    limit = MAX_FILE_BYTES // (1024 * 1024)
    message = (
        f"is larger than the {limit} MB limit (only a deck in the layout quizapp writes, "
        "without a problem, may be larger)"
    )
    return CheckResult(None, [Problem(str(path), None, None, message)])


def check_file(path: Path, today: date | None = None) -> CheckResult:
    """With ``today``, cards whose `valid_until` has come are listed as warnings."""
    try:
        data = read_bytes(path)
    except DeckError as exc:
        return CheckResult(None, exc.problems)
    return check_bytes(data, path, today)


def loads(text: str, filename: str = "<deck>") -> Deck:
    result = check_text(text, filename)
    if result.deck is None:
        raise DeckError(result.problems)
    return result.deck


def load_deck(path: Path | str) -> Deck:
    path = Path(path)
    result = check_file(path)
    if result.deck is None:
        raise DeckError(result.problems)
    return result.deck
