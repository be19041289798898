"""Wrong options for choice cards and swaps for false statements: same kind, plausible.

A person is swapped for another person of the article, a place for a place, a defined term for
another term the article defines, a number for a number with the same unit and format, a year
for a nearby year. Nothing comes from spam (the index is built from the cleaned article), and
no option may already appear in the stem.
"""

from __future__ import annotations

import re

from quizapp.deck.ids import content_hash
from quizapp.generate import ruled_out
from quizapp.generate.answers import EntityIndex, Kind, Span
from quizapp.generate.cards import BLANK
from quizapp.generate.distractors import pick as pick_named
from quizapp.generate.distractors import seeded as _seeded
from quizapp.generate.gazetteer import canonical
from quizapp.generate.hygiene import _looks_glued as looks_glued
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import ORG_WORDS, TITLES
from quizapp.generate.sentences import content_words, zipf
from quizapp.generate.sentences import stem as stem_of

_NUM_RE = lazy_compile(r"(?P<cur>[$€£])?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<pct>%)?")
_FACTORS = (0.5, 2.0, 1.5, 0.75, 3.0, 0.25, 4.0, 1.25)
# Made numbers: one of these sets, picked by the card, so the answer is not always the second
# smallest of four evenly spaced values; at most double (an upper limit the article does not
# state, such as the age of the Earth, is more often broken by going up).
_FACTOR_SETS = (
    (0.5, 1.5, 2.0),
    (0.5, 0.75, 1.5),
    (0.4, 0.6, 1.5),
    (0.3, 0.6, 1.6),
    (0.6, 1.4, 2.0),
)
_YEAR_STEPS = (-3, 4, -7, 2, 10, -12, 6, -5)
# A decade moves by one to three decades: "1950s" -> "1930s", "1960s", "1970s", never "1880s".
_DECADE_STEPS = (-1, 2, 1, -2, 3, -3)
_YEAR_RE = lazy_compile(r"^(?P<y>\d{4})(?P<s>s?)$")


def _in_stem(option: str, stem: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(option.lower())}(?!\w)", stem.lower()))


def _shape(text: str) -> tuple[str, str]:
    """A number's unit (everything but the digits) and its digit format."""
    unit = _NUM_RE.sub("#", text)
    digits = "".join("9" if c.isdigit() else c for m in _NUM_RE.finditer(text) for c in m.group())
    return unit, re.sub(r"9+", "9", digits)


def _value(text: str) -> float | None:
    match = _NUM_RE.search(text)
    if match is None:
        return None
    value = float(match.group("num").replace(",", ""))
    return value or None


def article_numbers(span: Span, pools: dict[Kind, list[str]], max_ratio: float = 10.0) -> list[str]:
    """Other figures of the article with the answer's unit, within ``max_ratio`` of it: the
    figure a student may confuse it with ("50 kelvin", the sunshield, for "7 kelvin")."""
    if span.kind != Kind.NUMBER or not re.match(r"^[$€£]?\d", span.text):
        return []
    unit, value = _shape(span.text)[0], _value(span.text)
    return [
        n
        for n in pools.get(Kind.NUMBER, [])
        if n != span.text
        and _shape(n)[0] == unit
        and value
        and (v := _value(n))
        and 1 / max_ratio <= v / value <= max_ratio
    ]


def _scale_number(
    match: re.Match[str], factor: float, percent: bool = False, exact: bool = False
) -> str | None:
    raw = match.group("num")
    value = float(raw.replace(",", "")) * factor
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    if value <= 0 or (not decimals and value < 1):
        return None
    if (match.group("pct") or percent) and value > 100:
        return None
    if not decimals:
        rounded = round(value) if value < 100 else round(value, -1 if value < 1000 else -2)
        # No more significant digits than the answer has, and at least two: "13,000 people"
        # gives "18,000 people", never "18,200"; "104,000" gives "146,000", not "145,600".
        digits = max(2, len(raw.replace(",", "").rstrip("0")))
        if rounded >= 10**digits:
            step = 10 ** (len(str(int(rounded))) - digits)
            rounded = round(rounded / step) * step
        value = round(value) if exact else rounded
    number = f"{value:,.{decimals}f}" if "," in raw or value >= 10000 else f"{value:.{decimals}f}"
    return f"{match.group('cur') or ''}{number}{match.group('pct') or ''}"


