"""A news report's first sentence as a card shows it: without its dateline, dated.

"KOUROU, French Guiana, 25 December 2021 -- The James Webb Space Telescope ... was launched on
Saturday ..." is the report's key fact, but the dateline makes it too long and its "on
Saturday" or "today" means nothing on a card. Shown without the dateline, and with the
dateline's date for "today" (or for a weekday that falls on that date), it stands alone:
"The James Webb Space Telescope ... was launched on 25 December 2021 ...".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from quizapp.generate.hygiene import strip_dateline
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.sentences import words

_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_MONTHS = {m[:3].lower(): i + 1 for i, m in enumerate(_MONTH_NAMES)}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_DAY_FIRST_RE = lazy_compile(rf"\b(?P<day>\d{{1,2}}) {_MONTH},? (?P<year>\d{{4}})\b")
_MONTH_FIRST_RE = lazy_compile(rf"\b{_MONTH} (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WHEN_RE = lazy_compile(rf"\b(?:on (?P<weekday>{'|'.join(_WEEKDAYS)})|(?P<today>today))\b")


def _date(dateline: str) -> tuple[str, datetime.date] | None:
    """The date a dateline gives, written out and as a date."""
    for pattern in (_DAY_FIRST_RE, _MONTH_FIRST_RE):
        match = pattern.search(dateline)
        if match is None:
            continue
        month = _MONTHS.get(match.group("month")[:3].lower())
        try:
            day = datetime.date(int(match.group("year")), month or 0, int(match.group("day")))
        except ValueError:
            return None
        # Written out in full ("8 December 2023", not "Dec. 8, 2023"): one form, read as a date.
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}", day
    return None


@dataclass(frozen=True)
class Lead:
    """A report's first sentence: as the article keeps it (``body``, its dateline taken off)
    and as a card shows it, with the dateline's date where ``when`` stands in ``shown``."""

    body: str
    shown: str
    when: tuple[int, int] | None
    place: str = ""  # where the report was filed from, as a card names it: "Darmstadt"


def lead(sentence: str) -> Lead | None:
    """The sentence without its dateline, its "today" (or the weekday of the dateline's date)
    given as that date; None when it has no dateline."""
    body = strip_dateline(sentence)
    if body == sentence:
        return None
    head = sentence[: len(sentence) - len(body)]
    place = _place(head)
    found = _date(head)
    whens = list(_WHEN_RE.finditer(body))
    if found is None or len(whens) != 1:
        return Lead(body, body, None, place)
    written, day = found
    when = whens[0]
    if when.group("weekday") and _WEEKDAYS[day.weekday()] != when.group("weekday"):
        return Lead(body, body, None, place)  # "on Friday" is not the dateline's day
    at = when.start() + len("on ")
    shown = f"{body[: when.start()]}on {written}{body[when.end() :]}"
    return Lead(body, shown, (at, at + len(written)), place)


def _place(head: str) -> str:
    """'DARMSTADT, Germany, 12 November 2014 -- ' -> 'Darmstadt'; '' for a wire service alone."""
    place = re.split(r"[,(]", head, maxsplit=1)[0].strip(" -–—")
    if not place or not place[:1].isalpha():
        return ""
    return place.title() if place.isupper() else place


# "here" as the report's place: "(ESOC) here when the signal arrived", "told reporters here".
# Not in "here is", "here and there", or a quotation, where the speaker's words stay theirs.
_HERE_RE = lazy_compile(r"\b(?P<from>from |near )?(?P<here>[Hh]ere)\b(?! (?:is|are|and)\b)")


_QUOTED_RE = lazy_compile(r"[\"“”]|(?:^|\s)['‘]\w|[,.!?]['’](?:\s|$)")


def here_named(sentence: str, place: str) -> str | None:
    """The sentence of a datelined report with its "here" named as the dateline's place
    ("... Operations Centre (ESOC) in Darmstadt when ..."), or None when it has none to name."""
    if not place or place in sentence or _QUOTED_RE.search(sentence):
        return None
    matches = list(_HERE_RE.finditer(sentence))
    if len(matches) != 1:
        return None
    match = matches[0]
    if match.start() == 0:
        named = f"In {place}"  # "Here, engineers ..." -> "In Darmstadt, engineers ..."
    elif match.group("from"):
        named = f"{match.group('from')}{place}"
    else:
        named = f"in {place}"
    return sentence[: match.start()] + named + sentence[match.end() :]


def place_at(sentence: str, place: str) -> tuple[int, int] | None:
    """Where here_named put the place in the sentence it returned: no gap may fall on it,
    as the article's sentence does not say it."""
    at = sentence.find(place)
    return (at, at + len(place)) if at >= 0 else None


# A lead this long still reads as one fact; longer, it is a paragraph.
MAX_LEAD_WORDS = 50


def short_enough(shown: str) -> bool:
    return len(words(shown)) <= MAX_LEAD_WORDS
