"""Page furniture around a headline: bylines, dates and reading times.

"By a staff science correspondent", "Updated 3 March 2024 · 9 min read", "Words by Jane Doe":
lines a page prints under its title. They are short and unpunctuated, so they look like
headings, but they head nothing and hold no fact worth a card.
"""

from __future__ import annotations

import re

from quizapp.generate.lazy_re import lazy_compile

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)"
_DATE = (
    rf"{_WEEKDAY}?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"{_CLOCK}?"
)
_RELATIVE = r"(?:\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|yesterday|today)"
_STAMP_VERB = (
    r"(?:(?:Last\s+)?(?:updated|modified|revised|edited)|(?:First\s+|Originally\s+)?"
    r"(?:published|posted))(?:\s+on)?:?"
)
_STAMPED_RE = lazy_compile(rf"^{_STAMP_VERB}\s+(?:{_DATE}|{_RELATIVE}){_CLOCK}?$", re.IGNORECASE)
_BARE_DATE_RE = lazy_compile(rf"^{_DATE}$")
_READ_TIME_RE = lazy_compile(
    r"^(?:(?:estimated\s+)?(?:reading|read)\s+time:?\s*)?(?:about\s+)?\d{1,3}[\s-]?"
    r"(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading|listen))?$",
    re.IGNORECASE,
)
_CREDIT_RE = lazy_compile(
    r"^(?:(?:words|text|story|reporting|additional\s+reporting|written|posted|photo(?:graph)?s|"
    r"pictures|images|illustrations?|interview|edited|reviewed|compiled|produced|analysis|"
    r"opinion|commentary|column|report|fact-checked)\s+by|by)\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)
# "Photograph: Jane Doe/Getty Images", "Image credit: NASA/JPL-Caltech"
_PICTURE_CREDIT_RE = lazy_compile(
    r"^(?:(?:photo(?:graph)?|image|picture|illustration|main image|top image|video)s?"
    r"(?:\s+credits?)?|credits?):\s+\S.{0,60}$",
    re.IGNORECASE,
)
_SOURCE_TAG_RE = lazy_compile(
    r"^(?:From Wikipedia, the free encyclopedia|Listen to this (?:article|story))$", re.I
)
# "Posted by Jane Doe on 3 March 2024": the date a credit ends with.
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?"
_ROLE = lazy_compile(
    r"\b(?:correspondents?|reporters?|editors?|desk|staff|writers?|team|contributors?|"
    r"journalists?|columnists?|critics?|newsroom|bureau|agencies|agency|authors?|"
    r"photographers?|illustrators?)\b",
    re.IGNORECASE,
)
_NAME_WORD_RE = lazy_compile(r"^(?:[A-Z][a-zà-ÿ]+(?:[-'’][A-Z][a-zà-ÿ]+)*|[A-Z]\.(?:[A-Z]\.)*)$")
_LINKS = {"and", "&", "of", "de", "van", "von", "der", "la", "le", "da", "du", "del", "bin"}
_DATED_CREDIT_RE = lazy_compile(rf"^(?P<credit>.+?)(?:,|\s+on|\s+at)\s+(?:{_DATE}|{_TIME})$")
_BARE_TIME_RE = lazy_compile(rf"^{_TIME}$")
_PIECE_SPLIT_RE = lazy_compile(r"\s*[·•|]\s*|\s+[-–—/]\s+|,\s+(?=(?:updated|published)\b)", re.I)


def _names(text: str) -> bool:
    """'Jane Doe', 'Jane Doe and J. R. Smith', 'Marie de la Tour': people's names only."""
    tokens = text.replace(",", " , ").split()
    if not tokens or tokens[0].lower() in _LINKS or len(tokens) > 10:
        return False
    return all(_NAME_WORD_RE.match(t) or t.lower() in _LINKS or t == "," for t in tokens)


def _credit(piece: str, *, top: bool) -> bool:
    if _PICTURE_CREDIT_RE.match(piece):
        return True
    dated = _DATED_CREDIT_RE.match(piece)
    if dated:
        piece = dated.group("credit")
    if re.search(r"\d|\w{4,}\.$", piece):
        return False  # "By 1900 ...", "Report by the panel found it leaked.": prose
    match = _CREDIT_RE.match(piece)
    if match is None:
        # "Jane Doe, Science Correspondent" under the headline
        name, _, role = piece.partition(",")
        return top and _names(name) and bool(_ROLE.search(role)) and len(role.split()) <= 5
    who = match.group("who").rstrip(".")
    name, _, role = who.partition(",")
    if len(who.split()) > 10 or len(role.split()) > 5:
        return False
    if _ROLE.search(who):
        # "By a staff science correspondent", "Words by the Arts and Culture desk"
        return name.split()[0].lower() in {"a", "an", "the", "our"} or _names(name)
    # "Photographs by Ana López" anywhere; "By Jane Doe, Science Editor" only where a byline
    # stands, as "By Land and Sea" has a name's shape too.
    return _names(name) and (top or not piece.lower().startswith("by "))


def _piece(piece: str, *, top: bool) -> str:
    """'credit', 'stamp', 'read' (sure signs), 'date' or 'name' (only beside one), or ''."""
    if _SOURCE_TAG_RE.match(piece):
        return "stamp"
    if _STAMPED_RE.match(piece):
        return "stamp"
    if _READ_TIME_RE.match(piece):
        return "read"
    if _credit(piece, top=top):
        return "credit"
    if _BARE_DATE_RE.match(piece) or _BARE_TIME_RE.match(piece):
        return "date"
    if _names(piece) and len(piece.split()) <= 4:
        return "name"
    return ""


def is_furniture(line: str, *, top: bool = False) -> bool:
    """A byline, date stamp or reading time, alone or joined by '·' or '|'.

    ``top``: the line stands between the headline and the article's first paragraph of prose,
    where a bare "By Jane Doe" or "3 March 2024" is a byline or a date and nothing else.
    """
    line = line.strip()
    if not line or len(line.split()) > 16 or line[-1:] in "?!:;" or len(line) > 140:
        return False
    pieces = [p for p in _PIECE_SPLIT_RE.split(line) if p]
    kinds = [_piece(p, top=top) for p in pieces]
    if not all(kinds):
        return False
    if any(k in {"credit", "stamp", "read"} for k in kinds):
        return True
    # "3 March 2024" alone under the headline; "Jane Doe · 3 March 2024"
    return top and "date" in kinds