_WORDS = """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty
""".split()  # noqa: SIM905


def _number_words(span: Span, seed: str) -> list[str]:
    """'five people' -> 'four people', 'seven people', ...: spelled numbers stay spelled."""
    first, _, rest = span.text.partition(" ")
    low = first.lower()
    if low not in _WORDS:
        return []
    at = _WORDS.index(low)
    # Far enough apart to be clearly wrong ("about eight times" is not "nine times"): half,
    # one and a half, double; near neighbours only for small numbers.
    picks = [round(at * f) for f in (0.5, 1.5, 2.0, 0.75)] if at >= 6 else [at - 1, at + 1, at + 2]
    near = [_WORDS[n] for n in dict.fromkeys(picks) if 2 <= n < len(_WORDS) and n != at]
    made = [
        (w.capitalize() if first[:1].isupper() else w) + (" " + rest if rest else "") for w in near
    ]
    return _seeded(seed, made)


def _shifted_ranges(text: str) -> list[str]:
    """'24 and 27' -> '21 and 24', '27 and 30', ...: a range moves by its own width, so a
    temperature stays a plausible temperature."""
    found = list(_NUM_RE.finditer(text))
    if len(found) != 2 or "," in text.replace(", ", ""):
        return []
    low, high = (float(m.group("num").replace(",", "")) for m in found)
    decimals = max(len(m.group("num").split(".")[1]) if "." in m.group("num") else 0 for m in found)
    # "$2.80 to $2.40" moves by its width too, never by a cent.
    width = max(abs(high - low), 10**-decimals, 0.05 * max(abs(low), abs(high)))
    if decimals == 0:
        width = round(width) or 1
    made = []
    for step in (1, -1, 2, -2):
        a, b = low + step * width, high + step * width
        if a < 0 or (a == 0 and low > 0):
            continue
        pieces = [f"{a:.{decimals}f}", f"{b:.{decimals}f}"]
        out, last = "", 0
        for m, value in zip(found, pieces, strict=True):
            out += text[last : m.start("num")] + value
            last = m.end("num")
        made.append(out + text[last:])
    return made


_CLOCK_RE = lazy_compile(r"(?<![\d:])(\d{1,3}):(\d{2})(?::(\d{2}))?(?![\d:])")
_RANGE_VALUE_RE = lazy_compile(r"\d+:\d{2}(?::\d{2})?|\d[\d,]*(?:\.\d+)?")
_RANGE_JOIN_RE = lazy_compile(r"^\s*(?:to|and|or|-|–|—)\s*$")


def impossible_time(text: str) -> bool:
    """'2:87', '45:15' (a clock), '1:05:70': minutes or seconds of 60 or more after a colon,
    or more than 24 hours on a clock. '45:15 minutes' is a duration and may stand."""
    duration = re.search(r"\b(?:minutes?|mins?|seconds?|secs?)\b", text)
    for m in _CLOCK_RE.finditer(text):
        first, mid, last = int(m.group(1)), int(m.group(2)), m.group(3)
        if mid >= 60 or (last is not None and int(last) >= 60):
            return True
        if first > 24 and not duration:
            return True
    return False


