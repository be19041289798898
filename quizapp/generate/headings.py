"""Tell headings from paragraphs by their shape, in the styles real articles use.

Styles: Markdown (``#``), numbered ("2. Methods"), Title or sentence case without a closing
period, short questions, and - only when an article uses no other style - short one-sentence
lines ending in a period that sit between long paragraphs.
"""

from __future__ import annotations

from quizapp.generate.lazy_re import lazy_compile

_MD_RE = lazy_compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_RE = lazy_compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}\.)\s+[A-Z“\"'‘]")
# A heading's number and what ends it: "2.", "1.2", "IV –", "Part 1 –", "Chapter Three:",
# "Section 2 -", "Step 4)". A bare number needs its stop ("10 Things to Know" keeps its 10);
# after a label ("Part", "Chapter") a space will do before a capital ("Part 1 The Edo Period").
_ROMAN = r"(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
_WORD_NUMBER = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|First|Second|Third|"
    r"Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Final|Last)"
)
_LABEL = (
    r"(?:Part|Chapter|Section|Step|Stage|Phase|Lesson|Unit|Book|Act|Appendix|Lecture|Module|"
    r"Topic|Episode|Day|Week)"
)
_STOP = r"(?:\s*[.:)](?:\s*[-–—]+)?|\s+[-–—]+|\s*[-–—]{2})"
_NUMBER_PREFIX_RE = lazy_compile(
    rf"^(?:(?:{_LABEL}|{_LABEL.upper()})\s+(?:\d{{1,2}}(?:\.\d{{1,2}})*|{_ROMAN}|"
    rf"{_WORD_NUMBER}|{_WORD_NUMBER.upper()}|[A-Z])\b(?:{_STOP}\s+|\s+(?=[A-Z“\"'‘]))"
    rf"|\d{{1,2}}(?:\.\d{{1,2}})*(?:{_STOP}|(?<=\d\.\d)|(?<=\d\.\d\d))\s+"
    # "V. S. Naipaul", "C. elegans": an initial, not a number
    rf"|{_ROMAN}{_STOP}\s+(?![A-Z]\.)(?=[A-Z0-9“\"'‘]))"
    r"(?=\S)"
)
_CLOSERS = "\"'”’)]»*_"
_QUOTES = '"“”‘’«»'
_INNER_STOP_RE = lazy_compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
MAX_HEADING_WORDS = 20


def strip_numbering(title: str) -> str:
    """'2. Beginnings under the Han' -> 'Beginnings under the Han', 'Part 1 – The Black Ships'
    -> 'The Black Ships'; a heading that is only a number stays as it is."""
    stripped = _NUMBER_PREFIX_RE.sub("", title, count=1).strip()
    return stripped or title


def strip_markdown_heading(line: str) -> str:
    match = _MD_RE.match(line)
    return match.group(2) if match else line


def _words(line: str) -> int:
    return len(line.split())


def _last_char(line: str) -> str:
    stripped = line.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def _starts_like_heading(line: str) -> bool:
    first = line.lstrip(_QUOTES + "'")[:1]
    return first.isupper() or first.isdigit()


def is_markdown(line: str) -> bool:
    return bool(_MD_RE.match(line))


def is_numbered(line: str) -> bool:
    numbered = _NUMBERED_RE.match(line) or (
        _NUMBER_PREFIX_RE.match(line) and _starts_like_heading(strip_numbering(line))
    )
    return bool(numbered) and _words(line) <= 12 and _last_char(line) != ","


def is_unpunctuated(line: str) -> bool:
    """Title Case or sentence case, no closing punctuation: "Economic and technical cooperation"."""
    return (
        _words(line) <= MAX_HEADING_WORDS
        and len(line) <= 160
        and _starts_like_heading(line)
        and (_last_char(line).isalnum() or _last_char(line) in "%$")
        and not line.endswith(("”", '"'))
    ) or _quoted_title(line)


def _quoted_title(line: str) -> bool:
    # 'On Behalf of “Literally”': a closing quote after a word, not after punctuation.
    return (
        _words(line) <= 12
        and line.endswith(("”", '"'))
        and line[-2:-1].isalnum()
        and _starts_like_heading(line)
        and not line.startswith(("“", '"'))
    )


