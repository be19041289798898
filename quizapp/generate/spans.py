"""Whole-idea answers in a tagged sentence: names, numbers with their unit, whole ranges, dates,
defining terms and noun phrases. A span never crosses a verb and never cuts a word.

Every span is found on token boundaries of the sentence, so "Forty-{{c1::nine}}" cannot happen,
and a number keeps what it counts ("about {{c1::2,300 kilometres}}", "{{c1::70 to 90 percent}}").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate import tagger
from quizapp.generate.answers import MONTHS, EntityIndex, Kind, Span
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import STOP_WORDS, VERBS
from quizapp.generate.sentences import fine_zipf, normal, zipf

NUMBER_WORDS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    dozen
    """.split()  # noqa: SIM905
)
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "hundred"})
_PERCENT = frozenset({"percent", "per cent", "%"})
# Capitalised words that still belong to a unit: "29 degrees Celsius", "375 billion US dollars".
_UNIT_CAPS = frozenset({"Celsius", "Fahrenheit", "Kelvin", "US", "U.S.", "BC", "BCE", "AD", "CE"})
_RANGE_JOINERS = frozenset({"to", "and", "-", "–", "—", "or"})
_NAME_LINKS = frozenset({"of", "on", "for", "de", "van", "von", "the"})
_DEFINERS = ("called", "known as", "termed", "named", "dubbed", "nicknamed")
_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_DATE_RE = lazy_compile(
    rf"\b(?:\d{{1,2}}\s)?(?:{'|'.join(MONTHS)})(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s\d{{4}})?\b"
)
# "Sept. 5, 1977": an abbreviated month is a date only with its day, and never a gap alone.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_ABBR_DATE_RE = lazy_compile(rf"\b{_MONTH_ABBR}\.\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s\d{{4}}\b)?")
_ABBR_RE = lazy_compile(_MONTH_ABBR)
_YEAR_RE = lazy_compile(r"^(?:1[0-9]{3}|20[0-9]{2})s?$")
_NUMERAL_RE = lazy_compile(r"^[$€£]?\d+(?:,\d{3})*(?:\.\d+)?%?$")


@dataclass(frozen=True)
class Tagged:
    sentence: str
    words: tuple[str, ...]
    starts: tuple[int, ...]
    tags: tuple[str, ...]
    finite: tuple[bool, ...]

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.words[i])

    def text(self, i: int, j: int) -> str:
        """Tokens i..j-1 as written."""
        return self.sentence[self.starts[i] : self.end(j - 1)]


def tag_sentence(sentence: str) -> Tagged:
    toks = tagger.tokens(sentence)
    words = [w for w, _ in toks]
    labels = tagger.tag_full(words)
    tags = [label.split("|")[0] for label in labels]
    finite = [label.endswith("|Fin") for label in labels]
    for i, word in enumerate(words):
        low = word.lower()
        if low in VERBS or (low.endswith("s") and low[:-1] in VERBS):
            tags[i], finite[i] = "VERB", True
    for i, word in enumerate(words):
        if len(word) >= 2 and word.isupper() and word.isalpha():
            tags[i], finite[i] = "PROPN", False  # "FIPS", "NASA": an acronym is a name
    _verbs_read_as_nouns(words, tags, finite)
    return Tagged(sentence, tuple(words), tuple(s for _, s in toks), tuple(tags), tuple(finite))


_CLAUSE_BREAKS = frozenset({",", ";", "that", "which", "who", "and", "but", "because", "while"})


def _verbs_read_as_nouns(words: list[str], tags: list[str], finite: list[bool]) -> None:
    """'The ocean absorbs roughly ...': in a clause with no verb, the -s word after a noun is
    most likely its verb, which the model read as a plural noun."""
    start = 0
    for end in [*(i for i, w in enumerate(words) if w.lower() in _CLAUSE_BREAKS), len(words)]:
        if not any(finite[start:end]):
            for i in range(max(start, 1), end):
                word = words[i]
                if (
                    tags[i] == "NOUN"
                    and word.endswith("s")
                    and not word.endswith(("ss", "us", "is"))
                    and tags[i - 1] in ("NOUN", "PROPN", "ADJ")
                    and i + 1 < len(words)
                    and (
                        tags[i + 1] in ("ADV", "ADP", "DET", "PRON", "PART", "NUM", "ADJ")
                        or (words[i - 1].endswith("s") and tags[i + 1] == "NOUN")
                    )
                ):
                    tags[i], finite[i] = "VERB", True
                    break
        start = end + 1