def _range_of(text: str) -> tuple[float, float] | None:
    """'3:00–3:30 minutes' -> (3.0, 3.5), '3 to 4' -> (3.0, 4.0): a figure's two ends, a
    time read as its first unit with the rest as sixtieths; None when it is no range."""
    found = list(_RANGE_VALUE_RE.finditer(text))
    if len(found) != 2 or not _RANGE_JOIN_RE.match(text[found[0].end() : found[1].start()]):
        return None
    ends = []
    for m in found:
        parts = m.group().replace(",", "").split(":")
        ends.append(sum(float(p) / 60**i for i, p in enumerate(parts)))
    return min(ends), max(ends)


def overlaps(answer: str, option: str) -> bool:
    """'3–4 minutes' for '3:00–3:30': the wrong range holds part of the right one."""
    a, b = _range_of(answer), _range_of(option)
    return bool(a and b and max(a[0], b[0]) <= min(a[1], b[1]))


def _power_of_two(text: str) -> bool:
    found = _NUM_RE.findall(text)
    if len(found) != 1 or not found[0][1].isdigit():
        return False
    value = int(found[0][1])
    return value >= 32 and value & (value - 1) == 0 and not re.search(r"%|percent", text)


def _numbers(span: Span, pool: list[str], seed: str) -> list[str]:
    if span.text.split()[0].lower() in _WORDS[2:]:
        return _number_words(span, seed)
    ranges = _shifted_ranges(span.text)
    if ranges:
        return ranges
    unit, _ = _shape(span.text)
    percent = bool(re.search(r"\bper ?cent\b|%", span.text))
    value = _value(span.text)
    # From the article only when of the same order: "80 times" (a mass ratio) is no option for
    # "1.3 times" (another), nor "7,000 light-years" for "4.24 light-years".
    same = [
        n
        for n in pool
        if n != span.text
        and _shape(n)[0] == unit
        and value
        and (v := _value(n))
        and 1 / 3 <= v / value <= 3
    ]
    made = []
    chosen_set = _FACTOR_SETS[int(content_hash(seed, "factors"), 16) % len(_FACTOR_SETS)]
    factors = (*chosen_set, *_FACTORS)
    exact = _power_of_two(span.text)
    if exact:
        factors = (2.0, 0.5, 4.0, 0.25)  # "the first 128 code points": 256 is believable, 51 is not
    for factor in factors:
        pieces = []
        ok = True
        last = 0
        for m in _NUM_RE.finditer(span.text):
            scaled = _scale_number(m, factor, percent, exact)
            if scaled is None:
                ok = False
                break
            pieces.append(span.text[last : m.start()] + scaled)
            last = m.end()
        if ok and pieces:
            made.append("".join(pieces) + span.text[last:])
    made = [_agree(m) for m in made]
    return _seeded(seed, same) + [m for m in made if m != span.text]


_SINGULAR_UNITS = {
    "degree": "degrees", "metre": "metres", "meter": "meters", "kilometre": "kilometres",
    "year": "years", "day": "days", "hour": "hours", "minute": "minutes", "second": "seconds",
    "dollar": "dollars", "mile": "miles", "inch": "inches", "foot": "feet",
}  # fmt: skip


def _agree(option: str) -> str:
    """'2 degree' -> '2 degrees': a unit made for 1 takes the plural for any other number."""
    match = re.match(r"^([$€£]?[\d.,]+) ([a-z]+)(.*)$", option)
    if not match or match.group(1) in ("1", "1.0") or match.group(2) not in _SINGULAR_UNITS:
        return option
    return f"{match.group(1)} {_SINGULAR_UNITS[match.group(2)]}{match.group(3)}"


def _years(span: Span, pool: list[str], seed: str) -> list[str]:
    match = _YEAR_RE.match(span.text)
    if not match:
        return []
    year, suffix = int(match.group("y")), match.group("s")
    step = 10 if suffix else 1
    latest = max((int(m.group("y")) for p in pool if (m := _YEAR_RE.match(p))), default=year)
    near = [
        p
        for p in pool
        if (m := _YEAR_RE.match(p))
        and m.group("s") == suffix
        and 0 < abs(int(m.group("y")) - year) <= (30 if suffix else 12)
    ]
    # Never after the latest year the article mentions: a "future" option gives itself away.
    steps = _DECADE_STEPS if suffix else _YEAR_STEPS
    made = [f"{year + d * step}{suffix}" for d in steps if 1000 <= year + d * step <= latest]
    return _seeded(seed, near)[:2] + made


