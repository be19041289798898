"""Grading a typed answer: forgiving of case, accents and small typos, strict about numbers.

Pure functions, no Textual: the review and quiz screens both use them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from quizapp.deck.model import ChoiceCard, TrueFalseCard
from quizapp.scheduling import Rating

__all__ = [
    "Verdict",
    "allowed_typos",
    "grade_typed",
    "judge_choice",
    "judge_true_false",
    "judge_typed",
    "normalize",
]

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_PUNCTUATION_RE = re.compile(r"[^\w\s]")
_ARTICLES = {"the", "a", "an"}


@dataclass(frozen=True)
class Verdict:
    correct: bool
    exact: bool  # right without any typo
    expected: str  # the accepted answer the typed text came closest to
    suggested: Rating


def normalize(text: str) -> str:
    """Casefolded, accents and punctuation dropped, whitespace squashed, leading articles gone."""
    # Casefold between two decompositions: compatibility forms ("𝛢") decompose to letters that
    # still have case, and casefolding can yield characters that decompose further.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Keep the decimal separator inside numbers ("3.5") but drop other punctuation.
    bare = re.sub(r"(?<=\d)[.,](?=\d)", "\x00", bare)
    bare = _PUNCTUATION_RE.sub(" ", bare).replace("\x00", ".")
    words = bare.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def allowed_typos(expected: str) -> int:
    """How many edits a right answer may be off by: none for short words, up to three."""
    length = len(expected.replace(" ", ""))
    return 0 if length < 4 else min(3, length // 4)


def _numbers(text: str) -> list[str]:
    return _NUMBER_RE.findall(text)


def _matches(typed: str, expected: str) -> tuple[bool, bool]:
    """(correct, exact) for one accepted answer, both already normalized."""
    if typed == expected:
        return True, True
    # A date or a quantity is either right or wrong: 1945 is not "close to" 1946.
    if _numbers(typed) != _numbers(expected):
        return False, False
    limit = allowed_typos(expected)
    distance = Levenshtein.distance(typed, expected, score_cutoff=limit)
    return distance <= limit, False


def grade_typed(typed: str, accepted: list[str] | tuple[str, ...]) -> Verdict:
    """Compare what the student typed with every accepted answer; the best match decides."""
    given = normalize(typed)
    best: Verdict | None = None
    for answer in accepted:
        correct, exact = _matches(given, normalize(answer))
        if correct and exact:
            return Verdict(True, True, answer, Rating.Good)
        if correct and best is None:
            best = Verdict(True, False, answer, Rating.Good)
    if best is not None:
        return best
    return Verdict(False, False, accepted[0] if accepted else "", Rating.Again)


# Each judge says whether the answer was right and how to describe what the student did.


def judge_typed(typed: str, accepted: list[str]) -> tuple[bool, str]:
    verdict = grade_typed(typed, accepted)
    said = f"you typed “{typed.strip()}”"
    if verdict.correct and not verdict.exact:
        said += f", close enough to “{verdict.expected}”"
    return verdict.correct, said


def judge_choice(card: ChoiceCard, picked: set[int]) -> tuple[bool, str]:
    chosen = [card.options[i] for i in sorted(picked)]
    return set(chosen) == set(card.answer), "you chose " + " / ".join(chosen)


def judge_true_false(card: TrueFalseCard, value: bool) -> tuple[bool, str]:
    return value == card.answer, f"you said {'true' if value else 'false'}"