def _is_number_token(word: str) -> bool:
    return bool(_NUMERAL_RE.match(word)) or word.lower() in NUMBER_WORDS


def _number_span(t: Tagged, i: int) -> tuple[int, int] | None:
    """Tokens i..j of a number with its scale, unit and range partner, or None."""
    n = len(t.words)
    j = i + 1
    while j < n and t.words[j].lower() in _SCALES:
        j += 1
    if j < n and t.words[j] in _PERCENT:
        j += 1
    if j + 1 < n and t.words[j] == "per" and t.words[j + 1] == "cent":
        j += 2
    # A range: "70 to 90 percent", "between 23 and 29 degrees", "hundreds to millions".
    if (
        j + 1 < n
        and t.words[j] in _RANGE_JOINERS
        and (t.words[j] != "and" or (i > 0 and t.words[i - 1].lower() == "between"))
    ):
        k = j + 1
        if k < n and t.words[k].lower() in ("about", "around", "roughly", "nearly"):
            k += 1
        if k < n and _is_number_token(t.words[k]):
            j = k + 1
            while j < n and t.words[j].lower() in _SCALES:
                j += 1
            if j < n and t.words[j] in _PERCENT:
                j += 1
    # The unit or what is counted: up to three nouns and adjectives, lower case.
    if j < n and t.words[j - 1] not in _PERCENT and t.words[j - 1] != "cent":
        k = j
        if _misread_unit(t, j):
            tags = list(t.tags)  # "512 bytes;": a plural after a numeral is what it counts
            tags[j] = "NOUN"
            t = Tagged(t.sentence, t.words, t.starts, tuple(tags), t.finite)
        while (
            k < n
            and k - j < 3
            and (
                (t.tags[k] in ("NOUN", "ADJ") and t.words[k][:1].islower())
                or t.words[k] in _UNIT_CAPS
                # "104,000 Facebook users": a name that qualifies the counted noun
                or (
                    k == j
                    and t.tags[k] == "PROPN"
                    and k + 1 < n
                    and t.tags[k + 1] == "NOUN"
                    and t.words[k + 1][:1].islower()
                )
            )
            and (normal(t.words[k]) not in STOP_WORDS or t.words[k] in _UNIT_CAPS)
        ):
            k += 1
            plural = t.words[k - 1].endswith("s") and not t.words[k - 1].endswith("ss")
            if plural and t.tags[k - 1] == "NOUN" and t.words[k - 1] not in _UNIT_CAPS:
                break  # "7,000 ships pass through": the counted noun ends the unit
        if k == j + 1 and k < n and t.words[j].endswith("s") and _is_number_token(t.words[k]):
            k = j  # "1729 equals 1 cubed plus ...": a verb before a figure counts nothing
        if k > j + 1 and k + 1 < n and t.words[k] == "to" and t.tags[k + 1] == "VERB":
            k -= 1  # "three helium nuclei combine to form": the last "noun" is the verb
        # Keep only a run that ends in a noun: "3,000 individual reefs", not "3,000 individual".
        while k > j and t.tags[k - 1] not in ("NOUN",) and t.words[k - 1] not in _UNIT_CAPS:
            k -= 1
        if k > j and k + 1 < n and t.words[k] == "per" and t.words[k + 1][:1].islower():
            k += 2  # "160 kilometres per hour": the unit is the rate, not its first half
        j = k
    return i, j


def _misread_unit(t: Tagged, j: int) -> bool:
    """A plural read as a verb right after a numeral, before punctuation or a preposition."""
    after = t.tags[j + 1] if j + 1 < len(t.words) else "PUNCT"
    return (
        t.tags[j] == "VERB"
        and t.words[j].islower()
        and t.words[j].endswith("s")
        and bool(_NUMERAL_RE.match(t.words[j - 1]))
        and after in ("PUNCT", "ADP", "CCONJ")
    )