_YEARLIKE_RE = lazy_compile(r"^(?:1[0-9]{3}|20[0-9]{2}) [a-z]")
_IDENTIFIER_RE = lazy_compile(r"\b(?:RFCs?|ports?|ISO|No\.|number|version|model|route)\s*$")
_DEFINER_TAIL_RE = lazy_compile(
    r"(?:,?\s*(?:(?:is|are|was|were)\s+)?(?:(?:now|also|usually|often|sometimes)\s+)?"
    r"(?:called|known as|termed|named|dubbed|nicknamed)\s*(?:the|a|an)?\s*)$",
    re.IGNORECASE,
)


def term_class(sentence: str, start: int) -> str:
    """What a defined term is a name for, from the words before it: 'a style of architecture
    called {Brick Gothic}' -> 'architectur', 'pigments called {carotenoids}' -> 'pigment';
    '' when the sentence does not say."""
    before = sentence[:start]
    match = _DEFINER_TAIL_RE.search(before)
    if match is None:
        return ""
    head = before[: match.start()].rstrip(" ,")
    last = re.findall(r"[A-Za-z-]+$", head)
    if not last or not last[0].islower() or last[0] in ("is", "are", "was", "were"):
        return ""
    return stem_of(last[0])


_NAME_LINKS_RE = lazy_compile(r"(?:^|\s)(?:de|des|du|del|della|der|di|la|le|von|van|of|the)\s+$")


def _inside_longer_name(stem: str, span: Span) -> bool:
    """A name glued to capitalised words around it is one piece of a longer name."""
    before = stem[: span.start]
    after = stem[span.start + len(BLANK) :] if stem[span.start :].startswith(BLANK) else ""
    words_before = before.rstrip().split()
    if words_before and before.endswith(" "):
        last = words_before[-1]
        if _NAME_LINKS_RE.search(before) and len(words_before) >= 2:
            if words_before[-2][:1].isupper():
                return True
        elif last[:1].isupper() and len(words_before) > 1 and last.isalpha():
            return True
    return bool(re.match(r"^\s[A-Z][a-z]", after)) and not re.match(r"^\s(?:In|On|At)\b", after)


_FUTURE_RE = lazy_compile(r"\b(?:will|expected|is to be|are to be|planned|scheduled|due to)\b")


def is_forecast(sentence: str) -> bool:
    """The sentence tells of a plan or a forecast."""
    return bool(_FUTURE_RE.search(sentence))


def topic_words(sentence: str, figure: str) -> set[str]:
    """The stems of a sentence's content words, but for the figure and its unit."""
    skip = {stem_of(w.lower()) for w in figure.split()}
    found = set()
    for word in content_words(sentence):
        word = re.sub(r"[’']s$", "", word).lower()
        if word.isalpha() and stem_of(word) not in skip and zipf(word) < 6 and word[-2:] != "ly":
            found.add(stem_of(word))
    return found


def _spelled_value(text: str) -> float | None:
    first = text.split(" ", 1)[0].lower()
    return float(_WORDS.index(first)) if first in _WORDS else None


# A count is of things, not of a measure: "three botanists", never "three centuries".
_MEASURES_RE = lazy_compile(
    r"\b(?:times?|years?|centuries|century|decades?|months?|weeks?|days?|hours?|minutes?|"
    r"seconds?|percent|per cent|degrees?|metres?|meters?|kilometres?|kilometers?|miles?|"
    r"feet|inches|kilograms?|tonnes?|tons?|grams?|litres?|liters?|dollars?|pounds?)\b"
)


