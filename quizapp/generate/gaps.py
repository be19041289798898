"""Why a candidate gap is no test: the rest of the card shows it, or it is not what the
sentence teaches.

Each rule looks at the sentence, the span and the deck's headline only, so it holds for any
article: a word of the answer printed elsewhere in the stem, the answer worked out from the
stem's other figures, a count the sentence goes on to enumerate, list numbering in a how-to,
a setting or a side ("in a {{monastery garden}}", "the {{landward side}}") instead of the key
term, an example one of several, a further-reading pointer.
"""

from __future__ import annotations

import re

from quizapp.generate import gazetteer
from quizapp.generate.answers import ENTITY_KINDS, NAME_STARTERS, PLACE_WORDS, Kind, Span
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import MONTHS, ORG_WORDS, STOP_WORDS, TITLES
from quizapp.generate.sentences import zipf
from quizapp.generate.spans import NUMBER_WORDS, RARE_TERM_ZIPF, Tagged, lemma_zipf

_DERIVED_RE = lazy_compile(r"(?:an|ese|ish|ic|ean|ine|ist|ism|ite|i)$")
_ERA_MARKERS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D."})
_WEEKDAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()  # noqa: SIM905
)
_SPEECH = "said|says|told|tells|added|explained|wrote|reported|announced"
# "KOUROU, French Guiana, 25 December 2021 -- ", "OSLO, 3 May (Reuters) - ": where and when
# a report was filed, not what it reports.
_DATELINE_RE = lazy_compile(
    r"^[A-Z][A-Z .'-]{2,}(?:, [^,—–]{2,30}?){1,3}\s*(?:\([A-Za-z ]+\))?\s*"
    r"(?:—|–|-{1,2}|\.(?=\s[A-Z][a-z]))\s"
)
_GENERIC_NAME_WORDS = (
    ORG_WORDS
    | PLACE_WORDS
    | NAME_STARTERS
    | frozenset("Plate Plates Age Era Period Dynasty Empire Kingdom Republic".split())  # noqa: SIM905
)
# What any actor may have: "the {{EU}} position", "the {{French}} response".
_STANCES = frozenset(
    """
    position positions stance view views response reaction reactions approach policy
    statement decision leadership government side officials delegation
    """.split()  # noqa: SIM905
)
# Spelled figures from three up (smaller ones are everyday words: "one of the", "two of").
_WORD_VALUES = {
    word: value
    for value, word in enumerate(
        """
        zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty
        """.split()  # noqa: SIM905
    )
}
_WORD_VALUES |= {
    word: 10 * (i + 3)
    for i, word in enumerate("""thirty forty fifty sixty seventy eighty ninety""".split())  # noqa: SIM905
}
_VALUES = {word: str(value) for word, value in _WORD_VALUES.items() if value >= 3}
# Ordinals from third up: "raised to the {{thirtieth power}}" beside "t is 30".
_ORDINALS = {
    word: str(value)
    for value, word in enumerate(
        """
        _ _ _ third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        """.split()  # noqa: SIM905
    )
    if value >= 3
} | {
    word: str(10 * (i + 3))
    for i, word in enumerate(
        "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()  # noqa: SIM905
    )
}
# A rate per month or per week stated in the stem: twelve or fifty-two of it make a year's.
_PER_PERIOD = {"month": 12.0, "week": 52.0}
_PER_PERIOD_RE = lazy_compile(r"\b(?:a|per|each|every) (month|week)\b")
_SPELLED = {figure: word for word, figure in _VALUES.items()}
_DIGITS_RE = lazy_compile(r"\d+(?:[.,]\d+)*")
# A figure standing alone: not part of a bigger number ("10" in "-20 divided by 10," yes,
# "10" in "104" or "2.10" no).
_FIGURE = r"(?<![\w.,]){}(?!\w|[.,]\d)"
_NUMBER_RE = lazy_compile(
    r"(?<![\w.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])-?\d+(?:\.\d+)?"
)
_YEARISH_RE = lazy_compile(r"^(?:1[0-9]{3}|20[0-9]{2})$")
# Kinds that stand as a setting before a noun: "the London surgeon", "the EU position"; a
# name of another kind before a noun is often the term itself ("the Calvin cycle").
_SETTING_KINDS = frozenset({Kind.COUNTRY, Kind.CITY, Kind.REGION})

