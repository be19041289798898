"""Wrong options of the same kind as the answer: from the same article first, then made.

Names come from the article alone, people only when it calls them people; numbers keep
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
    person_role,
)
from quizapp.generate.gazetteer import REGIONS, canonical, spellings
from quizapp.generate.lexicon import MONTHS

_PLACE_KINDS = frozenset({Kind.COUNTRY, Kind.CITY, Kind.REGION})
_FACTORS = (0.5, 2.0, 1.5, 0.75, 3.0, 1.25, 4.0, 0.25)
_YEAR_STEPS = (-2, 3, -5, 1, 10, -10, 4, -3)


def seeded(seed: str, items: list[str]) -> list[str]:
    return sorted(dict.fromkeys(items), key=lambda item: content_hash(seed, item, length=12))


def _same_thing(a: str, b: str) -> bool:
    ca, cb = canonical(a).lower(), canonical(b).lower()
    return ca == cb or ca in cb or cb in ca


# Parts of one country: "Graham Fagg from England and ... from _____" rules out Britain.
_PARTS = {
    "England": "United Kingdom", "Scotland": "United Kingdom", "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
}  # fmt: skip


_CONTINENTS = frozenset(
    {"Asia", "Europe", "Africa", "Antarctica", "Oceania", "Australia", "North America"}
    | {"South America"}
)
_SEAS = frozenset({"Pacific", "Atlantic", "Caribbean", "Arctic", "Mediterranean"})


def _region_sort(name: str) -> str:
    return "continent" if name in _CONTINENTS else "sea" if name in _SEAS else "part"


def _country(name: str) -> str:
    return _PARTS.get(name, canonical(name)).lower()


def _named_in(candidate: str, lowered: str) -> bool:
    return any(
        re.search(rf"(?<!\w){re.escape(s.lower())}(?!\w)", lowered) for s in spellings(candidate)
    )


def _people(span: Span, question: str, index: EntityIndex) -> list[str]:
    """Other people of the article the stem does not rule out: each called a person in so many
    words and, when the stem gives the answer a role ("the Genoese soldier _____"), given that
    same role by the article ("the emperor Constantine XI" is no soldier)."""
    role = person_role(question[: span.start])
    if not role and not index.surely_person(span.text):
        return []  # "the Large Magellanic Cloud, a small galaxy": not known to be a person
    found = []
    for name in index.names_of_kind(Kind.PERSON) + index.names_of_kind(Kind.NAME):
        if index.unintroduced_person(name) or not index.surely_person(name):
            continue
        if role and role not in index.roles.get(name, set()):
            continue
        found.append(name)
    return found


def pick(
    span: Span, question: str, index: EntityIndex, number_pool: list[str], seed: str, count: int = 3
) -> list[str] | None:
    """``count`` wrong options for ``span``, or None when there are not enough good ones;
    every good one when ``count`` is 0.

    Names come from the article only: a list of the world's cities offers "Manhattan" for a
    capital, and "Vietnam" for the home of a worker on the Channel Tunnel."""
    if span.kind in (Kind.NUMBER, Kind.YEAR):
        candidates = _numbers(span, number_pool, seed)
    elif span.kind == Kind.DATE:
        candidates = _dates(span.text, seed)
    elif span.kind == Kind.PERSON:
        candidates = seeded(seed, _people(span, question, index))
    elif span.kind in _PLACE_KINDS or span.kind in (Kind.ORG, Kind.PLACE):
        own = seeded(
            seed, [n for n in index.names_of_kind(span.kind) if not index.unintroduced_person(n)]
        )
        # A world region of the same sort for a region: a continent for a continent ("Europe":
        # "Asia", "Africa"), a part of one for a part ("East Asia": "Central Asia"), never
        # "Caribbean" for "Europe". No list of the world's countries or cities: it offers
        # "Vietnam" for the home of a worker on the Channel Tunnel, "Manhattan" for a capital.
        if span.kind == Kind.REGION:
            sort = _region_sort(span.text)
            places = {Kind.COUNTRY, Kind.CITY, Kind.PLACE, Kind.REGION}
            if sort == "continent" and any(
                index.kind(n) in places for n, _ in index.names_in(question)
            ):
                return None  # "Liston amputated a leg in London ... in use across _____"
            own = [n for n in own if _region_sort(n) == sort]
            own += seeded(
                seed,
                [
                    r
                    for r in REGIONS
                    if _region_sort(r) == sort and index.kind(r) in (Kind.REGION, Kind.NAME)
                ],
            )
        candidates = own
    else:
        return None
    chosen: list[str] = []
    lowered = question.lower()
    in_stem = set()
    if span.kind in _PLACE_KINDS:
        in_stem = {_country(n) for n, _ in index.names_in(question)}
    for candidate in candidates:
        if _same_thing(candidate, span.text) or any(_same_thing(candidate, c) for c in chosen):
            continue
        if _named_in(candidate, lowered) or (in_stem and _country(candidate) in in_stem):
            continue
        chosen.append(candidate)
        if len(chosen) == count:
            return chosen
    return chosen if count == 0 and chosen else None


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
        made = seeded(seed, near)
        return [m.capitalize() if span.text[0].isupper() else m for m in made]
    signature = _signature(span.text)
    if signature is None:
        return []
    from_article = [n for n in pool if _signature(n) == signature and n != span.text]
    return seeded(seed, from_article) + _perturb(span.text, signature)


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
    return [re.sub(rf"^{month}", other, text) for other in seeded(seed, others)]
