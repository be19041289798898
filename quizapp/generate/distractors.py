"""Wrong options of the same kind as the answer: from the same article first, then made.

Names come from the article (then the gazetteer for countries, cities and regions); numbers keep
the answer's unit and format ("$900 billion" -> "$450 billion"), years stay years, months stay
months. Order is seeded by the card, so regenerating gives the same options.
"""

from __future__ import annotations

import re

from quizapp.deck.ids import content_hash
from quizapp.generate.answers import (
    NUMBER_RE,
    NUMBER_WORDS,
    EntityIndex,
    Kind,
    Span,
    is_year,
)
from quizapp.generate.gazetteer import CITIES, COUNTRIES, REGIONS, canonical, spellings
from quizapp.generate.lexicon import MONTHS

_FALLBACK = {Kind.COUNTRY: COUNTRIES, Kind.CITY: CITIES, Kind.REGION: REGIONS}
_FACTORS = (0.5, 2.0, 1.5, 0.75, 3.0, 1.25, 4.0, 0.25)
_YEAR_STEPS = (-2, 3, -5, 1, 10, -10, 4, -3)


def _seeded(seed: str, items: list[str]) -> list[str]:
    return sorted(dict.fromkeys(items), key=lambda item: content_hash(seed, item, length=12))


def _same_thing(a: str, b: str) -> bool:
    ca, cb = canonical(a).lower(), canonical(b).lower()
    return ca == cb or ca in cb or cb in ca


def pick(
    span: Span, question: str, index: EntityIndex, number_pool: list[str], seed: str, count: int = 3
) -> list[str] | None:
    """``count`` wrong options for ``span``, or None when there are not enough good ones."""
    if span.kind in (Kind.NUMBER, Kind.YEAR):
        candidates = _numbers(span, number_pool, seed)
    elif span.kind == Kind.DATE:
        candidates = _dates(span.text, seed)
    elif span.kind in _FALLBACK or span.kind in (Kind.PERSON, Kind.ORG, Kind.PLACE):
        own = [n for n in index.names_of_kind(span.kind) if not index.unintroduced_person(n)]
        candidates = _seeded(seed, own) + _seeded(seed, list(_FALLBACK.get(span.kind, ())))
    else:
        return None
    chosen: list[str] = []
    lowered = question.lower()
    for candidate in candidates:
        if _same_thing(candidate, span.text) or any(_same_thing(candidate, c) for c in chosen):
            continue
        if any(
            re.search(rf"(?<!\w){re.escape(s.lower())}(?!\w)", lowered)
            for s in spellings(candidate)
        ):
            continue
        chosen.append(candidate)
        if len(chosen) == count:
            return chosen
    return None


def _signature(text: str) -> tuple[str, ...] | None:
    match = NUMBER_RE.fullmatch(text)
    if not match:
        return None
    num = match.group("num")
    decimals = len(num.split(".")[1]) if "." in num else 0
    return (
        match.group("cur") or "",
        match.group("suffix") or "",
        match.group("scale") or "",
        "," if "," in num else "",
        str(decimals),
        "year" if is_year(match) else "",
    )


def _numbers(span: Span, pool: list[str], seed: str) -> list[str]:
    word = span.text.lower()
    if word in NUMBER_WORDS:
        # Spelled numbers stay spelled and near the answer: "five" -> "three", "seven"...
        at = NUMBER_WORDS.index(word)
        near = NUMBER_WORDS[max(0, at - 3) : at] + NUMBER_WORDS[at + 1 : at + 4]
        made = _seeded(seed, near)
        return [m.capitalize() if span.text[0].isupper() else m for m in made]
    signature = _signature(span.text)
    if signature is None:
        return []
    from_article = [n for n in pool if _signature(n) == signature and n != span.text]
    return _seeded(seed, from_article) + _perturb(span.text, signature)


def _perturb(text: str, signature: tuple[str, ...]) -> list[str]:
    match = NUMBER_RE.fullmatch(text)
    assert match is not None
    cur, suffix, scale, comma, decimals, year = signature
    value = float(match.group("num").replace(",", ""))
    if year:
        step = 10 if suffix == "s" else 1
        values = [value + d * step for d in _YEAR_STEPS]
    else:
        values = [value * f for f in _FACTORS]
        if suffix == "%" or scale == "percent":
            values = [v for v in values if v <= 100] + [min(99.0, value + 10), max(1.0, value - 10)]
    made = []
    for v in values:
        if v <= 0 or (not year and not int(decimals) and v < 1):
            continue
        number = f"{v:,.{int(decimals)}f}" if comma else f"{v:.{int(decimals)}f}"
        if not int(decimals) and not comma and len(number) >= 5 and value >= 10000:
            number = f"{round(v, -2):.0f}"
        made.append(f"{cur}{number}{suffix}" + (f" {scale}" if scale else ""))
    return [m for m in dict.fromkeys(made) if m != text]


def _dates(text: str, seed: str) -> list[str]:
    month = next((m for m in MONTHS if text.startswith(m)), None)
    if month is None:
        return []
    others = [m for m in MONTHS if m != month]
    return [re.sub(rf"^{month}", other, text) for other in _seeded(seed, others)]
