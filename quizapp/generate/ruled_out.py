"""What the rest of a card already says about a numeric answer.

A stem gives a number away when the answer is among its own figures or follows from two of
them ("fewer than 5,000 Greeks ... joined by about _____, for a total of around 7,000"; "28 of
32 patients, or _____"; "-20 divided by 10"), or when it lists the things being counted ("In
1900 _____ working independently, Hugo de Vries ..., Carl Correns ... and Erich von Tschermak").
A made option or a false figure must also keep the sentence's own logic: "had exceeded 20,000
tonnes ... had fallen to roughly _____ tonnes" takes no figure above 20,000.
"""

from __future__ import annotations

import re
from itertools import permutations

from quizapp.generate.lazy_re import lazy_compile

_FIGURE_RE = lazy_compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
_NUMBER_NAMES = """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty
""".split()  # noqa: SIM905
_SPELLED = {w: n for n, w in enumerate(_NUMBER_NAMES) if n >= 2}
# "roughly quadrupled, from about _____ a barrel to about 12 dollars": a factor in words.
_FACTOR_WORDS = {
    "doubled": 2.0, "doubles": 2.0, "twice": 2.0, "halved": 2.0,
    "tripled": 3.0, "trebled": 3.0, "triple": 3.0, "quadrupled": 4.0, "tenfold": 10.0,
}  # fmt: skip
_TOLERANCE = 0.015


def _is_year(token: str, after: str) -> bool:
    return (
        "," not in token
        and "." not in token
        and len(token) == 4
        and 1000 <= int(token) <= 2100
        and not re.match(r"\s*(?:%|percent|per cent)", after)
    )


def figures(text: str) -> list[float]:
    """The quantities a sentence states: its figures, spelled numbers and factor words, but
    not its years (a year minus a year is an age no student is asked to work out)."""
    found = []
    for m in _FIGURE_RE.finditer(text):
        if _is_year(m.group(), text[m.end() : m.end() + 10]):
            continue
        found.append(float(m.group().replace(",", "")))
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _SPELLED:
            found.append(float(_SPELLED[word]))
        elif word in _FACTOR_WORDS:
            found.append(_FACTOR_WORDS[word])
    return found


def _close(x: float, value: float) -> bool:
    return abs(x - value) <= _TOLERANCE * abs(value) + 1e-9


def worked_out(value: float, stem: str, percent: bool = False) -> bool:
    """The stem holds ``value`` or two figures that give it by one sum, difference, product,
    quotient or (for a percentage) share."""
    if value <= 0:
        return False
    found = figures(stem)
    if any(_close(f, value) for f in found):
        return True
    for a, b in permutations(found, 2):
        results = [a + b, a - b, a * b]
        if b:
            results.append(a / b)
            if percent:
                results.append(100 * a / b)
        if any(_close(r, value) for r in results):
            return True
    return False


_NAME_RE = lazy_compile(r"\b[A-Z][\w’'-]+(?:\s(?:de|von|van|du|da|der|of|the)?\s?[A-Z][\w’'-]+)*")
_LIST_RE = lazy_compile(
    r"(?:[\w’'-]+(?: [\w’'-]+){0,3}, )+[\w’'-]+(?: [\w’'-]+){0,3},? (?:and|or) [\w’'-]+"
)


def counted_in_stem(count: float, stem: str) -> bool:
    """'_____ working independently, Hugo de Vries ..., Carl Correns ... and Erich von
    Tschermak': a small count the stem lists (as names, or as a list) is no question."""
    if not 2 <= count <= 12 or count != int(count):
        return False
    names = {m.group() for m in _NAME_RE.finditer(stem) if m.start() > 0}
    if len(names) >= count:
        return True
    longest = max((m.group().count(",") + 2 for m in _LIST_RE.finditer(stem)), default=0)
    return longest >= count or _parallel_items(stem) >= count


def _parallel_items(stem: str) -> int:
    """'corresponding to how fast ..., how the temperature ..., and how ...': three items of
    a list that each open with the same word."""
    segments = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", stem)
    best = 0
    for i, segment in enumerate(segments):
        first = segment.split()[:1]
        if not first or not first[0].islower():
            continue
        run = 1
        while i + run < len(segments) and segments[i + run].split()[:1] == first:
            run += 1
        if run >= 2 and i > 0 and re.search(rf"\b{re.escape(first[0])}\b", segments[i - 1]):
            run += 1  # the first item opens inside the clause before the list
        best = max(best, run if run >= 2 else 0)
    return best


def same_unit_figures(answer: str, stem: str) -> list[float]:
    """Figures of the stem in the answer's unit: "20,000 tonnes" for "9,000 tonnes"."""
    unit = re.sub(r"^[$€£]?[\d.,]+", "", answer).strip()
    cur = answer[:1] if answer[:1] in "$€£" else ""
    if not unit and not cur:
        return []
    tail = rf"\s?{re.escape(unit)}\b" if unit else ""
    pattern = re.escape(cur) + r"(\d[\d,]*(?:\.\d+)?)" + tail
    return [float(m.group(1).replace(",", "")) for m in re.finditer(pattern, stem)]


def keeps_order(answer_value: float, option_value: float, others: list[float]) -> bool:
    """An option stays on the answer's side of every other figure in the same unit."""
    for other in others:
        if (answer_value > other) != (option_value > other) or option_value == other:
            return False
    return True


_ABOVE_RE = lazy_compile(r"\b(?:more than|over|at least|above|upwards of|in excess of)\s*$", re.I)
_BELOW_RE = lazy_compile(r"\b(?:less than|fewer than|under|below|at most|no more than)\s*$", re.I)


def bound_side(before: str) -> str:
    """ "more than _____": only a larger figure is a wrong answer ("above"); "less than
    _____": only a smaller one ("below"); "" when the stem sets no bound."""
    text = re.sub(r"\s*(?:well|about|roughly|some|just|only|slightly)\s*$", " ", before)
    if _ABOVE_RE.search(text):
        return "above"
    if _BELOW_RE.search(text):
        return "below"
    return ""


# Things there are only so many of in the world.
_WORLD_COUNTS = ((re.compile(r"\b(?:countries|nations|states)\b"), 195.0),)


def most_possible(answer: str) -> float | None:
    """'190 member countries': no option above the world's count of countries."""
    for pattern, most in _WORLD_COUNTS:
        if pattern.search(answer):
            return most
    return None


_BARE_RE = lazy_compile(
    r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})+|\d+)(?=\s+(?:had|have|has|were|was|are|is|of them)\b)"
)


def bare_counts(answer: str, stem: str) -> list[float]:
    """'_____ patients were treated and 31 had been followed': a bare count in the stem is a
    count of the answer's things, so the options stay on the answer's side of it."""
    if not re.fullmatch(r"\d[\d,]* [a-z]+s", answer):
        return []
    return [float(m.group(1).replace(",", "")) for m in _BARE_RE.finditer(stem)]