# Words that number the text itself, not the world: "repeat steps {{3 to 5}}".
_NUMBERING_WORDS = frozenset(
    """
    step steps stage stages line lines page pages chapter chapters figure fig. section sections
    item items row rows column columns table tables point points paragraph paragraphs rule
    """.split()  # noqa: SIM905
)
# How many times to repeat a motion in an instruction is no idea of the subject.
_REPETITIONS = frozenset("strokes passes swipes reps repetitions laps".split())  # noqa: SIM905
# Head nouns that only locate or qualify: "the {{landward side}}", "the {{faulty adult form}}".
_VAGUE_HEADS = frozenset(
    """
    side sides part parts end ends half halves area areas portion portions form forms way ways
    kind kinds sort sorts type types aspect aspects rest top bottom front back middle thing
    things amount number lot
    """.split()  # noqa: SIM905
)
_FURTHER_READING_RE = lazy_compile(
    r"\b(?:for (?:more|further) (?:detail|details|information|reading)|further reading|"
    r"see also|read more|(?:good|reasonable|useful) (?:starting point|place to start)|"
    r"on Wikipedia|Wikipedia article)\b",
    re.IGNORECASE,
)
_EXAMPLE_RE = lazy_compile(
    r"(?:\bsuch as|\bfor example,?|\bfor instance,?|\be\.g\.,?|\bincluding) (?:(?:a|an|the) )?$"
)
_ENUMERATION_START_RE = lazy_compile(r"^[^.;]*?(?:,|:|\bincluding\b|\bsuch as\b|\bnamely\b)")


def fault(t: Tagged, span: Span, headline: str) -> str | None:
    """The reason this gap makes a poor card, or None when it is a fair test."""
    rest = t.sentence[: span.start] + t.sentence[span.end :]
    before = t.sentence[: span.start]
    numeric = span.kind in (Kind.NUMBER, Kind.YEAR, Kind.DATE)
    if _FURTHER_READING_RE.search(t.sentence):
        return "a pointer to further reading, not knowledge"
    dateline = _DATELINE_RE.match(t.sentence)
    if dateline and span.start < dateline.end():
        return "the place or date of a news dateline"
    if _shown_elsewhere(span, rest):
        return "a figure, month or name of the answer is printed in the stem"
    if span.text in _ERA_MARKERS or _WEEKDAYS & set(span.text.split()):
        return "an era marker ('BC') or a weekday is no answer"
    if span.kind in ENTITY_KINDS and _attribution(t.sentence, span):
        return "who reported a fact is not the fact"
    if _acronym_shown(span.text, rest):
        return "the stem prints the answer's acronym"
    if any(
        d in headline and re.search(_FIGURE.format(re.escape(d)), headline)
        for d in _DIGITS_RE.findall(span.text)
    ):
        return "the deck's title holds the answer's figure"
    if numeric and _worked_out(span, t.sentence):
        return "the stem's other figures add up to the answer"
    if span.kind == Kind.NUMBER and _enumerated(span, t.sentence):
        return "the sentence goes on to list what it counts"
    if numeric and _numbering(before, span):
        return "list numbering or a repetition count, not a fact"
    if _EXAMPLE_RE.search(before):
        return "one example of several: more than one right answer"
    if numeric and before.count("(") > before.count(")"):
        return "a figure in brackets is an aside"
    if span.kind == Kind.PHRASE and _comparative(t, span):
        return "a comparison ('wider anxieties') is relative, not a term"
    if not numeric and re.search(r"\bthan $", before):
        return "the contrast gives the other side away"
    if span.kind == Kind.PHRASE and span.text.split()[-1].lower() in _VAGUE_HEADS:
        return "a side or form of something, not the key term"
    after = t.sentence[span.end :]
    if (
        span.kind == Kind.PHRASE
        and re.search(r"\b(?:in|at) an? $", before)
        and re.match(r"\s*(?:[.,;:]|$)", after)
        and not re.match(r", (?:a|an|the) ", after)  # "in a {{rift valley}}, a place where"
    ):
        return "the setting, not what the sentence teaches"
    if span.kind == Kind.PHRASE and re.match(
        r",? (?:called|known as|termed|named|dubbed)\b", after
    ):
        return "the class word before the term the sentence names"
    if span.kind in _SETTING_KINDS and _attributive(t, span):
        return "a name used as a modifier of the noun after it"
    if span.kind in ENTITY_KINDS and _attributive(t, span, _STANCES):
        return "any actor fits before 'position', 'response', 'view'"
    return None