def _in_list(t: Tagged, a: int, b: int) -> bool:
    """'in 2016, 2017, 2020, 2022 and 2024': one item of a list is no whole idea."""
    n = len(t.words)
    left = a >= 2 and t.words[a - 1] in (",", "and", "or") and _is_number_token(t.words[a - 2])
    right = b + 1 < n and t.words[b] in (",", "and", "or") and _is_number_token(t.words[b + 1])
    return left or right


_TIME_PREPOSITIONS = frozenset(
    "in by since until till from of around circa c. before after during".split()  # noqa: SIM905
)


def _year_range_end(t: Tagged, i: int) -> int | None:
    """The token after "1959 to 1971" / "1904-05" / "between 1618 and 1648" starting at i."""
    n = len(t.words)
    if not (i + 2 < n and t.words[i + 1] in _RANGE_JOINERS and _YEAR_RE.match(t.words[i + 2])):
        return None
    if t.words[i + 1] != "and" or (i > 0 and t.words[i - 1].lower() == "between"):
        return i + 3
    return None


def _range_partner(t: Tagged, i: int) -> bool:
    """The second year of a range ("1904 to {1905}") is half an idea."""
    return (
        i >= 2 and t.words[i - 1] in _RANGE_JOINERS and _YEAR_RE.match(t.words[i - 2]) is not None
    )


_DETERMINERS = frozenset("his her its their our my your the a an this that".split())  # noqa: SIM905


def _dated_noun(t: Tagged, i: int) -> bool:
    """'his 1915 book', 'the 2016 election': a year dating the singular noun after it is the
    answer on its own; a count would need a plural ("1915 soldiers")."""
    nxt = t.words[i + 1] if i + 1 < len(t.words) else ""
    return (
        i > 0
        and t.words[i - 1].lower() in _DETERMINERS
        and nxt[:1].islower()
        and not (nxt.endswith("s") and not nxt.endswith("ss"))
    )


def _vague_amount(t: Tagged, i: int) -> bool:
    """'several hundred kilograms', 'a few thousand': a scale word with no figure before it
    is half a quantity."""
    prev = t.words[i - 1].lower() if i else ""
    return t.words[i].lower() in _SCALES | {"dozen"} and not _is_number_token(prev)


# Words that name a point on a scale or index: "magnitude 7.1", "category 5", "grade II".
_SCALE_NAMES = frozenset(
    {"magnitude", "category", "grade", "level", "stage", "force", "class", "tier"}
)
_SCALE_VALUE_RE = lazy_compile(r"^(?:\d{1,2}(?:\.\d)?|I{1,3}|IV|VI{0,3}|IX|X)$")
_ACRONYM_RE = lazy_compile(r"^[A-Z]{2,5}$")


def _scale_value(t: Tagged, i: int) -> bool:
    """Tokens i, i+1 are a scale and its value ("a VEI 6", "magnitude 7.1"): the value is
    the fact to learn, and with its scale it reads as a whole answer, not a name's tail."""
    if i + 1 >= len(t.words) or not _SCALE_VALUE_RE.match(t.words[i + 1]):
        return False
    value = t.words[i + 1]
    if re.match(r"[.\-–/]\w|[\-–/]", t.sentence[t.end(i + 1) : t.end(i + 1) + 2]):
        return False  # "level 4.5.2", "class 3-4": a label or a range, not one value
    if t.words[i].lower() in _SCALE_NAMES:
        return True
    # An acronym names the scale only with a small value: "RFC 2308" is a document's number.
    return bool(_ACRONYM_RE.match(t.words[i])) and value[:1].isdigit() and float(value) <= 12


