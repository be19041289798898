"""Candidate answers in a sentence - numbers, dates, names, key phrases - and what kind each is.

Kinds come from the article itself: a name is a person when the article gives it a title or
has it speak, an organisation when it is an acronym or says "Council", "University" and the like,
a country or place when the gazetteer knows it or the article puts it after "in", "to", "from".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum

from quizapp.generate.gazetteer import CITY_SET, COUNTRY_SET, REGION_SET, canonical
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import (
    HONORIFICS,
    MONTHS,
    ORG_WORDS,
    SPEECH_VERBS,
    STOP_WORDS,
    TITLES,
    is_person_noun,
)
from quizapp.generate.sentences import normal, zipf


class Kind(StrEnum):
    NUMBER = "number"
    YEAR = "year"
    DATE = "date"
    PERSON = "person"
    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    PLACE = "place"
    ORG = "organisation"
    NAME = "name"
    PHRASE = "phrase"
    TERM = "term"


ENTITY_KINDS = frozenset(
    {Kind.PERSON, Kind.COUNTRY, Kind.CITY, Kind.REGION, Kind.PLACE, Kind.ORG, Kind.NAME}
)


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    kind: Kind

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# Words that begin a name even at the start of a sentence: "New Zealand", "San Francisco".
_NAME_STARTERS = frozenset(
    """
    New North South East West San Santa Saint St. Los Las El La Le Great Upper Lower United
    Mount Lake Cape Port Fort
    """.split()  # noqa: SIM905
)
_PLACE_WORDS = frozenset(
    """
    Lake River Sea Ocean Bay Gulf Strait Canal Cut Locks Reef Island Islands Mountain Mountains
    Mount Valley Desert Forest Park Zone Coast Peninsula Isthmus Basin Falls Harbour Harbor
    Street Square Bridge Dam Atoll Triangle Cape
    """.split()  # noqa: SIM905
)
# Shared with the giveaway rules: words many names hold.
NAME_STARTERS, PLACE_WORDS = _NAME_STARTERS, _PLACE_WORDS
_PLACE_CUES = frozenset({"in", "to", "from", "near", "across", "at", "island", "city", "visited"})

_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_NAME_TOKEN = (
    rf"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=\s[{_CAP}])|[{_CAP}][\w’'\-]*[^\W_]\.?|[A-Z]{{2,}})"
)
# Particles inside a name: "Republic of the Congo", "David du Bose Gaillard", "van Gogh".
_NAME_RE = lazy_compile(
    rf"{_NAME_TOKEN}(?:\s(?:of\s(?:the\s)?|du\s|de\s|da\s|van\s|von\s|der\s|de la\s)?"
    rf"{_NAME_TOKEN})*"
)
NUMBER_RE = lazy_compile(
    r"(?<![\w.,$€£-])(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<suffix>%|s(?=\W|$))?(?:\s(?P<scale>percent|million|billion|trillion|thousand))?"
    r"(?![\w-]|\.\d)"
)
NUMBER_WORDS = tuple(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """.split()  # noqa: SIM905
)
# A spelled number counts only before a noun ("five people"), not in "the two nations".
WORD_NUMBER_RE = lazy_compile(
    rf"(?<!the )(?<!The )\b(?:{'|'.join(NUMBER_WORDS[1:])})\b(?= [a-z]{{3,}})"
)
_DATE_RE = lazy_compile(rf"\b(?:{'|'.join(MONTHS)})(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?\b")
_PHRASE_TOKEN_RE = lazy_compile(r"[a-z][a-z\-]+")