def _shown_elsewhere(span: Span, rest: str) -> bool:
    """'arrived in early April ... on {{6 April 1453}}', '-20 divided by 10 ... rises by
    {{10 percent}}', 'the Mid-Atlantic Ridge ... the {{Atlantic Ocean}}'."""
    for figure in _DIGITS_RE.findall(span.text):
        # The substring test first: most spans' figures are nowhere in the stem.
        if figure in rest and re.search(_FIGURE.format(re.escape(figure)), rest):
            return True
        spelled = _SPELLED.get(figure)
        if spelled and re.search(rf"\b{spelled}\b", rest, re.IGNORECASE):
            return True  # "for {{40 days}} ... meaning forty days"
    words = re.findall(r"[^\W\d_][\w'’]*", span.text)
    for word in words:
        value = _VALUES.get(word.lower()) or _ORDINALS.get(word.lower())
        if value is not None and re.search(_FIGURE.format(value), rest):
            return True  # "{{forty days}} ... 40 days", "{{thirtieth power}} ... t is 30"
    # The last word of a name that is no person's is its class ("the Basic Multilingual
    # {{Plane}}" beside "Plane 0"): the words before it tell it apart.
    head = words[-1] if len(words) > 1 and span.kind != Kind.PERSON else None
    for word in words:
        if word in MONTHS and re.search(rf"\b{word}\b", rest):
            return True
        if word == head:
            continue
        if (
            word[:1].isupper()
            and len(word) >= 3
            and word.lower() not in STOP_WORDS
            and not _generic_name_word(word)
            and word in rest
            and re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", rest)
        ):
            return True  # a hyphen part counts: "Mid-Atlantic" shows "Atlantic"
        if word[:1].isupper() and len(word) >= 5 and _derived_in(word, rest):
            return True
    return False


def _generic_name_word(word: str) -> bool:
    """'Ocean', 'University', 'North': a word many names share tells nothing of this one
    ('the Atlantic Ocean and the {{Pacific Ocean}}')."""
    return word in _GENERIC_NAME_WORDS or zipf(word.lower()) >= 5.0


def _derived_in(word: str, rest: str) -> bool:
    """'left for {{Italy}} ... the Italian Renaissance': a capitalised word of the stem built
    on the answer (a demonym, an adjective) spells it out."""
    for other in re.findall(r"(?<![\w])[A-Z][\w]+", rest):
        pairs = enumerate(zip(word, other, strict=False))
        shared = next((i for i, (a, b) in pairs if a != b), min(len(word), len(other)))
        if other != word and shared >= max(4, len(word) - 3) and _DERIVED_RE.search(other):
            return True
    return False


def _attribution(sentence: str, span: Span) -> bool:
    """'..., the geologist {{Ann Berg}} told local media.', '..., said {{Ann Berg}}.': the
    source of a report closing its sentence."""
    after = sentence[span.end :]
    before = sentence[: span.start]
    closing = re.match(rf"\s+(?:{_SPEECH})\b[^,;]{{0,30}}[.!?]?\s*$", after)
    said = re.search(rf",\s+(?:{_SPEECH})\s+(?:the\s+)?(?:[a-z]+\s+){{0,3}}$", before)
    return bool(closing) or (bool(said) and re.match(r"\s*(?:[.,]|$)", after) is not None)