def number_spans(t: Tagged) -> list[Span]:
    spans: list[Span] = []
    i = 0
    n = len(t.words)
    while i < n:
        word = t.words[i]
        if _scale_value(t, i):
            spans.append(Span(t.text(i, i + 2), t.starts[i], Kind.NUMBER))
            i += 2
            continue
        after_time_word = i > 0 and t.words[i - 1].lower() in _TIME_PREPOSITIONS
        if _YEAR_RE.match(word) and (
            after_time_word or not (i + 1 < n and t.tags[i + 1] == "NOUN") or _dated_noun(t, i)
        ):
            # "in 1356 representatives met": after "in" a year is a year, not a head count.
            end = _year_range_end(t, i)
            if end is not None:
                # "from 1959 to 1971": the whole period, never half of it.
                spans.append(Span(t.text(i, end), t.starts[i], Kind.DATE))
                i = end
                continue
            if not _in_list(t, i, i + 1) and not _range_partner(t, i):
                spans.append(Span(word, t.starts[i], Kind.YEAR))
            i += 1
            continue
        trivial = word.lower() == "two" or (i > 0 and t.words[i - 1].lower() in ("the", "these"))
        if (
            _is_number_token(word)
            and not trivial
            and not _vague_amount(t, i)
            and not (word[:1].isupper() and i > 0 and word.lower() in NUMBER_WORDS)
        ):
            found = _number_span(t, i)
            if found:
                a, b = found
                counted = b > a + 1 or word.endswith("%") or word[:1] in "$€£"
                if counted and not _in_list(t, a, b):
                    spans.append(Span(t.text(a, b), t.starts[a], Kind.NUMBER))
                    i = b
                    continue
        i += 1
    return spans


def date_spans(t: Tagged) -> list[Span]:
    out = []
    for match in _DATE_RE.finditer(t.sentence):
        text = match.group()
        if text in MONTHS:
            continue  # "May" alone is too often not a date
        out.append(Span(text, match.start(), Kind.DATE))
    for match in _ABBR_DATE_RE.finditer(t.sentence):
        out.append(Span(match.group(), match.start(), Kind.DATE))
    return out


def name_spans(t: Tagged, index: EntityIndex) -> list[Span]:
    names = index.names_in(t.sentence)
    spans = [Span(text, pos, index.kind(text)) for text, pos in names]
    # "Intergovernmental Panel" + "on" + "Climate Change" is one name.
    merged: list[Span] = []
    for span in spans:
        if merged:
            last = merged[-1]
            between = t.sentence[last.end : span.start]
            if between.strip() in ("on", "for", "of") and between.count(" ") == 2:
                text = t.sentence[last.start : span.end]
                merged[-1] = Span(
                    text,
                    last.start,
                    index.kind(text)
                    if text in index.mentions
                    else (last.kind if last.kind == Kind.ORG else Kind.NAME),
                )
                continue
        merged.append(span)
    out = []
    for number, span in enumerate(merged):
        # "Facebook, Instagram and Messenger": one item of a list of names is no whole idea.
        gap_before = t.sentence[merged[number - 1].end : span.start] if number else None
        gap_after = (
            t.sentence[span.end : merged[number + 1].start] if number + 1 < len(merged) else None
        )
        if any(
            g is not None
            and re.sub(r"\bthe\b", "", g).strip() in (",", "and", ", and", "or", ", or", ", ,")
            for g in (gap_before, gap_after)
        ) or re.search(r"[A-Za-z]-[A-Z]", span.text):
            continue  # one item of a list; "North Korea-Russia" is a compound, not one name
        after = t.sentence[span.end : span.end + 1]
        before = t.sentence[span.start - 1 : span.start] if span.start else ""
        if after in ("-", "–") or before in ("-", "–") or span.text in MONTHS:
            continue  # "North Korea-Russia", "Sino-"
        epithet = _EPITHET_RE.match(t.sentence[span.end :])
        if epithet and " " not in span.text and zipf(epithet.group(1)) == 0.0:
            # "Yersinia pestis", "Plasmodium falciparum": a species is named by both words.
            span = Span(span.text + epithet.group(), span.start, span.kind)
        out.append(span)
    return out


_EPITHET_RE = lazy_compile(r" ([a-z]{3,}(?:us|um|is|ae|ii|i|a|ens|ax|ale|o))\b(?!-)")


def _token_at(t: Tagged, pos: int) -> int | None:
    for i, start in enumerate(t.starts):
        if start == pos:
            return i
    return None