def is_question(line: str) -> bool:
    """A short line asking something, possibly with a short tail: "Long gone? Not so fast."."""
    if line[:1] in _QUOTES or "?" not in line or _words(line) > 14:
        return False
    tail = line.rsplit("?", 1)[1].strip(_CLOSERS + " ")
    return _starts_like_heading(line) and _words(tail) <= 4


def is_period_sentence(line: str) -> bool:
    """A short one-sentence line ending in a period, with no quotation in it."""
    return (
        line.endswith(".")
        and 3 <= _words(line) <= 16
        and _starts_like_heading(line)
        and not any(q in line for q in _QUOTES)
        and not _INNER_STOP_RE.search(line[:-1])
    )


_COLON_RE = lazy_compile(r"^[A-Z“\"'‘][^.,;:!?]*:$")


def is_colon_heading(line: str) -> bool:
    """A short label ending in a colon on its own line: "The tunnel in numbers:"."""
    return bool(_COLON_RE.match(line)) and 2 <= _words(line) <= 8


def _prose(paragraph: str) -> bool:
    return _words(paragraph) >= 12 and paragraph[:1].isupper()


def _colon_headings(paragraphs: list[str]) -> set[int]:
    """Colon labels set between prose paragraphs; two at least, so a lone sentence that
    introduces what follows ("He listed three reasons:") is not taken for one."""
    found = {
        i
        for i in range(len(paragraphs) - 1)
        if is_colon_heading(paragraphs[i])
        and _prose(paragraphs[i + 1])
        and (i == 0 or paragraphs[i - 1][-1:] in '.!?"”’)')
    }
    return found if len(found) >= 2 else set()


def is_acronym(line: str) -> bool:
    """ "NASA", "UNESCO": one short capitalised token, a name rather than a heading."""
    return len(line.split()) == 1 and line.isupper() and len(line.strip(_CLOSERS + ".")) <= 6


def _is_headline(paragraphs: list[str]) -> bool:
    first = paragraphs[0]
    if len(paragraphs) < 2:
        return False
    if is_numbered(first) and not is_markdown(first):
        return False  # "1. Beginnings": the first section, not a title
    if is_markdown(first):
        return len(_MD_RE.match(first).group(1)) == 1  # type: ignore[union-attr]
    if is_unpunctuated(first) or is_question(first):
        return True
    # "Ravenous wild goats ruled this island for over a century. Now, it's being reborn."
    return _words(first) <= 16 and first[-1:] in ".!" and _words(paragraphs[1]) > _words(first)


def find_headings(paragraphs: list[str]) -> tuple[int | None, set[int]]:
    """Index of the headline (or None) and the indexes of section headings."""
    if not paragraphs:
        return None, set()
    headline = 0 if _is_headline(paragraphs) else None
    start = 1 if headline == 0 else 0
    last = len(paragraphs) - 1
    headings: set[int] = set()
    for i in range(start, len(paragraphs)):
        line = paragraphs[i]
        if i == last and not is_markdown(line):
            continue  # a heading needs something under it
        if is_markdown(line) or is_numbered(line) or is_unpunctuated(line) or is_question(line):
            headings.add(i)
    headings |= _colon_headings(paragraphs) - {headline}
    capitals = [i for i in headings if paragraphs[i].isupper() and not is_acronym(paragraphs[i])]
    if len(capitals) * 2 <= len(headings):
        # An acronym alone on a line is a heading only among other ALL CAPS headings.
        headings = {i for i in headings if not is_acronym(paragraphs[i])}
    if (
        headline == 0
        and not is_markdown(paragraphs[0])
        and is_question(paragraphs[0])
        and len(headings) >= 2
        and all(is_question(paragraphs[i]) for i in headings)
    ):
        # "Who was Mendel?" above "Where did he come from?", "What did he find?": an untitled
        # article whose first line is its first question heading, not a headline.
        headline = None
        headings.add(0)
    if headings:
        return headline, headings
    # No other style: try one-sentence period lines set between long paragraphs.
    candidates = {
        i
        for i in range(start, last)
        if is_period_sentence(paragraphs[i])
        and _words(paragraphs[i + 1]) >= 25
        and (i == 0 or _words(paragraphs[i - 1]) >= 25)
    }
    if len(candidates) >= 2:
        return headline, candidates
    return headline, set()