def _clean_name(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.rstrip(".") if not re.search(r"[A-Z]\.[A-Z]\.$|\b[A-Z]\.$", text) else text


def _raw_names(sentence: str) -> list[tuple[str, int]]:
    """Capitalised runs, split at titles; the title words themselves are not names."""
    found = []
    for match in _NAME_RE.finditer(sentence):
        start, tokens = match.start(), match.group().split(" ")
        run: list[str] = []
        offset = start
        run_start = start
        for token in [*tokens, ""]:
            if token in TITLES or token == "":
                if run:
                    found.append((" ".join(run), run_start))
                run = []
                run_start = offset + len(token) + 1
            else:
                if not run:
                    run_start = offset
                run.append(token)
            offset += len(token) + 1
    return [(_clean_name(text), pos) for text, pos in found if _clean_name(text)]


class EntityIndex:
    """What the whole (cleaned) article says about each name: its kind and how it is introduced."""

    def __init__(self, sentences: list[str]) -> None:
        self.capitalised_inside: set[str] = set()
        self.mentions: Counter[str] = Counter()
        # Lower-case word n-grams (n <= 3): how often the article repeats a phrase.
        self.ngrams: Counter[str] = Counter()
        for sentence in sentences:
            tokens = [t.lower() for t in re.findall(r"[\w’'-]+", sentence)]
            for n in (1, 2, 3):
                self.ngrams.update(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        self._cues: dict[str, set[str]] = defaultdict(set)
        # What the article calls each person: "the Genoese soldier X" -> {"soldier"}.
        self.roles: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            for text, pos in _raw_names(sentence):
                if pos > 0 and re.search(r"[\w,]\s$", sentence[:pos]):
                    self.capitalised_inside.add(text.split(" ")[0])
        for sentence in sentences:
            for text, pos in self.names_in(sentence):
                self.mentions[text] += 1
                before = sentence[:pos].split()
                after = re.sub(r"^(?:’s|'s|’|')", "", sentence[pos + len(text) :]).split()
                if before and before[-1] in TITLES:
                    self._cues[text].add("honorific" if before[-1] in HONORIFICS else "title")
                role = person_role(sentence[:pos])
                if role:
                    self.roles[text].add(role)
                if before and before[-1].lower() in {t.lower() for t in TITLES}:
                    self._cues[text].add("role")
                if before and before[-1].lower() in _PLACE_CUES:
                    self._cues[text].add("place")
                if after and after[0].strip(",.") in SPEECH_VERBS:
                    self._cues[text].add("speaks")
                following = sentence[pos + len(text) :]
                if following.startswith((", a ", ", an ", ", the ", ", who ")):
                    self._cues[text].add("defined")  # "Enigma, an electromechanical machine"
                if _person_apposition(following):
                    self._cues[text].add("apposition")
        self._kinds = {name: self._classify(name) for name in sorted(self.mentions)}

    def names_in(self, sentence: str) -> list[tuple[str, int]]:
        names = []
        for text, pos in _raw_names(sentence):
            first, _, rest = text.partition(" ")
            opening = pos == 0 or not re.search(r"[\w,]\s$", sentence[:pos])
            speaks = sentence[pos + len(text) :].split(" ", 2)[1:2] in ([w] for w in SPEECH_VERBS)
            starter = bool(rest) and first in _NAME_STARTERS
            if (normal(first) in STOP_WORDS and not starter) or (
                opening
                and first not in self.capitalised_inside
                and not (speaks and not rest)
                and not starter
            ):
                if not rest:
                    continue
                if normal(first) not in STOP_WORDS and _zipf_lower(first) < 5.0:
                    continue  # "Mission Control" at the start: never cut a name in two
                text, pos = rest, pos + len(first) + 1
            if text in MONTHS or _is_adjective(sentence, text, pos):
                continue
            names.append((text, pos))
        return names

    def _classify(self, name: str) -> Kind:
        cues = self._cues[name]
        if any(token in _PLACE_WORDS for token in name.split()[1:]):
            return Kind.PLACE  # "Gatún Lake", "Culebra Cut", "Great Barrier Reef": never a person
        if canonical(name) in COUNTRY_SET or name in COUNTRY_SET:
            return Kind.COUNTRY
        if name in CITY_SET:
            return Kind.CITY
        if name in REGION_SET:
            return Kind.REGION
        tokens = name.split()
        if any(t in ORG_WORDS for t in tokens) or re.fullmatch(r"[A-Z]{2,6}", name):
            return Kind.ORG
        if cues & {"honorific", "title", "role", "speaks", "apposition"} or self._is_surname(name):
            return Kind.PERSON
        if 2 <= len(tokens) <= 3 and self._cues[tokens[-1]] & {"honorific", "title", "speaks"}:
            return Kind.PERSON
        if "place" in cues:
            return Kind.PLACE
        return Kind.NAME

    def _is_surname(self, name: str) -> bool:
        return any(
            other != name and other.endswith(" " + name) and self._cues[other] - {"place"}
            for other in self.mentions
        )

    def kind(self, name: str) -> Kind:
        return self._kinds.get(name, Kind.NAME)

    def defined(self, name: str) -> bool:
        """The article says what the name is ("Enigma, an electromechanical rotor machine")."""
        return "defined" in self._cues[name]

    def unintroduced_person(self, name: str) -> bool:
        """A lone surname said once, with no first name or honorific: nothing to check it by."""
        return (
            self.kind(name) == Kind.PERSON
            and " " not in name
            and self.mentions[name] == 1
            and "honorific" not in self._cues[name]
            and not self._is_surname(name)
        )

    def surely_person(self, name: str) -> bool:
        """The article calls the name a person in so many words: a title, a role noun
        ("the engineer Johannes Grant") or a speech verb; an apposition alone ("the Golden
        Horn, the inlet ...") is no proof."""
        cues = self._cues.get(name, set())
        return bool(self.roles.get(name)) or bool(cues & {"honorific", "title", "role", "speaks"})

    def names_of_kind(self, kind: Kind) -> list[str]:
        return [name for name, k in self._kinds.items() if k == kind]


def person_role(before: str) -> str:
    """The role noun right before a name: "the Genoese soldier " -> "soldier", "an engineer
    named " -> "engineer", "President " -> "president"; "" when there is none."""
    words_ = before.split()
    if words_ and words_[-1] in ("named", "called"):
        words_ = words_[:-1]
    if not words_ or before[-1:] != " ":
        return ""
    last = words_[-1].strip(",")
    if last in TITLES:
        return last.rstrip(".").lower()
    return last if last.islower() and is_person_noun(last) else ""


# Nouns for people: "Alfred Wegener, a German meteorologist" names a person, "the Difference
# Engine, a mechanical calculator" or "the Golden Horn, a long harbour inlet" does not.
_PERSON_NOUNS = frozenset(
    """
    writer teacher leader member founder banker farmer lawyer officer soldier trader merchant
    manager player singer painter composer explorer minister brother sister mother father
    daughter partner author professor doctor director governor inventor investor editor sailor
    actor emperor ambassador successor predecessor mentor tutor donor commander engineer
    designer researcher reporter speaker owner worker supporter pioneer ruler builder producer
    publisher philosopher astronomer geographer photographer lecturer preacher printer
    friar monk nun poet king queen sultan pope priest wife husband widow son friend colleague
    student pupil boy girl child chief clerk chairman president general captain surgeon nurse
    patient judge rival goddess god hero prince princess duke earl lord lady knight bishop
    abbot heir official expert diplomat adviser advisor aide deputy envoy delegate candidate
    citizen native resident immigrant refugee servant assistant graduate scholar prodigy
    prophet saint warrior guard pilot astronaut dentist spokesperson fellow head deity
    """.split()  # noqa: SIM905
)


def _person_apposition(after: str) -> bool:
    """', who ...' or ', a/an/the ...' whose next few words hold a noun for a person."""
    if after.startswith(", who "):
        return True
    match = re.match(r", (?:a|an|the) ([^,.;:()]*)", after)
    if not match:
        return False
    for word in match.group(1).split()[:4]:
        low = word.lower().strip("’'")
        if low in _PERSON_NOUNS or low.rstrip("s") in _PERSON_NOUNS:
            return True
        if len(low) > 5 and low.endswith(("ist", "ian", "man", "woman", "ess")):
            return True
    return False


def _zipf_lower(word: str) -> float:
    return zipf(word.lower())


def is_year(match: re.Match[str]) -> bool:
    num = match.group("num")
    return (
        not match.group("cur")
        and not match.group("scale")
        and match.group("suffix") in (None, "s")
        and len(num) == 4
        and num.isdigit()
        and 1000 <= int(num) <= 2100
    )


def _is_adjective(sentence: str, text: str, pos: int) -> bool:
    """'Russian military', 'Western sanctions': a demonym or adjective, not a name."""
    if " " in text or canonical(text) in COUNTRY_SET or text in CITY_SET | REGION_SET:
        return False
    following = sentence[pos + len(text) :].split()
    return bool(
        re.search(r"(?:an|ese|ish|ern|ic|i|ek|ch)$", text)
        and following
        and following[0][:1].islower()
        and normal(following[0]) not in STOP_WORDS
    )