def term_spans(t: Tagged) -> list[Span]:
    """The term a sentence defines: "stinging cells called {nematocysts}", "known as {NOAA}"."""
    out = []
    low = [w.lower() for w in t.words]
    n = len(low)
    for i in range(n):
        for definer in _DEFINERS:
            parts = definer.split()
            if low[i : i + len(parts)] != parts:
                continue
            k = i + len(parts)
            if k < n and low[k] in ("the", "a", "an"):
                k += 1
            j = k
            while (
                j < n
                and j - k < 4
                and (t.tags[j] in _NOUNISH or t.words[j][:1].isupper())
                and low[j] not in STOP_WORDS
                and not t.finite[j]
            ):
                j += 1
            if (
                j + 1 < n
                and low[j] == "of"
                and (t.tags[j + 1] == "NUM" or t.words[j + 1][:1].isupper())
            ):
                j += 2  # "the rule of 70" stays whole
            single_common = j == k + 1 and zipf(t.words[k]) >= 4.0 and t.words[k][:1].islower()
            if (
                j > k
                and not single_common
                and (
                    j == n
                    or t.tags[j] in ("PUNCT", "ADP", "PRON", "CCONJ", "SCONJ", "DET", "AUX")
                    or t.finite[j]
                    or low[j] in ("which", "that", "who")
                )
            ):
                k = _name_tail(t, k, j)
                out.append(Span(t.text(k, j), t.starts[k], Kind.TERM))
    return out


def _name_tail(t: Tagged, k: int, j: int) -> int:
    """'named the ancient supercontinent Pangaea': the common words before a name are the
    clue, the name is the answer."""
    first_cap = next((m for m in range(k, j) if t.words[m][:1].isupper()), j)
    if k < first_cap < j and all(t.words[m][:1].isupper() for m in range(first_cap, j)):
        return first_cap
    return k


# Prepositions that follow a participle of motion or position: "lithosphere riding on".
_PARTICIPLE_LINKS = frozenset(
    """
    on onto over along through across into toward towards around past beneath under against
    away up down out off
    """.split()  # noqa: SIM905
)


# Prepositions the tagger may read as adverbs.
_PLACE_ADVERBS = frozenset(
    "inside outside near around along within beyond behind above below across into".split()  # noqa: SIM905
)
_CAUSATIVES = frozenset(
    "make makes made let lets help helps helped have has had see saw".split()  # noqa: SIM905
)


def noun_phrases(t: Tagged) -> list[Span]:
    """Maximal runs of adjectives and nouns ending in a noun, none a function word."""
    out = []
    n = len(t.words)
    i = 0
    while i < n:
        if t.tags[i] not in ("ADJ", "NOUN") or normal(t.words[i]) in STOP_WORDS:
            i += 1
            continue
        j = i
        while (
            j < n
            and t.tags[j] in ("ADJ", "NOUN")
            and normal(t.words[j]) not in STOP_WORDS
            and not t.finite[j]
            and t.words[j][:1].islower()
        ):
            j += 1
        k = j
        while k > i and t.tags[k - 1] != "NOUN":
            k -= 1
        if (
            k - i >= 2
            and t.words[k - 1].endswith("ing")
            and k < n
            and t.words[k].lower() in _PARTICIPLE_LINKS
        ):
            k -= 1  # "pieces of lithosphere riding on ...": the -ing word is a verb
        if k - i == 2 and zipf(t.words[i]) >= 4.3 and zipf(t.words[i + 1]) < 2.5:
            i += 1  # "the element curium", "the mineral aragonite": the name is the answer
        if k > i and k - i <= 4:
            # A run glued to a name or number on its left is part of something bigger; a run
            # after a verb may be a misread verb phrase ("keep inflation low"): it must follow
            # a determiner, a preposition or a comma.
            prev_tag = t.tags[i - 1] if i else "PUNCT"
            left_ok = (
                prev_tag in ("DET", "ADP", "PUNCT", "CCONJ", "NUM")
                or (i and t.words[i - 1].lower() in _PLACE_ADVERBS)  # "born inside giant clouds"
            ) and not (i and t.tags[i - 1] == "NUM")
            last, before = t.words[k - 1], t.words[k - 2] if k - i >= 2 else ""
            nxt = t.tags[k] if k < n else "PUNCT"
            verb_risk = (
                bool(before)
                and last.endswith("s")
                and not before.endswith("s")
                and nxt not in ("PUNCT", "ADP", "CCONJ")
            )
            low_prev = t.words[i - 1].lower() if i else ""
            low_next = t.words[k].lower() if k < n else ""
            alternative = (
                low_next in ("or", "and")
                and k + 1 < n
                and t.tags[k + 1]
                in (
                    "ADJ",
                    "NOUN",
                )
            )
            alternative = alternative or (
                low_prev in ("or", "and", "but") and i > 1 and t.tags[i - 2] in ("NOUN", "ADJ")
            )
            pronoun_head = last.lower() in ("one", "ones", "kind", "kinds", "sort", "type")
            # "makes the dough expand": after a causative the last word is a bare verb.
            causative = i >= 2 and t.words[i - 2].lower() in _CAUSATIVES and k - i >= 2
            wanted = (
                left_ok and not verb_risk and not alternative and not pronoun_head and not causative
            )
            if wanted and (k - i == 1 or _specific(t, i, k)):
                out.append(Span(t.text(i, k), t.starts[i], Kind.PHRASE))
        i = max(j, i + 1)
    return out