def _acronym_shown(text: str, rest: str) -> bool:
    """'The {{International Monetary Fund}} (IMF) lends ...': the initials spell the name."""
    capitals = [w for w in text.split() if w[:1].isupper()]
    if len(capitals) < 2:
        return False
    initials = "".join(w[0] for w in capitals)
    return re.search(rf"(?<![\w]){initials}s?(?![\w])", rest) is not None


def _value(text: str) -> float | None:
    match = _NUMBER_RE.search(text)
    return float(match.group().replace(",", "")) if match else None


def _worked_out(span: Span, sentence: str) -> bool:
    """'fewer than 5,000 Greeks, joined by about {{2,000}} foreigners, for a total of around
    7,000', '28 of 32 patients, or {{88 percent}}', 'an APR of {{24 percent}} that charges 2
    percent a month': the answer is arithmetic on the stem."""
    if len(_NUMBER_RE.findall(span.text)) != 1:
        return False
    answer = _value(span.text)
    rest = sentence[: span.start] + " " + sentence[span.end :]
    others = [
        float(m.group().replace(",", ""))
        for m in _NUMBER_RE.finditer(rest)
        if not _YEARISH_RE.match(m.group())
    ]
    if answer is None or not others:
        return False
    # "an APR of {{24 percent}} that charges 2 percent a month": the year is twelve months.
    others += [_PER_PERIOD[p] for p in dict.fromkeys(_PER_PERIOD_RE.findall(rest))]
    if len(others) < 2:
        return False
    percent = "percent" in span.text or "%" in span.text or "per cent" in span.text
    for i, a in enumerate(others):
        for b in others[i + 1 :]:
            if a == b or answer in (a, b):
                continue
            if answer in (a + b, abs(a - b)) or (a and b and answer in (a * b, a / b, b / a)):
                return True
            low, high = min(a, b), max(a, b)
            if percent and 0 < low < high and abs(100 * low / high - answer) <= 1:
                return True
    return False


def _count(text: str) -> int | None:
    first = text.split()[0].lower()
    if first.isdigit():
        return int(first)
    return _WORD_VALUES.get(first)


def _enumerated(span: Span, sentence: str) -> bool:
    """'{{three botanists}}, Hugo de Vries ..., Carl Correns ... and Erich von Tschermak',
    'about {{seven or eight major plates}}, including the Pacific, ...': the list that follows
    counts itself."""
    count = _count(span.text)
    if (
        count is None
        or not 2 <= count <= 12
        or not any(w in NUMBER_WORDS or w.isdigit() for w in span.text.lower().split()[:1])
    ):
        return False
    after = re.split(r"[.;]", sentence[span.end :], maxsplit=1)[0]
    if not _ENUMERATION_START_RE.match(after):
        return False
    # Items the list names: a capital right after a comma, 'and', 'including' or 'such as'.
    items = re.findall(r"(?:,|\band|\bor|\bincluding|\bsuch as|:)\s+(?:the\s+)?[A-Z0-9]", after)
    return len(items) >= max(2, count - 1)


def _numbering(before: str, span: Span) -> bool:
    """'repeat steps {{3 to 5}}', 'After {{10 to 20 strokes}}'."""
    last = before.split()[-1].lower() if before.split() else ""
    return last in _NUMBERING_WORDS or span.text.split()[-1].lower() in _REPETITIONS


_NOT_COMPARATIVE = frozenset("other upper inner outer former latter under over after".split())  # noqa: SIM905


def _comparative(t: Tagged, span: Span) -> bool:
    """'{{greater belligerence}}', '{{wider anxieties}}': a phrase led by a comparative, told
    from a noun ending in -er ('barrier reef') by its superlative being a word."""
    first = span.text.split()[0].lower()
    at = next((i for i, start in enumerate(t.starts) if start == span.start), None)
    if at is None or t.tags[at] != "ADJ" or " " not in span.text or not first.endswith("er"):
        return False
    return first not in _NOT_COMPARATIVE and zipf(first[:-2] + "est") >= 2.5


