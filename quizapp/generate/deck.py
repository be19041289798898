"""Article in, draft deck out: parse, clean, find whole answers per sentence, keep the best.

Precision first: a sentence becomes a card only when it stands alone and holds a whole answer
(a defined term, a name, a number with its unit, a date); everything passed over is recorded
with its reason for ``--report``. Each chosen card keeps its runners-up from the same sentence
in ``GenerationResult.alternatives``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from quizapp.deck.ids import content_hash, slugify
from quizapp.deck.model import AnyCard, Deck, Section, SourceInfo, TrueFalseCard
from quizapp.generate import (
    antecedents,
    appositions,
    cards,
    datelines,
    defining_verbs,
    definitions,
    gaps,
    gazetteer,
    options,
    pronouns,
    questions,
    standalone,
    statements,
    structure,
)
from quizapp.generate.answers import ENTITY_KINDS, EntityIndex, Kind, Span
from quizapp.generate.article import ArticleError, parse_article
from quizapp.generate.hygiene import Drop, clean_paragraphs
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import ORG_WORDS, STOP_WORDS, TITLES
from quizapp.generate.sentences import content_words, normal, split_sentences, stem, zipf
from quizapp.generate.spans import Tagged, all_spans, phrase_is_rare, rare_term, tag_sentence

MAX_CARDS_PER_SECTION = 6
NEAR_DUPLICATE = 85  # rapidfuzz ratio above which two sources ask the same thing
MIN_SCORE = 0.6
# Below this many words an article is too short to promise three card types.
THREE_TYPES_MIN_WORDS = 400
# ... and a deck this small (an essay of quotations and opinions) may hold only two.
THREE_TYPES_MIN_CARDS = 6

_KIND_SCORE = {
    Kind.TERM: 1.0,
    Kind.PERSON: 0.95,
    Kind.DATE: 0.9,
    Kind.YEAR: 0.85,
    Kind.NUMBER: 0.9,
    Kind.ORG: 0.85,
    Kind.COUNTRY: 0.8,
    Kind.CITY: 0.8,
    Kind.REGION: 0.75,
    Kind.PLACE: 0.75,
    Kind.NAME: 0.65,
    Kind.PHRASE: 0.5,
}
# A rare noun the sentence uses without defining it, which the article uses again: above a
# figure or a date, below a person.
_RECURRING_TERM_SCORE = 0.92
# Below every answer a card is made for: an answer a student guesses is no card at all.
_GUESSED_SCORE = 0.5
_QUESTION_SCORE = {"definition": 1.15, "called": 1.1, "why": 1.05, "who": 0.95, "heading": 1.0}
_TYPE_ORDER = ("choice", "truefalse", "cloze", "qa")
_REALM_RE = lazy_compile(r"^(?:dynasty|empire|kingdom|republic|province|state|region|era)$")
_PLACES = frozenset({Kind.COUNTRY, Kind.CITY, Kind.REGION, Kind.PLACE})


@dataclass(frozen=True)
class CleanSection:
    id: str
    title: str
    is_intro: bool
    paragraphs: tuple[tuple[str, ...], ...]
    structures: tuple[structure.Block, ...] = ()


@dataclass(frozen=True)
class Skip:
    """A sentence that gave no card, and why."""

    section: str
    sentence: str
    reason: str


@dataclass(frozen=True)
class GenerationResult:
    deck: Deck
    drops: tuple[Drop, ...]
    sections: tuple[CleanSection, ...]
    headline: str | None
    skips: tuple[Skip, ...] = ()
    # card id -> other candidate cards from the same source sentence, best first.
    alternatives: dict[str, list[AnyCard]] = field(default_factory=dict)

    @property
    def cleaned_text(self) -> str:
        """The article as cards quote it: spam removed, one paragraph per line."""
        lines = [self.headline] if self.headline else []
        for section in self.sections:
            if not section.is_intro:
                lines.append(section.title)
            lines.extend(" ".join(p) for p in section.paragraphs if p)
        return "\n".join(lines) + "\n"

    def report(self) -> str:
        lines = []
        if not self.drops:
            lines.append("hygiene: nothing dropped")
        else:
            lines.append(f"hygiene: dropped {len(self.drops)} item(s)")
            lines.extend(f"  - {drop.describe()}" for drop in self.drops)
        if self.skips:
            lines.append(f"skipped: {len(self.skips)} sentence(s) gave no card")
            lines.extend(f"  - [{s.section}] {s.reason}: {s.sentence!r}" for s in self.skips)
        return "\n".join(lines)


@dataclass
class _Option:
    """One possible card from a sentence, before it is built."""

    score: float
    card_type: str
    span: Span | None = None
    wrong: list[str] | None = None
    question: questions.Question | None = None
    # options too weak to lead (made-up regions, terms): kept only for a deck short of types
    weak: bool = False


_SUBORDINATORS = frozenset(["once", "when", "if", "after", "before", "until", "while", "as"])


def _imperative(t: Tagged) -> bool:
    """'Leave the jar ...', 'Once it smells sour, switch to ...': an instruction."""
    if t.tags and t.tags[0] == "VERB" and t.words[0][:1].isupper():
        return True
    if t.words and t.words[0].lower() in _SUBORDINATORS and "," in t.words:
        after = t.words.index(",") + 1
        if after + 1 >= len(t.words):
            return False
        bare = t.tags[after] in ("VERB", "NOUN") and t.words[after].islower()
        return bare and t.tags[after + 1] in ("DET", "PART", "ADP", "PRON", "ADV")
    return False


# A name the article says this often is its subject ("Turing" in a life of Turing) ...
_RECURRING = 8
# ... and one said this often that opens a sentence is the sentence's topic, not its point.
_RECURRING_SUBJECT = 5
# A common noun the article uses this often is its subject: "the pact" names it.
_RECURRING_NOUN = 8


# The complement after a copula, a colon or "there are" is what a sentence asserts.
_COMPLEMENT_RE = lazy_compile(
    r"(?:\b(?:is|are|was|were|became|becomes|remains|remained)|^There (?:is|are|were|was)|:)"
    r"(?: (?:a|an|the|about|roughly|some|only|now|still|just|nearly))* $"
)
# Names that are common words too: anyone can guess them.
_COMMON_NAMES = frozenset(
    "Earth Sun Moon West East North South Church State Crown Government Army Navy".split()  # noqa: SIM905
) | frozenset({"Europe", "Asia", "Africa", "America", "Americas"})
# An example the sentence gives runs to the end of its clause.
_EXAMPLE_RE = lazy_compile(r"\b(?:such as(?! the fact)|e\.g\.|for example|for instance)[^;:()]*$")
_DAY_RE = lazy_compile(r"\b\d{1,2}\b")
_MONTH_RE = lazy_compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# Capitalised words a figure may follow without being part of a name.
_NUMBER_LEADS = frozenset("In By On At From To About Around Some Only Over Under Nearly".split())  # noqa: SIM905


def _date_score(text: str) -> float:
    """A whole period ("1959 to 1971") is often the point; the day of a date rarely is."""
    if re.fullmatch(r"\d{4}s? \S+ \d{4}s?", text):
        return 0.85
    if not re.search(r"\d{4}", text):
        return 0.6  # "18 December": a day with no year is trivia, a last resort
    if _DAY_RE.search(re.sub(r"\d{4}", "", text)):
        return 0.8  # "17 March 1914": the day is rarely the point; a key term beats it
    return _KIND_SCORE[Kind.DATE]


@lru_cache(maxsize=1)
def _home_place_re() -> re.Pattern[str]:
    """Every country and city of the gazetteer as one pattern, longest first ("New York"
    before "York")."""
    places = sorted(gazetteer.COUNTRY_SET | gazetteer.CITY_SET, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, places))})(?!\w)")


def _home_places(title: str) -> frozenset[str]:
    """The countries and cities a deck's title names, with the country of a named capital
    ("Notre-Dame de Paris reopens" -> Paris, France)."""
    found = set(_home_place_re().findall(title))
    found |= {gazetteer.CAPITALS[p] for p in found if p in gazetteer.CAPITALS}
    return frozenset(gazetteer.canonical(p) for p in found)


_DEMONYM_END_RE = lazy_compile(r"(?:i?ans?|ers?|ese|ites?)")


def _home_or_demonym(text: str, home: frozenset[str]) -> bool:
    """``text`` is a place the deck is about, or one word naming a people ("Parisians",
    "Americans")."""
    if gazetteer.canonical(text) in home:
        return True
    if " " in text or not text[:1].isupper():
        return False
    if text.endswith(("ans", "is")) and gaps.demonym(text[:-1]):
        return True  # "Americans", "Israelis"; "in German" alone is a language, a fact to learn
    # "Parisians", "Londoners", "Romans": a people named after the deck's own city or country.
    for place in home:
        root = place.rstrip("aeiouy")
        if len(root) > 2 and text.startswith(root) and _DEMONYM_END_RE.fullmatch(text[len(root) :]):
            return True
    return False


def _named_thing(span: Span, score: float) -> bool:
    """A name of several words or a rare term: what a sentence is usually there to teach
    ("the {{Conscription Ordinance}}", "{{Edo Castle}}", "{{seafloor spreading}}")."""
    words = span.text.split()
    if span.kind in (Kind.NAME, Kind.ORG, Kind.TERM) and len(words) > 1:
        # Not a place's or a saint's name: "{{Austrian Silesia}}", "the church of {{St Peter}}".
        return not re.match(r"(?:St\.?|Saint|[A-Z]\w+(?:ern|ian|an|ese|ish)) ", span.text) and (
            " of " not in span.text
        )
    return span.kind == Kind.PHRASE and len(words) > 1 and min(map(zipf, words)) < 2.5


_CLOCK_RE = lazy_compile(r"\d{1,2}:\d{2}(?: ?[ap]\.m\.)?")
_ZONE_RE = lazy_compile(r" ?(?:[ap]\.m\.|GMT|UTC|BST|CET|EST|local time)\b")


def _time_of_day(t: Tagged, span: Span) -> bool:
    """'at {{6:33 a.m.}}', 'arrived at {{16:03}} GMT': a clock time, not a duration."""
    if not _CLOCK_RE.fullmatch(span.text):
        return False
    return span.text.endswith(".m.") or _ZONE_RE.match(t.sentence[span.end :]) is not None


def _setting(t: Tagged, span: Span) -> bool:
    """The exact day of an event ("On {{3 January 1868}} the Satsuma–Chōshū faction seized the
    palace gates"): it sets the scene; the sentence is there for what happened."""
    if span.kind != Kind.DATE or not re.search(r"\d{4}", span.text):
        return False
    before = t.sentence[: span.start]
    # A birthday is a fact of a life; the day an event happened rarely is its point.
    day = _DAY_RE.search(re.sub(r"\d{4}", "", span.text))
    return bool(day) and not re.search(r"\b(?:born|died)\b", before)


def _setting_last(t: Tagged, scored: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """When a sentence names the thing it teaches, the exact day it happened ranks below it:
    "On 14 February 1871 the {{Quay Dues Ordinance}} opened ..." is about the ordinance."""
    named = [score for span, score in scored if _named_thing(span, score)]
    if not named:
        return scored
    ceiling = max(named) - 0.05
    return [(span, min(score, ceiling) if _setting(t, span) else score) for span, score in scored]


def _initials(words_: list[str]) -> str:
    return "".join(w[0] for w in words_ if w.lower() not in ("of", "and", "the", "for", "on"))


def _gives_away(sentence: str, span: Span, rest: str) -> bool:
    """The stem spells the answer out: a word sharing its stem ("{{malarial regions}}" beside
    "malaria"), the expansion of an acronym ("{{CRISPR}} stands for clustered regularly
    interspaced short palindromic repeats"), or a second name right after it ("{{second
    Lagrange point}}, or L2")."""
    mine = {w.lower()[:7] for w in content_words(span.text) if len(w) >= 7}
    if mine & {w.lower()[:7] for w in content_words(rest) if len(w) >= 7}:
        return True
    names = {w.lower() for w in content_words(rest) if len(w) >= 4}
    if len(span.text.split()) > 1 and names & {w.lower() for w in content_words(span.text)}:
        return True  # "{{Lübeck law}}" beside "Lübeck", "Light: … {{brighter light}}"
    if re.match(r",? or (?:the )?[A-Z0-9]", sentence[span.end :]):
        return True
    if span.text.isupper() and 2 <= len(span.text) <= 8:
        tokens = re.findall(r"[A-Za-z][\w-]*", rest)
        acronym = span.text.rstrip("S").lower() if span.text.endswith("s") else span.text.lower()
        for i in range(len(tokens)):
            for j in range(i + 2, min(i + 12, len(tokens)) + 1):
                if _initials(tokens[i:j]).lower() == acronym:
                    return True
    return False


def _list_item(t: Tagged, span: Span) -> bool:
    """One item of a list ("A, B and C") is not a whole idea; an apposition ("clouds, vast and
    dark regions") is not a list: each item of a list ends in a noun."""
    first = next((i for i, s in enumerate(t.starts) if s >= span.start), len(t.words))
    last = next((i for i, s in enumerate(t.starts) if s >= span.end), len(t.words))

    def item_before(i: int) -> bool:  # the token before position i (or its comma) ends an item
        if i > 1 and t.words[i - 1] == ",":
            i -= 1
        return i > 0 and t.tags[i - 1] in ("NOUN", "PROPN")

    words = [w.lower() for w in t.words]
    # "{{A}}, B and C" / "A, {{B}} and C": a comma after, then "and"/"or" after a noun item.
    if last < len(words) and words[last] == ",":
        for k in range(last + 1, min(last + 6, len(words))):
            if words[k] in ("and", "or"):
                # "{{A}}, and the cycle happens …": one item and a clause, not a list
                if k > last + 1 and item_before(k):
                    return True
                break
            if t.tags[k] == "PUNCT" and words[k] != ",":
                break
    # "A, {{B}}, or C": a noun item and a comma before, a comma or "and"/"or" after.
    if (
        first >= 2
        and words[first - 1] == ","
        and item_before(first - 1)
        and last < len(words)
        and words[last] in ("and", "or", ",")
    ):
        return True
    # "A, B and {{C}}": "and"/"or" just before, after a noun item itself after a comma.
    if first >= 2 and words[first - 1] in ("and", "or") and item_before(first - 1):
        return "," in words[max(0, first - 6) : first - 1]
    return False


def _cut_compound(t: Tagged, span: Span) -> bool:
    """'{{Eleven tunnel}} boring machines': a count whose noun only qualifies the next one."""
    after = next((i for i, s in enumerate(t.starts) if s >= span.end), len(t.words))
    if after >= len(t.words) or not t.words[after][:1].islower():
        return False
    following = t.tags[after + 1] if after + 1 < len(t.words) else ""
    return t.words[after].endswith("ing") and t.tags[after] == "VERB" and following == "NOUN"


# Options a reader accepted: the article's own years, figures with a unit, and people or
# countries it names. Made-up alternatives for a term, a city or a region were two right
# answers ("East Asia" / "Asia-Pacific"), the wrong class (cities for a university) or not
# plausible; such a sentence is asked as a cloze. A decade ("the 1990s") is a rough time.
_CHOICE_KINDS = frozenset({Kind.YEAR, Kind.NUMBER, Kind.PERSON, Kind.COUNTRY})


def _strong_options(span: Span) -> bool:
    return span.kind in _CHOICE_KINDS and not re.fullmatch(r"\d{4}s", span.text)


def _in_name(t: Tagged, span: Span) -> bool:
    """'an Ariane 5 rocket': a number right after a capitalised word inside the sentence is
    part of a name, not a figure."""
    if span.kind != Kind.NUMBER:
        return False
    before = [i for i, s in enumerate(t.starts) if s < span.start]
    return len(before) >= 2 and t.words[before[-1]][:1].isupper()


def _figure_in(figure: str, text: str) -> bool:
    """The figure stands in ``text`` on its own: "30" in "30 degrees south", not in "130"."""
    # The substring test first: it rules out most spans without building a pattern for each.
    return (
        figure in text and re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d.,])", text) is not None
    )