# "2:45 to 3:15", "3:00–3:30 minutes": a clock time or a range of them, whole.
_TIME_RE = lazy_compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?:\s?(?:to|–|-)\s?\d{1,2}:\d{2})?"
    r"(?:\s(?:minutes|hours|a\.m\.|p\.m\.))?(?![\d:])"
)


def time_spans(t: Tagged) -> list[Span]:
    return [Span(m.group(), m.start(), Kind.NUMBER) for m in _TIME_RE.finditer(t.sentence)]


_DEATH_WORDS = frozenset({"died", "dies", "die", "dying"})


def cause_spans(t: Tagged) -> list[Span]:
    """'died of {{yellow fever}} in November 1863': what someone died of is a whole answer,
    and a reader wanted it asked instead of the month; an everyday word ('died of shock')
    is no term to learn."""
    out = []
    n = len(t.words)
    for i, word in enumerate(t.words):
        if word.lower() not in _DEATH_WORDS:
            continue
        j = i + 1
        if j < n and t.tags[j] == "ADV":
            j += 1  # "died suddenly of"
        if j >= n or t.words[j].lower() not in ("of", "from"):
            continue
        a = k = j + 1
        while (
            k < n
            and k - a < 3
            and t.tags[k] in ("ADJ", "NOUN")
            and t.words[k].islower()
            and not t.words[k].endswith(("wards", "ly"))  # "of infection afterwards"
        ):
            k += 1
        if k == a or t.tags[k - 1] != "NOUN" or (k < n and t.tags[k] not in ("ADP", "PUNCT")):
            continue
        if k - a == 1 and zipf(t.words[a]) >= 4.0:
            continue
        out.append(Span(t.text(a, k), t.starts[a], Kind.TERM))
    return out