def _attributive(t: Tagged, span: Span, nouns: frozenset[str] | None = None) -> bool:
    """'The {{London}} surgeon Robert Liston', 'The {{EU}} position': a name standing as an
    adjective before a common noun (one of ``nouns`` if given) is the setting, and the noun
    it qualifies the point."""
    before = t.sentence[: span.start].split()
    if not before or before[-1].lower() not in ("the", "a", "an"):
        return False
    after = t.sentence[span.end :]
    match = re.match(r" ([a-z][a-z-]+)\b", after)
    if not match or (nouns is not None and match.group(1) not in nouns):
        return False
    position = span.end + 1
    return any(start == position and t.tags[i] == "NOUN" for i, start in enumerate(t.starts))


def narrowed(t: Tagged, span: Span) -> Span:
    """The span without a class word before the rare name it introduces: 'the mineral
    {{aragonite}}', not 'the {{mineral aragonite}}'."""
    words = span.text.split()
    if span.kind == Kind.PERSON and len(words) >= 3 and demonym(words[0]):
        # "the American {{Mary Cassatt}}": a correct "Mary Cassatt" must not look wrong.
        head = span.text[len(words[0]) + 1 :]
        return Span(head, span.end - len(head), span.kind)
    if span.kind != Kind.PHRASE or not _class_word_first(t, span):
        return span
    head = span.text.split()[1]
    return Span(head, span.end - len(head), Kind.TERM)


# The particle joining the parts of one name ("Musée d'Orsay", "Nevado del Ruiz", "Muhammad bin
# Tughluq", "Vincent van Gogh"): a gap on either side of it leaves the other half as a hint.
NAME_LINK = r"(?:d['’]|(?:de|du|des|del|della|di|da|dos|von|van|der|bin|ibn|bint|ben) |al-)"
_NAME_PART = r"[A-Z][\w'’.-]*"
# A rank before a name is not part of the answer: "Sultan {{Muhammad bin Tughluq}}".
_RANKS = TITLES | frozenset("Sultan Emperor Empress Shah Caliph Tsar Emir Prince Princess".split())  # noqa: SIM905


def whole_name(t: Tagged, span: Span) -> Span:
    """A name the tagger cut at its particle, made whole: "{{Sultan Muhammad}} bin Tughluq"
    -> "Sultan {{Muhammad bin Tughluq}}", "Nevado del {{Ruiz}}" -> "{{Nevado del Ruiz}}"."""
    if not span.text[:1].isupper():
        return span
    start, end = span.start, span.end
    while after := re.match(rf" {NAME_LINK}{_NAME_PART}", t.sentence[end:]):
        end += after.end()
    while before := re.search(rf"{_NAME_PART} {NAME_LINK}$", t.sentence[:start]):
        start = before.start()
    if (start, end) == (span.start, span.end):
        return span
    words = t.sentence[start:end].split()
    while len(words) > 2 and words[0] in _RANKS:
        start += len(words.pop(0)) + 1
    return Span(t.sentence[start:end], start, span.kind)


_OTHER_DEMONYMS = frozenset("French Dutch Swiss Greek Welsh Scottish English Irish".split())  # noqa: SIM905


def demonym(word: str) -> bool:
    """'American', 'Japanese', 'French': a word naming where someone is from."""
    if word in _OTHER_DEMONYMS:
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|i)", word)) and any(
        country[:4] == word[:4] for country in gazetteer.COUNTRY_SET
    )