def given_by_stem(answer: str, stem: str) -> bool:
    """The stem works the figure out, counts it off, or the answer holds two figures of which
    only one could be moved ("seven or eight major plates" -> "eighteen or eight")."""
    spelled = [w for w in re.findall(r"[a-z]+", answer.lower()) if w in _WORDS[2:]]
    digits = _NUM_RE.findall(answer)
    if spelled and len(spelled) + len(digits) >= 2:
        return True
    value = _value(answer) if digits else _spelled_value(answer)
    if value is None:
        return False
    percent = bool(re.search(r"\bper ?cent\b|%", answer))
    if ruled_out.worked_out(value, stem, percent):
        return True
    return not _MEASURES_RE.search(answer) and ruled_out.counted_in_stem(value, stem)


def _odd_words(text: str, index: EntityIndex) -> bool:
    """A lower-case word no English list knows, said once and built like a brand ("tunnel
    bandarqq"): spam that would sit in every option."""
    return any(
        zipf(w) == 0.0 and index.ngrams.get(w.lower(), 0) <= 1 and looks_glued(w.lower())
        for w in re.findall(r"\b[a-z][a-z0-9]{3,}\b", text)
    )


def _beyond(answer: str, option: str, side: str) -> bool:
    a, b = _value(answer), _value(option)
    if a is None or b is None:
        return False
    # Upward no further than half again: "at least _____ ago" for 2.4 billion years never
    # offers 4.8, older than the Earth.
    return a < b <= 1.6 * a if side == "above" else b < a


def _keeps_order(answer: str, option: str, others: list[float]) -> bool:
    a, b = _value(answer), _value(option)
    return a is not None and b is not None and ruled_out.keeps_order(a, b, others)