def all_spans(t: Tagged, index: EntityIndex) -> list[Span]:
    """Every candidate answer, the more definite kinds claiming their text first."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def add(span: Span) -> None:
        if not span.text.strip() or span.text.split()[0] in STOP_WORDS | {"whichever", "whatever"}:
            return  # "Most {{of the G3P}}": an answer never opens with a function word
        before = t.sentence[span.start - 1 : span.start] if span.start else " "
        after = t.sentence[span.end : span.end + 1] or " "
        if before.isalnum() or before in "-–'’/" or after.isalnum() or after in "-–+/":
            return  # part of a bigger word: "Forty-nine", "256-bit"
        if any(span.start < b and a < span.end for a, b in taken):
            return
        if re.search(r"\d:$", t.sentence[max(0, span.start - 2) : span.start]) or re.match(
            r":\d", t.sentence[span.end : span.end + 2]
        ):
            return  # "2:{{30 to 3}}:00": a piece of a time; swapped it reads "2:87 to 45:00"
        if _ABBR_RE.fullmatch(span.text) and after == ".":
            return  # "{{Sept}}. 5": half of an abbreviated date
        near = t.sentence[max(0, span.start - 2) : span.start] + t.sentence[span.end : span.end + 2]
        if "=" in near:
            return  # "MV = PQ": part of a formula
        if before == "(" and after == ")" and span.kind != Kind.NUMBER:
            return  # "(AES)" after its expansion: the stem spells it out
        if span.text.isupper() and re.match(r"\(|\s?\d", t.sentence[span.end : span.end + 2]):
            return  # "RFC 2308", "EDNS(0)": the acronym is half of a bigger name
        if re.fullmatch(r"(?:[A-Z]\.)+", span.text) and re.match(
            r" ?[A-Z]\.", t.sentence[span.end : span.end + 3]
        ):
            return  # "U." of "U. S.-led"
        taken.append((span.start, span.end))
        spans.append(span)

    for group in (
        time_spans(t),
        term_spans(t),
        cause_spans(t),
        date_spans(t),
        number_spans(t),
        name_spans(t, index),
        noun_phrases(t),
        rare_nouns(t),
    ):
        for span in group:
            add(span)
    return sorted(spans, key=lambda s: s.start)


def word_zipf(word: str) -> float:
    """Rarity of a word; a hyphenated one ("long-term") is as common as its rarest part."""
    if "-" in word and zipf(word) == 0.0:
        parts = [p for p in word.split("-") if p]
        return min((zipf(p) for p in parts), default=0.0)
    return zipf(word)


def _specific(t: Tagged, i: int, k: int) -> bool:
    """A noun phrase is an idea worth asking when its rarest word is uncommon and a noun:
    "symmetric encryption", "sickle-cell trait", yes; "clearer picture", "heaviest burden",
    "original expectation", no."""
    rarest = min(range(i, k), key=lambda j: word_zipf(t.words[j]))
    word = t.words[rarest]
    return word_zipf(word) < (4.3 if k - i >= 3 else 3.9) and (
        t.tags[rarest] == "NOUN"
        or "-" in word  # "insecticide-treated bed net", "sickle-cell trait"
        or word_zipf(word) < 3.2  # "subterranean infrastructure"
        or (rarest < k - 1 and t.tags[k - 1] == "NOUN" and word_zipf(t.words[k - 1]) < 4.0)
        or k - i >= 3  # "giant molecular clouds": three words make a term of their own
    )


def phrase_is_rare(text: str) -> bool:
    """A noun phrase worth asking: a single word must be uncommon, a longer one hold one."""
    parts = text.split()
    if any(p.endswith("s") and not p.endswith(("ss", "us", "is")) for p in parts[:-1]):
        return False  # "farms carries sediment": a plural noun, then most likely a verb
    if len(parts) == 1:
        return zipf(parts[0]) < 3.6 and len(parts[0]) >= 5
    return any(word_zipf(w) < 4.2 for w in parts)


# Below this (in wordfreq's large list) a noun is a word of the subject, not of everyday
# English: "seismometers" 1.8, "heliopause" 1.3, "stagflation" 2.1; but "forerunner" 3.0,
# "afterthought" 2.9, "sanatorium" 2.8 and "centrepiece" 2.6 are anyone's words, and "magma"
# or "vents" (3.2, 3.3) too well known to be the point.
RARE_TERM_ZIPF = 2.5
# What may stand before a rare noun without making it half of a longer phrase: "the", "of",
# a comma, "and", the relative "that" ("earthquakes that {{seismometers}} can detect").
_TERM_LEFT_TAGS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "VERB", "AUX"})
_TERM_LEFT_WORDS = frozenset({"that", "which", "whose"})
# ... and after it, what ends a noun phrase: punctuation, a preposition, a conjunction, a
# relative pronoun or a verb ("{{lahars}} that followed", "{{seismometers}} can detect").
_TERM_RIGHT_TAGS = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
_RELATIVES = frozenset({"that", "which", "who", "whose"})


def lemma_zipf(word: str) -> float:
    """Rarity of a noun as a word, in the large list: a plural it lacks ("swarms") is as
    common as its singular ("swarm"), not unknown."""
    found = fine_zipf(word)
    if found or not word.endswith("s"):
        return found
    low = word.lower()
    singulars = [low[:-1]]
    if low.endswith("es"):
        singulars.append(low[:-2])
    if low.endswith("ies"):
        singulars.append(low[:-3] + "y")
    return max(fine_zipf(w) for w in singulars)


def _term_token(t: Tagged, i: int) -> bool:
    word = t.words[i]
    return (
        t.tags[i] == "NOUN"
        and not t.finite[i]
        and bool(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word))
        and normal(word) not in STOP_WORDS
    )


def rare_term_at(t: Tagged, a: int, b: int) -> bool:
    """Tokens a..b-1 are a rare noun or noun compound, whole: every word a lower-case noun,
    the last one rare, nothing before it that it qualifies or that qualifies it, and a
    phrase boundary after it. "{{seismometers}} can detect", "the {{lahars}} that followed";
    never "{{carrying seawater}}" (a participle), "{{cyclist faces}} a hill" (its verb) or
    "small {{earthquakes}}" (half of a phrase)."""
    n = len(t.words)
    if not 0 <= a < b <= n or b - a > 3 or not all(_term_token(t, i) for i in range(a, b)):
        return False
    head = t.words[b - 1]
    if "-" in head:
        return False  # "south-east", "trade-off", "plastic-free": rare only as written
    if lemma_zipf(head) >= RARE_TERM_ZIPF or len(head) < 6:
        # The rare word heads the compound: a rare word before a common one was most often a
        # noun before a misread verb or adverb ("{{anammox return}} nitrogen", "cryptography
        # {{alike}}").
        return False
    if any(w.endswith("ing") for w in t.words[a:b]):
        return False  # "boring", "carrying": most likely a verb or its participle
    if any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in t.words[a : b - 1]):
        return False  # "farms carries sediment": a plural inside the run is most likely a verb
    plural = t.words[b - 1].endswith("s") and not t.words[b - 1].endswith(("ss", "us", "is"))
    if plural and a > 0 and t.tags[a - 1] in ("NOUN", "PROPN"):
        return False  # "the moisture {{condenses}} on": an -s word after a noun is its verb
    if (
        plural
        and a > 0
        and t.finite[a - 1]
        and t.tags[a - 1] == "VERB"
        and not t.words[a - 1].endswith(("s", "ed"))
    ):
        return False  # "that moisture {{condenses}}", the noun read as the verb and back
    before = t.sentence[: t.starts[a]]
    if before.count("(") > before.count(")") or before.endswith(('"', "“", "'", "‘")):
        return False  # '(commercial "{{activators}}" are rarely necessary)': an aside
    if _paired(t, a, b):
        return False  # "sediment and {{fertiliser}}": either of a pair fits the gap
    left_ok = (
        a == 0
        or t.words[a - 1].lower() in _TERM_LEFT_WORDS
        or (t.tags[a - 1] in _TERM_LEFT_TAGS and not t.words[a - 1].endswith("ing"))
    )
    right_ok = (
        b == n
        or t.tags[b] in _TERM_RIGHT_TAGS
        or t.words[b].lower() in _RELATIVES
        # "At {{subduction}} zones one plate": an -s "verb" after it may be its own head noun.
        or (t.finite[b] and t.tags[b] == "VERB" and not t.words[b].endswith("s"))
    )
    return left_ok and right_ok


def _paired(t: Tagged, a: int, b: int) -> bool:
    """Tokens a..b-1 are one side of "X and Y" / "X or Y" (a determiner aside): "herbivores
    and {{carnivores}}", "an old carpet or a {{tarpaulin}}", "{{bubonic}} and pneumonic"."""
    low = [w.lower() for w in t.words]
    i = a - 1
    if i >= 0 and t.tags[i] == "DET":
        i -= 1
    if i >= 1 and low[i] in ("and", "or") and t.tags[i - 1] in ("NOUN", "ADJ", "PROPN"):
        return True
    j = b
    if j < len(low) and low[j] in ("and", "or"):
        j += 1
        if j < len(low) and t.tags[j] == "DET":
            j += 1
        return j < len(low) and t.tags[j] in ("NOUN", "ADJ", "PROPN")
    return False


def rare_nouns(t: Tagged) -> list[Span]:
    """Rare nouns that no other search found whole: after a relative pronoun or a verb."""
    out = []
    n = len(t.words)
    i = 0
    while i < n:
        if not _term_token(t, i):
            i += 1
            continue
        j = i
        while j < n and _term_token(t, j):
            j += 1
        if rare_term_at(t, i, j):
            out.append(Span(t.text(i, j), t.starts[i], Kind.PHRASE))
        i = j
    return out


def rare_term(t: Tagged, span: Span) -> bool:
    """The span is a rare noun or noun compound on its own (see ``rare_term_at``)."""
    a = _token_at(t, span.start)
    if a is None:
        return False
    b = next((k for k in range(a, len(t.words)) if t.end(k) == span.end), None)
    return b is not None and rare_term_at(t, a, b + 1)