def _class_word_first(t: Tagged, span: Span) -> bool:
    """'the {{mineral aragonite}}', 'the {{enzyme rubisco}}': a common noun naming the class,
    then a rare word naming the thing; the rare word is the answer, not the pair."""
    parts = span.text.split()
    at = next((i for i, start in enumerate(t.starts) if start == span.start), None)
    if at is None or len(parts) != 2 or at + 1 >= len(t.tags) or t.tags[at] != "NOUN":
        return False
    head = parts[1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return zipf(parts[0]) >= 3.5 and zipf(head) < 2.0 and head.isalpha() and not plural


_PLACE_KINDS = frozenset({Kind.COUNTRY, Kind.CITY, Kind.REGION, Kind.PLACE})
_KEY_KINDS = frozenset({Kind.PERSON, Kind.TERM, Kind.NUMBER, Kind.DATE, Kind.YEAR})
# "In 1810 ...", "In the 1770s ...", "Around 1954 ...": when the sentence's story happened.
_OPENING_TIME_RE = lazy_compile(
    r"^(?:In|Around|By|About|From|During|Until|c\.) (?:the |early |late )*$"
)


# "about fifty sheep": a rough count, not the figure a sentence is there to give.
_ROUGH_RE = lazy_compile(r"\b(?:about|around|roughly|some|nearly|almost|approximately|over) $")


def concept_term(span: Span) -> bool:
    """A phrase of several words, one of them rare: a term of the subject ("magnetised rock",
    "mid-ocean ridges"), not an everyday phrase ("oil lamps")."""
    words = span.text.split()
    # The large word list, as for a rare term: the small one knows no "archbishops" either,
    # and a dispute between {{rival archbishops}} is no term.
    return (
        span.kind == Kind.PHRASE and len(words) > 1 and min(map(lemma_zipf, words)) < RARE_TERM_ZIPF
    )


_EACH_RE = lazy_compile(
    r", each (?:[a-z]+ing )?(?:about |around |roughly |some |nearly |almost )?$"
)


def _each_aside(t: Tagged, span: Span) -> bool:
    """'..., each weighing about {{1,000 tonnes}}, ...': a figure in an aside on each item."""
    return (
        span.kind == Kind.NUMBER
        and _EACH_RE.search(t.sentence[: span.start]) is not None
        and t.sentence[span.end : span.end + 1] in (",", ")", ";")
    )


_FINDING_RE = lazy_compile(
    r" (?:proposed|showed|demonstrated|discovered|found|suggested|argued|introduced|described)\b"
)


# "the pH scale, introduced in {{1909}} by the Danish chemist Søren Sørensen": the year of
# a finding told in the passive, with whoever made it after "by".
_PASSIVE_YEAR_RE = lazy_compile(
    r"\b(?:proposed|discovered|introduced|described|devised|invented|developed) in $"
)
_PASSIVE_BY_RE = lazy_compile(r"^ by (?:the )?(?:[A-Z][a-z]+ )?(?:[a-z]+ )?$")


def _finder(t: Tagged, span: Span) -> bool:
    """'Humphry Davy showed that', 'Harry Hess proposed': a name of two or three capitalised
    words right before a verb of finding (or after "by" in its passive)."""
    words = span.text.split()
    if span.kind != Kind.NAME or not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return _FINDING_RE.match(t.sentence[span.end :]) is not None or _passive_finder(t, span)


def _passive_finder(t: Tagged, span: Span) -> bool:
    before = t.sentence[: span.start]
    year = re.search(r"(\d{4}s?)( by .*)$", before)
    return (
        year is not None
        and _PASSIVE_YEAR_RE.search(before[: year.start()]) is not None
        and _PASSIVE_BY_RE.match(year.group(2)) is not None
    )


def _passive_year(t: Tagged, span: Span) -> bool:
    return (
        span.kind == Kind.YEAR
        and _PASSIVE_YEAR_RE.search(t.sentence[: span.start]) is not None
        and t.sentence[span.end :].startswith(" by ")
    )


def settings_last(t: Tagged, scored: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """Where and when set the scene; who and what are the point. A place ranks below a person,
    term, figure or date of the same sentence ("died in {{London}} on 16 April 1958, aged 37"
    is about the date and the age), and an opening year ranks below the person it introduces
    ("In {{1810}} Humphry Davy showed that ..." is Davy's finding) or the term or exact figure
    it reports ("In {{1982}} ... proposed the VEI, which rates eruptions from 0 to 8")."""
    keys = [s for span, s in scored if span.kind in _KEY_KINDS]
    people = [s for span, s in scored if span.kind == Kind.PERSON and len(span.text.split()) > 1]
    # Below a term or figure by more than the 0.2 band a card's type is drawn from, or the
    # time's multiple choice still wins the type draw; a rough count is no more the point.
    points = [
        s - 0.3
        for span, s in scored
        if span.kind in (Kind.TERM, Kind.NUMBER) and not _ROUGH_RE.search(t.sentence[: span.start])
    ]
    points += [s - 0.05 for s in people]
    # "In 1810 {{Humphry Davy}} showed that ...": whoever a finding is credited to, though the
    # index took the name for no person's, is the point a reader wanted asked.
    points += [s - 0.05 for span, s in scored if _finder(t, span)]
    # A term of the subject ("symmetrical stripes of {{magnetised rock}}") is what "In 1963 ..."
    # reports; a reader marked the year the wrong gap.
    points += [s - 0.3 for span, s in scored if concept_term(span)]
    # "eight machines, each weighing about {{1,000 tonnes}}, dug 42 km of tunnels": a figure
    # of every item of a group is a side quantity beside what the group did.
    sides = {span.start for span, _ in scored if _each_aside(t, span)}
    main_figures = [
        s - 0.3 for span, s in scored if span.kind == Kind.NUMBER and span.start not in sides
    ]
    opening_year = any(
        span.kind in (Kind.YEAR, Kind.DATE) and _OPENING_TIME_RE.match(t.sentence[: span.start])
        for span, _ in scored
    )
    finders = [s for span, s in scored if _finder(t, span)]
    passive = any(_passive_year(t, span) for span, _ in scored)
    ranked = []
    for span, score in scored:
        if span.start in sides and main_figures:
            score = min(score, max(main_figures))
        elif span.kind in _PLACE_KINDS and keys:
            score = min(score, max(keys) - 0.1)
        elif (
            span.kind in (Kind.YEAR, Kind.DATE)
            and points
            and _OPENING_TIME_RE.match(t.sentence[: span.start])
        ):
            score = min(score, max(points))
        elif _passive_year(t, span) and finders:
            score = min(score, max(finders) - 0.3)
        elif _finder(t, span) and (opening_year or passive):
            # "In the early 1960s {{Harry Hess}} proposed seafloor spreading: new crust forms at
            # mid-ocean ridges ...": who proposed it, not the ridges of the explanation after.
            # Told in the passive, the name ends a sentence of settings ("while he was working
            # at the {{Carlsberg Laboratory}}") and must rank above them to be asked.
            score = max(score, 0.9 if passive else 0.8)
        ranked.append((span, score))
    return ranked


def alias_beside(span: Span, sentence: str) -> bool:
    """The sentence names the answer a second way right beside it: a formula or short name in
    brackets ("the {{ammonium ion}} (NH4+)") or an acronym's spelled-out form ("{{NAIRU}}, the
    non-accelerating inflation rate of unemployment")."""
    after = sentence[span.end :]
    if span.kind not in (Kind.NUMBER, Kind.YEAR, Kind.DATE) and re.match(
        r" \((?:[A-Z][A-Za-z0-9+\-−]*|[A-Z][^)]{0,30})\)", after
    ):
        return True
    if span.text.isupper() and len(span.text) >= 2:
        spelled = re.match(r",? (?:the |a |an )?((?:[\w-]+ ){1,8}[\w-]+)", after)
        if spelled:
            words = [w for w in re.split(r"[\s-]+", spelled.group(1)) if w]
            letters = "".join(w[0] for w in words if w.lower() not in STOP_WORDS or w == words[0])
            return (
                span.text.lower() in letters.lower()
                and letters[:1].lower() == span.text[:1].lower()
            )
    return False