def candidates(
    span: Span,
    stem: str,
    index: EntityIndex,
    pools: dict[Kind, list[str]],
    seed: str,
    count: int = 3,
    classes: dict[str, str] | None = None,
    topics: dict[str, set[str]] | None = None,
) -> list[str] | None:
    """``count`` wrong options for ``span`` given the card's stem, or None. ``classes`` maps
    each defined term of the article to its class (see ``term_class``), ``topics`` each figure
    of the article to the words of its sentence (see ``topic_words``)."""
    if span.kind == Kind.NUMBER and _YEARLIKE_RE.match(span.text):
        return None  # "in 1356 representatives met": a year read as a count
    if span.kind == Kind.NUMBER and re.match(r"^\d+[a-z]\b", span.text):
        return None  # "700c", "650b": a size's name, not a quantity to scale
    if (
        span.kind == Kind.NUMBER
        and re.search(r"percent|per cent|%", span.text)
        and re.search(r"\b\d+ (?:of|out of) \d+\b", stem)
    ):
        return None  # "28 of 32 patients, or _____": the stem gives the share away
    if span.kind == Kind.ORG and span.text.isupper():
        return None  # "ATP" among "DNA", "NADP", "PEP": an acronym says nothing of its kind
    if span.kind in (Kind.NUMBER, Kind.YEAR) and _IDENTIFIER_RE.search(stem[: span.start]):
        return None  # "RFCs 4033 to 4035", "port 853": a label, not a quantity
    if span.kind == Kind.YEAR:
        if len(re.findall(r"\b1\d{3}s?\b|\b20\d{2}s?\b", stem)) > 0:
            return None  # another date in the stem can rule options out
        if is_forecast(stem):
            return None  # "the yield will climb to 4.2 percent in _____": a past year is no option
        found = _years(span, pools.get(Kind.YEAR, []), seed)
    elif span.kind == Kind.NUMBER:
        if given_by_stem(span.text, stem):
            return None
        pool = pools.get(Kind.NUMBER, [])
        if topics is not None:
            # An article figure only from a sentence about the same thing: the service
            # tunnel's 4.8 metres for a rail tunnel's diameter, never the 50 percent of a
            # definition of hyperinflation for an interest rate.
            own = topic_words(stem.replace(BLANK, span.text), span.text)
            pool = [n for n in pool if topics.get(n, set()) & own]
        found = _numbers(span, pool, seed)
    elif span.kind == Kind.TERM:
        # A term for a term of the same shape: lower case for lower case, about as long.
        # ... and of the same class: a pigment for a pigment, a legal code for a legal code
        # ("pigments called carotenoids" never offers "chemiosmosis", a process).
        shape = (span.text[:1].isupper(), span.text.isupper(), len(span.text.split()) > 1)
        own = term_class(stem, span.start)
        classes = classes or {}
        if not own:
            return None
        found = _seeded(
            seed,
            [
                t
                for t in pools.get(Kind.TERM, [])
                if t.lower() != span.text.lower()
                and (t[:1].isupper(), t.isupper(), len(t.split()) > 1) == shape
                and classes.get(t) == own
            ],
        )
    elif span.kind in (Kind.PERSON, Kind.ORG, Kind.COUNTRY, Kind.CITY, Kind.REGION):
        if _inside_longer_name(stem, span):
            return None  # "Laboratoire Central des _____": part of a longer name
        title = stem[: span.start].split()[-1:]
        if span.kind == Kind.PERSON and title and title[0] in TITLES:
            return None  # "Dr _____, the chief sanitary officer": not every person was a doctor
        # A "place" known only from "in" or "from" may be anything: no options for it.
        if span.text.isupper() and len(span.text) < 3:
            return None

        # A full name for a full name, a surname for a surname, an acronym for an acronym.
        def shape(name: str) -> tuple[bool, bool]:
            return len(re.split(r"[\s-]", name)) > 1, name.isupper()

        roots = set()
        if span.kind in (Kind.COUNTRY, Kind.CITY, Kind.REGION):
            # "European trade ... toward the _____": "Europe" is ruled out
            roots = {w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]{4,}", stem)}
        last = span.text.split()[-1]

        def fits(name: str) -> bool:
            return (
                shape(name) == shape(span.text)
                and name[:5].lower() not in roots
                # "World Bank" among "United Nations Monetary": a fragment, no body
                and (last not in ORG_WORDS or name.split()[-1] in ORG_WORDS)
            )

        # The article's own names first: when one of the first of them does not fit, the
        # article has too few of the answer's kind to ask. A world region that does not fit
        # is only passed over.
        chosen_names: list[str] = []
        for name in pick_named(span, stem, index, [], seed, 0) or []:
            if fits(name):
                chosen_names.append(name)
            elif index.mentions[name]:
                return None
            if len(chosen_names) == count:
                return chosen_names
        return None
    else:
        return None
    if _odd_words(span.text, index):
        return None  # a word foreign to English and said once would be in every option
    others, side, most = [], "", None
    if span.kind == Kind.NUMBER:
        others = ruled_out.same_unit_figures(span.text, stem) + ruled_out.bare_counts(
            span.text, stem
        )
        side = ruled_out.bound_side(stem[: span.start])
        most = ruled_out.most_possible(span.text)
    chosen: list[str] = []
    for option in found:
        if option.lower() == span.text.lower() or _in_stem(option, stem):
            continue
        if _odd_words(option, index) or impossible_time(option) or overlaps(span.text, option):
            continue  # never "2:87", nor "3–4 minutes" for "3:00–3:30"
        if others and not _keeps_order(span.text, option, others):
            continue  # "exceeded 20,000 tonnes ... fallen to _____": never 28,000 tonnes
        if side and not _beyond(span.text, option, side):
            continue  # "more than _____ bombes": 100 is no wrong answer when 200 is right
        if most is not None and (_value(option) or 0) > most:
            continue  # "more than _____ member countries": never 280
        if any(canonical(option).lower() == canonical(c).lower() for c in chosen):
            continue
        chosen.append(option)
        if len(chosen) == count:
            return chosen
    return None