def _section_ids(titles: list[tuple[str, bool]]) -> list[str]:
    seen: Counter[str] = Counter()
    ids = []
    for title, is_intro in titles:
        base = "introduction" if is_intro else slugify(title)
        seen[base] += 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


_PRONOUN_OPENING_RE = lazy_compile(r"(?:He|She|It|They|His|Her|Its|Their)\b")


def _pick(sentence: str, salt: str, n: int) -> int:
    return int(content_hash(salt, sentence), 16) % n


class _Builder:
    def __init__(
        self, sections: tuple[CleanSection, ...], headline: str | None = None, title: str = ""
    ) -> None:
        # What a card's context line names: the deck, then the section.
        self.deck_title = title or headline or ""
        # The deck's topic (its headline's words): an answer made of it tests nothing.
        self.topic = {stem(w) for w in content_words(headline or "") if len(w) > 2}
        self.headline = headline or ""
        self.home = _home_places(f"{self.deck_title} {self.headline}")
        # The deck's title or headline as stems: a statement holding all of it tests nothing.
        self.title_words = frozenset(stem(w) for w in content_words(self.deck_title) if len(w) > 2)
        everything_words = Counter(
            stem(w)
            for section in sections
            for p in section.paragraphs
            for s in p
            for w in content_words(s)
            if w.islower()
        )
        # What "the pact" or "the lake" names in an article that keeps coming back to it.
        self.subjects = frozenset(
            self.topic | {w for w, n in everything_words.items() if n >= _RECURRING_NOUN}
        )
        everything = [s for section in sections for p in section.paragraphs for s in p]
        self.index = EntityIndex(everything)
        self.people = pronouns.People(self.index, everything, headline or "")
        # sentence -> where the name put in for its "he" or "she" stands in the shown text
        self.put_in: dict[str, tuple[int, int]] = {}
        self.tagged = {s: tag_sentence(s) for s in everything}
        self.pools: dict[Kind, list[str]] = {}
        self.term_classes: dict[str, str] = {}
        # What each figure of the article is about: the words of its sentence.
        self.number_topics: dict[str, set[str]] = {}
        for sentence in everything:
            for span in all_spans(self.tagged[sentence], self.index):
                if span.kind in (Kind.NUMBER, Kind.YEAR, Kind.TERM):
                    self.pools.setdefault(span.kind, []).append(span.text)
                if span.kind == Kind.NUMBER:
                    self.number_topics.setdefault(span.text, set()).update(
                        options.topic_words(sentence, span.text)
                    )
                if span.kind == Kind.TERM:
                    self.term_classes.setdefault(
                        span.text, options.term_class(sentence, span.start)
                    )
        for kind in self.pools:
            self.pools[kind] = list(dict.fromkeys(self.pools[kind]))
        # Capitalised words that name a person: what a "he" or "she" may point to.
        self.person_tokens = frozenset(
            token
            for name in self.index.names_of_kind(Kind.PERSON)
            for token in name.split()
            if token not in TITLES and token not in ORG_WORDS and zipf(token.lower()) < 4.5
        ) | frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Queen", "King"])
        # The main person's own names are names, however common ("Marie", "Maria").
        self.person_tokens |= frozenset((self.people.main or "").split()) | self.people.aliases
        self.names_with: dict[str, list[str]] = {}  # word -> the names holding it
        for name in self.index.mentions:
            for token in set(name.split()):
                self.names_with.setdefault(token, []).append(name)
        # A report's first sentence (without its dateline) -> how a card shows it, dated.
        self.leads: dict[str, datelines.Lead] = {}
        self.place = ""  # a report's dateline place, which its "here" stands for
        self.used_sources: list[str] = []
        self.used_answers: set[str] = set()
        self.skips: list[Skip] = []
        self.alternatives: dict[str, list[AnyCard]] = {}

    # -- candidates ---------------------------------------------------------------------------

    def _span_ok(self, span: Span, t: Tagged, title: str) -> float | None:
        text = span.text
        if len(text.split()) > 7 or normal(text) in {normal(w) for w in ("the", "a")}:
            return None
        if span.kind == Kind.PHRASE and (len(text.split()) > 4 or not phrase_is_rare(text)):
            return None
        # A name the article explains ("Enigma, an electromechanical rotor machine") is
        # asked like a person's, however often it recurs.
        defined = span.kind == Kind.NAME and self.index.defined(text)
        if (
            span.kind == Kind.NAME
            and len(text.split()) == 1
            and self.index.mentions[text] > 3
            and not defined
        ):
            return None
        if t.sentence.count(text) > 1 or gaps.fault(t, span, self.headline):
            return None
        if gaps.alias_beside(span, t.sentence):
            return None
        # The obvious actor of any news story ("the {{U.S.}} will have to rethink"), or a capital
        # restating the country beside it: a last resort, when the sentence offers nothing else.
        last_resort = span.kind in ENTITY_KINDS and (
            gazetteer.canonical(text) == "United States" or self._capital_of_named(t, span, title)
        )
        if re.search(rf"(?<!\w){re.escape(text)}(?!\w)", title, re.IGNORECASE):
            return None  # the heading says it: "... of the 1970s"
        heading = {stem(w) for w in content_words(title)}
        heading_prefixes = {w.lower()[:5] for w in content_words(title) if len(w) >= 5}
        if span.kind != Kind.NUMBER and any(
            w.lower()[:5] in heading_prefixes for w in content_words(text) if len(w) >= 5
        ):
            return None  # "a {{malaria vaccine}}" under "The first vaccines"
        capitals = [w for w in content_words(title) if w[:1].isupper() and len(w) > 3]
        if span.kind in ENTITY_KINDS and any(
            w[:2] == c[:2] and fuzz.ratio(w.lower(), c.lower()) >= 60
            for w in text.split()
            for c in capitals
        ):
            return None  # "French" in the heading gives "France" away
        own = {stem(w) for w in content_words(text)}
        if span.kind not in (Kind.NUMBER, Kind.YEAR, Kind.DATE) and own & heading:
            return None  # the heading gives it away
        rest = t.sentence[: span.start] + t.sentence[span.end :]
        if span.kind not in (Kind.NUMBER, Kind.YEAR, Kind.DATE) and (
            (own and own <= self.topic) or _gives_away(t.sentence, span, rest)
        ):
            return None  # the deck's topic, or a word of the stem that spells it out
        after = t.sentence[span.end :]
        if text.isupper() and re.match(r" [a-z]+s\b", after) and self._noun_at(t, span.end + 1):
            return None  # "{{MX}} records", "{{UDP}} messages": the acronym only qualifies
        if span.kind in ENTITY_KINDS and re.match(r" \d", after):
            return None  # "{{Hut}} 8", "{{Apollo}} 11": half of a name
        if re.match(rf" {gaps.NAME_LINK}[A-Z]", after) or (
            text[:1].isupper()
            and re.search(rf"[A-Z][\w'’.-]* {gaps.NAME_LINK}$", t.sentence[: span.start])
        ):
            return None  # "the {{Musée}} d'Orsay", "{{Sultan Muhammad}} bin Tughluq": half a name
        if span.kind == Kind.NUMBER and re.search(r"\w [A-Z][a-z]+ $", t.sentence[: span.start]):
            before_word = t.sentence[: span.start].split()[-1]
            if not _MONTH_RE.fullmatch(before_word) and before_word not in _NUMBER_LEADS:
                return None  # "an Ariane {{5 rocket}}": the figure is part of the name
        if span.kind == Kind.PHRASE and re.match(r" [A-Z][a-z]", after):
            return None  # "the {{stonecrop family}} Crassulaceae": the name is the answer
        if span.kind in (Kind.NUMBER, Kind.YEAR, Kind.DATE) and _EXAMPLE_RE.search(
            t.sentence[: span.start]
        ):
            return None  # "such as someone working {{10 hours}} a week": a figure of an example
        if span.kind == Kind.PHRASE and self._cut_before_noun(t, span):
            return None  # "{{transfusion-dependent beta}} thalassemia": its head is left out
        if span.kind == Kind.PHRASE and _list_item(t, span):
            return None  # "{{hospital admissions}}, transfusions and lost earnings"
        if span.kind == Kind.NUMBER and _figure_in(span.text.split()[0], rest):
            return None  # "30 degrees north and 30 degrees south": the stem shows it
        if span.kind != Kind.NUMBER and own and own <= {stem(w) for w in content_words(rest)}:
            return None  # the rest of the sentence gives it away
        mentions = self.index.ngrams.get(text.lower(), 0)
        if span.kind in (Kind.PHRASE, Kind.NAME, Kind.TERM) and mentions > 5 and not defined:
            return None  # the article's own topic: no test of anything
        score = _KIND_SCORE[span.kind]
        if defined:
            score = _KIND_SCORE[Kind.PERSON]
        if span.kind == Kind.PHRASE:
            score += 0.1 * min(len(text.split()) - 1, 2)
        if span.kind == Kind.DATE:
            score = _date_score(text)
        if (
            span.kind == Kind.PHRASE
            and len(text.split()) > 1
            and min(map(zipf, text.split())) < 2.5
        ):
            score += 0.15  # "giant molecular clouds", "fetal hemoglobin": a term of the subject
        single_common = span.kind == Kind.PHRASE and " " not in text and zipf(text) >= 3.0
        if _COMPLEMENT_RE.search(t.sentence[: span.start]) and not single_common:
            score += 0.1  # "The remnant is a {{white dwarf}}", "only one flows out: the {{Angara}}"
        if text in _COMMON_NAMES:
            score -= 0.25  # "the {{Earth}}", "the {{West}}", "the {{Church}}": guessed, not learnt
        if span.kind == Kind.YEAR and re.search(r"\b(?:1\d{3}|20\d{2})s?\b", rest):
            score -= 0.15  # "completed in 1904 and opened in {{1905}}": a half-date trap
        # "Alan Mathison Turing" in a life of Turing: its surname is the recurring name.
        mentioned = max(
            [self.index.mentions[text]]
            + [self.index.mentions[w] for w in text.split() if w[:1].isupper() and len(w) > 2]
        )
        introduced = re.match(r", (?:or|whose|also)\b", t.sentence[span.end :])
        if (
            span.kind in ENTITY_KINDS
            and not introduced  # "{{Casgevy}}, whose generic name is ...": its other name
            and (mentioned >= _RECURRING or (mentioned >= _RECURRING_SUBJECT and span.start == 0))
        ):
            # The article's recurring name ("Ricardo" in an article on Ricardo) is easy to guess
            # and is not what the sentence teaches: never a gap.
            return None
        if own & self.topic and span.kind not in (Kind.NUMBER, Kind.YEAR, Kind.DATE):
            score -= 0.2  # "the {{Baikal Rift Zone}}" in a deck on Lake Baikal
        if span.kind in ENTITY_KINDS and self.index.unintroduced_person(text):
            return None
        if span.kind == Kind.NUMBER and _time_of_day(t, span):
            # "The first train left ... at {{6:33 a.m.}}": the minute an event happened is
            # trivia a reader dropped; a duration ("finish at about 2:45 to 3:15") stays.
            return _GUESSED_SCORE
        if span.kind != Kind.PERSON and _home_or_demonym(text, self.home):
            # "oak from forests across {{France}}" in a deck on Paris, "For many {{Parisians}}":
            # the place the deck is about, or where people are from, is guessed, not learnt.
            return _GUESSED_SCORE
        return min(score, MIN_SCORE) if last_resort else score

    def _capital_of_named(self, t: Tagged, span: Span, title: str) -> bool:
        """A capital standing for a country the sentence or the deck's title names: "North
        Korea's standing ... a pathway for {{Pyongyang}}" only restates the country."""
        country = gazetteer.CAPITALS.get(span.text)
        if country is None:
            return False
        rest = t.sentence[: span.start] + t.sentence[span.end :]
        around = f"{rest} {title} {self.deck_title}"
        return any(
            s in around and re.search(rf"\b{re.escape(s)}\b", around)
            for s in gazetteer.spellings(country)
        )

    @staticmethod
    def _cut_before_noun(t: Tagged, span: Span) -> bool:
        """The next word is a noun the tagger misread as a preposition ("thalassemia"): a word
        no list of prepositions knows, straight after the phrase."""
        for i, start in enumerate(t.starts):
            if start == span.end + 1 and t.tags[i] == "ADP":
                word = t.words[i]
                return word[:1].islower() and normal(word) not in STOP_WORDS
        return False

    @staticmethod
    def _noun_at(t: Tagged, position: int) -> bool:
        """The word at ``position`` is tagged a noun."""
        return any(start == position and t.tags[i] == "NOUN" for i, start in enumerate(t.starts))

    def _options(self, t: Tagged, title: str, section_id: str) -> list[_Option]:
        found: list[_Option] = []
        for maker in (
            lambda: questions.definition(t, title, self.index, topic=self.deck_title),
            lambda: appositions.apposed_definition(t, self.index),
            lambda: defining_verbs.verb_definition(t, self.index),
            lambda: questions.called(t, self.index),
            lambda: questions.why(t, title),
            lambda: questions.who(t, self.index, title),
        ):
            question = maker()
            if question is not None:
                found.append(_Option(_QUESTION_SCORE[question.kind], "qa", question=question))
        scored = []
        last_resort: set[int] = set()  # where a rare term said only once stands
        for found_span in all_spans(t, self.index):
            span = gaps.whole_name(t, gaps.narrowed(t, found_span))
            score = self._span_ok(span, t, title)
            if score is not None and span.kind == Kind.PHRASE and rare_term(t, span):
                # "earthquakes that {{seismometers}} can detect": a rare noun of the subject
                # is the term a teacher blanks, though the sentence does not define it; it
                # must pass the checks of a phrase and of a term both.
                term = Span(span.text, span.start, Kind.TERM)
                as_term = self._span_ok(term, t, title)
                if as_term is not None:
                    # Said once, it is a last resort: below any other answer ("a {{burette}}"
                    # is no match for "the equivalence point", "a placemat" for "September
                    # 1992"). Said again, it is a term of the subject, above a figure ("the
                    # {{lahars}} that followed ... killing more than 23,000 people").
                    if self.index.ngrams.get(span.text.lower(), 0) >= 2:
                        score = as_term - _KIND_SCORE[Kind.TERM] + _RECURRING_TERM_SCORE
                    else:
                        score = MIN_SCORE
                        last_resort.add(span.start)
                    span = term
            if score is not None:
                scored.append((span, score))
        for span, score in gaps.settings_last(t, _setting_last(t, scored)):
            found.append(_Option(score, "cloze", span))
            seed = cards.card_id(section_id, "choice", t.sentence, span.text)
            wrong = options.candidates(
                span,
                cards.blanked(t.sentence, span),
                self.index,
                self.pools,
                seed,
                classes=self.term_classes,
                topics=self.number_topics,
            )
            if wrong is not None and span.kind in _PLACES and self._other_names(t, span):
                wrong = None  # "made in ___ during the Han dynasty": the stem narrows it down
            alone = statements.stands_alone(t.sentence, self.index, frozenset(self.topic))
            if wrong is not None and span.kind == Kind.NUMBER and _cut_compound(t, span):
                wrong = None  # "_____ boring machines" for "Eleven tunnel": no options to make
            if wrong is not None and _in_name(t, span):
                wrong = None  # "an Ariane _____": "Ariane 8" is no rocket, and 5 is a name
            if wrong is not None and alone:
                weak = not _strong_options(span) or statements.unanchored(t.sentence)
                found.append(_Option(score + 0.05, "choice", span, wrong, weak=weak))
                # A figure of the article with the same unit first: the one a student may
                # confuse it with ("50 kelvin", the sunshield's, for the instrument's 7).
                near = options.article_numbers(span, self.pools)
                swap = statements.false_swap(
                    span, [*near, *wrong], t.sentence, frozenset(self.pools.get(span.kind, []))
                )
                # "True or false: switch to feeding ..." reads oddly; a statement must stand
                # alone and have a believable false twin (even when it is shown true).
                short = len(t.sentence.split()) <= statements.MAX_STATEMENT_WORDS
                judged = not statements.unanchored(t.sentence) and not (
                    statements.restates_title(t.sentence, self.title_words)
                )
                # A sentence to be shown true needs a clause of it to state; without one it
                # gets another card type, so decks keep a mix of true and false statements.
                shown = _pick(t.sentence, "truth", 2) != 0 or (
                    self._true_clause(t.sentence, span) is not None
                )
                if swap and not _imperative(t) and alone and short and judged and shown:
                    tf_wrong = [swap, *(w for w in wrong if w != swap)]
                    found.append(_Option(score + 0.02, "truefalse", span, tf_wrong))
        return sorted(
            found, key=lambda o: (-o.score, o.span is not None and o.span.start in last_resort)
        )

    def _true_clause(self, sentence: str, span: Span) -> str | None:
        """The clause a true statement shows, when the sentence is to be shown true and has
        one that stands alone; None otherwise (shown false)."""
        if _pick(sentence, "truth", 2) != 0:
            return None
        clause = statements.true_clause(sentence, span)
        if clause is None or not statements.stands_alone(clause, self.index, frozenset(self.topic)):
            return None
        return clause

    @staticmethod
    def _other_names(t: Tagged, span: Span) -> bool:
        """A word that narrows a place down: a demonym ("Russian", "Chinese") or a realm
        ("the Han dynasty", "the Ottoman Empire") elsewhere in the sentence."""
        for i, word in enumerate(t.words):
            if i == 0 or not word[:1].isupper() or span.start <= t.starts[i] < span.end:
                continue
            after = t.words[i + 1].lower() if i + 1 < len(t.words) else ""
            same_root = word[:4].lower() == span.text[:4].lower()
            if _REALM_RE.match(after) or (same_root and re.search(r"(?:an|ese|ish|ic|i)$", word)):
                return True
        return False

    def _build(self, section_id: str, sentence: str, option: _Option) -> AnyCard:
        if option.card_type == "qa":
            assert option.question is not None
            return cards.qa_card(section_id, sentence, option.question)
        assert option.span is not None
        if option.card_type == "choice" and option.wrong:
            return cards.choice(section_id, sentence, option.span, option.wrong)
        if option.card_type == "truefalse" and option.wrong:
            # Shown true, the whole sentence is the source word for word and only checks
            # recognition (teachers kept 1 of 13 such cards, 9 of 13 false ones): a true card
            # states one clause of it, and a sentence without one is shown false.
            clause = self._true_clause(sentence, option.span)
            if clause is not None:
                return cards.true_clause(section_id, sentence, option.span, clause)
            return cards.truefalse(section_id, sentence, option.span, option.wrong[0], False)
        return cards.cloze(section_id, sentence, option.span)

    def _ranked(self, sentence: str, found: list[_Option]) -> list[_Option]:
        """The sentence's options, its preferred one first: definitions win, then a type picked
        by the sentence's hash among those it allows, so decks mix types stably."""
        best_answer = max(o.score for o in found if not o.weak)
        good = [o for o in found if o.score >= best_answer - 0.2 and not o.weak]
        types = [t for t in _TYPE_ORDER if any(o.card_type == t for o in good)]
        if any(o.question and o.question.kind in ("definition", "why", "called") for o in good):
            wanted = "qa"
        else:
            # A sentence with a gap has a slot for each of choice, true/false and cloze (and
            # qa when it has one): a choice without strong options or a true/false the
            # statement rules refuse gives its slot to the cloze, and the other sentences
            # keep their type.
            slots = types
            if "cloze" in types:
                slots = [*_TYPE_ORDER[:3], *(["qa"] if "qa" in types else [])]
            wanted = slots[_pick(sentence, "type", len(slots))]
            if wanted not in types:
                wanted = "cloze" if "cloze" in types else types[0]
        first = next(o for o in good if o.card_type == wanted)
        return [first] + [o for o in found if o is not first]

    # -- sections -----------------------------------------------------------------------------

    def section(self, section: CleanSection) -> Section:
        scored: list[tuple[float, int, str, list[_Option]]] = []
        flat = [s for p in section.paragraphs for s in p]
        shown = self._resolved(section)
        dated: dict[str, tuple[int, int]] = {}  # a report's lead -> where its date was put
        for sentence in flat:
            lead = self.leads.get(sentence)
            if lead is not None and lead.when is not None and sentence not in shown:
                shown[sentence], dated[sentence] = lead.shown, lead.when
            elif self.place and sentence not in shown and lead is None:
                named = datelines.here_named(sentence, self.place)
                at = datelines.place_at(named, self.place) if named is not None else None
                if named is not None and at is not None and sentence not in self.put_in:
                    shown[sentence] = named
                    self.put_in[sentence] = at
        introduced: set[str] = set()  # stems the section's sentences so far have used
        setting: set[str] = set()  # sentences that need the context line to be understood
        for position, sentence in enumerate(flat):
            text = shown.get(sentence, sentence)
            t = self.tagged[sentence] if text == sentence else tag_sentence(text)
            why_not = (
                standalone.problem(t, self.person_tokens, introduced, self.subjects)
                or standalone.unshown(text)
                or self._unintroduced(text)
            )
            if (
                why_not == standalone.TOO_LONG
                and sentence in self.leads
                and datelines.short_enough(text)
            ):
                why_not = None  # a report's lead says who, what and when: one card, if long
            if why_not is None and (
                standalone.needs_setting(t, introduced, self.subjects) or self._minor_person(text)
            ):
                setting.add(sentence)
            defined = None
            if why_not is not None and "points to something not named" in why_not:
                defined = definitions.despite_pronoun(
                    t,
                    section.title,
                    self.index,
                    lambda n, seen=introduced: (
                        standalone.problem(n, self.person_tokens, seen, self.subjects) is None
                    ),
                )
            introduced |= standalone.earlier_stems(sentence)
            if defined is not None:
                only = _Option(_QUESTION_SCORE["definition"], "qa", question=defined)
                scored.append((only.score, position, sentence, [only]))
                continue
            if why_not is not None:
                self.skips.append(Skip(section.id, sentence, why_not))
                continue
            found = [o for o in self._options(t, section.title, section.id) if o.score >= MIN_SCORE]
            if sentence in self.put_in:
                # The name put in for "she" is no answer: the sentence did not say it.
                start, end = self.put_in[sentence]
                found = [
                    o
                    for o in found
                    if o.span is None or not (o.span.start < end and start < o.span.end)
                ]
            if sentence in dated:
                # When the reported event happened is what its lead teaches first.
                start, end = dated[sentence]
                for o in found:
                    if o.span is not None and (o.span.start, o.span.end) == (start, end):
                        o.score += 0.3
                found.sort(key=lambda o: -o.score)
            if all(o.weak for o in found):
                self.skips.append(Skip(section.id, sentence, "no whole answer to ask for"))
                continue
            scored.append((found[0].score, position, sentence, self._ranked(sentence, found)))
        quota = min(MAX_CARDS_PER_SECTION, max(2, (len(flat) + 1) // 2))
        chosen: list[tuple[int, AnyCard]] = []
        heading_q = questions.heading_answer(section.title, flat)
        if heading_q is not None and heading_q.answer not in self.used_sources:
            heading_card = cards.qa_card(section.id, heading_q.answer, heading_q, title=True)
            chosen.append((-1, heading_card))
            self.alternatives[heading_card.id] = []
            self.used_sources.append(heading_q.answer)
        for _, position, sentence, ranked in sorted(scored, key=lambda x: (-x[0], x[1])):
            if len(chosen) >= quota:
                self.skips.append(Skip(section.id, sentence, "the section has enough cards"))
                continue
            if any(fuzz.ratio(sentence, s) > NEAR_DUPLICATE for s in self.used_sources):
                self.skips.append(Skip(section.id, sentence, "asks what another card asks"))
                continue
            usable = [o for o in ranked if self._answer_key(o) not in self.used_answers]
            if not usable or usable[0].weak:
                self.skips.append(Skip(section.id, sentence, "its answer is asked elsewhere"))
                continue
            text = shown.get(sentence, sentence)
            context = None
            if sentence in setting:
                # No line when every form of it names the answer: the card as it reads.
                context = self._context(section, usable[0])
                if context is not None:
                    usable = [o for o in usable if self._context(section, o) == context]
            built = [
                dataclasses.replace(
                    self._build(section.id, text, o), source=sentence, context=context
                )
                for o in usable[:4]
            ]
            card = built[0]
            self.used_sources.append(sentence)
            self.used_answers.add(self._answer_key(usable[0]))
            self.alternatives[card.id] = [c for c in built[1:] if c.id != card.id]
            chosen.append((position, card))
        for block in section.structures:
            for card in structure.cards(section.id, block, section.title, self.index.ngrams):
                chosen.append((len(flat), card))
                self.alternatives[card.id] = []
        built_cards = tuple(card for _, card in sorted(chosen, key=lambda pc: pc[0]))
        return Section(id=section.id, title=section.title, cards=built_cards)

    def _minor_person(self, text: str) -> bool:
        """'Christopher Morcom died ...' in a life of Turing: who that is, the article says."""
        if not self.people.main:
            return False
        names = self.people.persons_in(text)
        return bool(names) and text.startswith(names[0]) and self.people.others(names[:1])

    def _context(self, section: CleanSection, option: _Option) -> str | None:
        """The card's context line (deck title, section heading), or None when every form of
        it names the answer."""
        answers = [option.span.text] if option.span is not None else []
        if option.question is not None:
            answers.append(option.question.answer)
        heading = None if section.is_intro else section.title
        for line in dict.fromkeys(
            [
                standalone.context_line(self.deck_title, heading),
                standalone.context_line(self.deck_title, None),
                standalone.context_line("", heading),
            ]
        ):
            if line and not standalone.gives_away(line, answers):
                return line
        return None

    def _resolved(self, section: CleanSection) -> dict[str, str]:
        """Sentences as cards show them: without the words tying them to the sentence before
        ("Moreover, ..."), and with a "he" or "she" replaced by a person's fullest name when
        that person is certain ("She had her son inoculated" -> "Lady Mary Wortley Montagu had
        her son inoculated"). The card's ``source`` stays the sentence as written."""
        shown: dict[str, str] = {}
        for paragraph in section.paragraphs:
            linked = [standalone.without_links(s) for s in paragraph]
            resolved = pronouns.resolve(self.people, paragraph, linked)
            for position, (sentence, text) in enumerate(zip(paragraph, linked, strict=True)):
                if position in resolved:
                    text, self.put_in[sentence] = resolved[position]
                elif position and (
                    named := antecedents.resolve(
                        tag_sentence(shown.get(paragraph[position - 1], linked[position - 1])),
                        text,
                        self.person_tokens,
                    )
                ):
                    text, self.put_in[sentence] = named  # "It is positive ..." of a named term
                else:
                    full = self._full_name(text)
                    if full is not None:
                        text = full + text[len(text.split(" ", 1)[0]) :]
                        self.put_in[sentence] = (0, len(full))
                if text != sentence:
                    shown[sentence] = text
        return shown

    def _full_name(self, sentence: str) -> str | None:
        """'Morcom died suddenly ...': a minor person's bare surname opening a sentence, shown
        with the one full name the article gives them ("Christopher Morcom died ...")."""
        first = sentence.split(" ", 1)[0]
        if not first[:1].isupper() or self.index.mentions[first] >= _RECURRING:
            return None
        kind = self.index.kind(first)
        if kind != Kind.PERSON and (kind != Kind.NAME or self.index.mentions[first] > 3):
            return None  # "Webb" of the Webb telescope is not James E. Webb
        longer = [n for n in self.names_with.get(first, ()) if n != first]
        full = [n for n in longer if n.endswith(" " + first) and self.index.kind(n) == Kind.PERSON]
        # One full name and no other use of the word ("James Webb Space Telescope").
        return full[0] if len(full) == 1 == len(longer) else None

    def _unintroduced(self, sentence: str) -> str | None:
        """'Chernyavsky says ...': a surname the article never gives in full, with no title."""
        first = sentence.split()[0] if sentence.split() else ""
        if self.index.kind(first) == Kind.PERSON and self.index.unintroduced_person(first):
            return f"'{first}' is never introduced"
        return None

    @staticmethod
    def _answer_key(option: _Option) -> str:
        if option.span is not None:
            return normal(option.span.text)
        assert option.question is not None
        return option.question.question.lower()

    def ensure_types(
        self, sections: list[Section], words_count: int, again: bool = True
    ) -> list[Section]:
        """A long enough article gets at least three card types: swap in runners-up."""
        if words_count < THREE_TYPES_MIN_WORDS:
            return sections
        have = {c.type.value for s in sections for c in s.cards}
        if len(have) >= 3:
            return sections
        out = []
        for section in sections:
            new_cards = []
            for card in section.cards:
                swap = None
                if (
                    len(have) < 3
                    and sum(c.type.value == card.type.value for s in sections for c in s.cards) > 1
                ):
                    swap = next(
                        (a for a in self.alternatives.get(card.id, []) if a.type.value not in have),
                        None,
                    )
                if swap is not None:
                    have.add(swap.type.value)
                    rest = [card] + [a for a in self.alternatives[card.id] if a is not swap]
                    self.alternatives[swap.id] = rest
                    del self.alternatives[card.id]
                    card = swap
                new_cards.append(card)
            out.append(Section(id=section.id, title=section.title, cards=tuple(new_cards)))
        if len(have) < 3 and "truefalse" not in have:
            out = self._true_statement(out)
            return self.ensure_types(out, words_count, again=False) if again else out
        return out

    def _true_statement(self, sections: list[Section]) -> list[Section]:
        """Still two types: the first cloze over a fact (a number or a name) becomes a true
        statement, which needs no made-up alternative."""
        for at, section in enumerate(sections):
            for position, card in enumerate(section.cards):
                if card.type.value != "cloze" or card.source is None:
                    continue
                if not re.search(r"\d|\s[A-Z]", card.source) or _imperative(
                    self.tagged[card.source]
                ):
                    continue
                if not statements.stands_alone(card.source, self.index, frozenset(self.topic)):
                    continue
                if _PRONOUN_OPENING_RE.match(card.source):
                    continue  # the cloze resolves "He appealed ..."; a copied statement would not
                if len(card.source.split()) > statements.MAX_STATEMENT_WORDS:
                    continue  # three clauses of figures is no statement to judge at a glance
                if statements.unanchored(card.source) or statements.restates_title(
                    card.source, self.title_words
                ):
                    continue  # "the comet is now ...", or the deck's own headline
                # Its first clause when it has one that stands alone: the sentence copied
                # whole only checks recognition.
                gap = re.search(r"\{\{c1::(.+?)\}\}", getattr(card, "text", ""))
                at_gap = card.source.find(gap.group(1)) if gap else -1
                clause = (
                    statements.true_clause(card.source, Span(gap.group(1), at_gap, Kind.TERM))
                    if gap and at_gap >= 0
                    else None
                )
                if clause is not None and not statements.stands_alone(
                    clause, self.index, frozenset(self.topic)
                ):
                    clause = None
                statement = TrueFalseCard(
                    id=cards.card_id(section.id, "truefalse", card.source, ""),
                    statement=clause or card.source,
                    answer=True,
                    source=card.source,
                )
                self.alternatives[statement.id] = [card, *self.alternatives.pop(card.id, [])]
                new_cards = (*section.cards[:position], statement, *section.cards[position + 1 :])
                sections[at] = Section(id=section.id, title=section.title, cards=new_cards)
                return sections
        return sections


def _derived_title(index: EntityIndex) -> str:
    """No headline and no --title: the article's two most-mentioned names."""
    named = [
        name
        for name, _ in sorted(index.mentions.items(), key=lambda kv: (-kv[1], kv[0]))
        if (index.kind(name) in ENTITY_KINDS - {Kind.NAME} and " " not in name.strip("-"))
        or index.kind(name) in (Kind.COUNTRY, Kind.PERSON, Kind.ORG)
    ]
    top = list(dict.fromkeys(named))[:2]
    return " and ".join(top) if top else "Article"


def generate_deck(
    text: str,
    *,
    article_path: str | None = None,
    deck_id: str | None = None,
    title: str | None = None,
) -> GenerationResult:
    """Build a draft deck from an article; ArticleError when there is nothing to ask."""
    article = parse_article(text)
    raw = [[split_sentences(p) for p in s.paragraphs] for s in article.sections]
    flat = [p for section in raw for p in section]
    cleaned, sentence_drops = clean_paragraphs(flat, [s for p in flat for s in p])
    drops = [*article.dropped, *sentence_drops]
    ids = _section_ids([(s.title, s.is_intro) for s in article.sections])
    sections: list[CleanSection] = []
    cursor = 0
    for section, section_id, paragraphs in zip(article.sections, ids, raw, strict=True):
        kept = tuple(tuple(p) for p in cleaned[cursor : cursor + len(paragraphs)] if p)
        cursor += len(paragraphs)
        sections.append(
            CleanSection(section_id, section.title, section.is_intro, kept, section.structures)
        )
    builder = _Builder(tuple(sections), article.headline, title or "")
    for paragraph in flat:
        lead = datelines.lead(paragraph[0]) if paragraph else None
        if lead is not None:
            builder.leads[lead.body] = lead
            builder.place = builder.place or lead.place
    if not builder.deck_title:
        builder.deck_title = _derived_title(builder.index)
    deck_sections = [builder.section(s) for s in sections]
    words_count = sum(len(s.split()) for sec in sections for p in sec.paragraphs for s in p)
    deck_sections = builder.ensure_types([s for s in deck_sections if s.cards], words_count)
    if not deck_sections:
        raise ArticleError("nothing to ask: no sentence in the article holds a usable answer")
    # An explicit title wins over the headline: the user asked for it.
    deck_title = title or article.headline or _derived_title(builder.index)
    deck = Deck(
        id=deck_id or slugify(deck_title),
        title=deck_title,
        sections=tuple(deck_sections),
        source=SourceInfo(path=article_path, title=article.headline or deck_title),
    )
    kept_ids = {c.id for s in deck_sections for c in s.cards}
    alternatives = {k: v for k, v in builder.alternatives.items() if k in kept_ids}
    return GenerationResult(
        deck, tuple(drops), tuple(sections), article.headline, tuple(builder.skips), alternatives
    )
