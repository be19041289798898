"""Definitions an article gives in passing, set off by commas.

'Lahars, fast mudflows of volcanic debris mixed with water, can travel tens of kilometres'
defines lahars; '... over hotspots, columns of unusually hot mantle.' defines hotspots;
'Stratovolcanoes, also called composite volcanoes, are steep cones of ...' defines a term that
has two names. Each is the card a teacher writes first ("What are lahars?"), though the
sentence's own subject-verb shape is no definition.
"""

from __future__ import annotations

import re

from quizapp.generate.answers import EntityIndex, Kind
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import STOP_WORDS
from quizapp.generate.questions import MAX_ANSWER_WORDS, Question, is_evaluation
from quizapp.generate.sentences import zipf
from quizapp.generate.spans import Tagged

# A term is at most three words; its definition is a noun phrase without a comma of its own.
_LEADING_RE = lazy_compile(
    r"^(?P<term>[A-Z][\w’'-]+(?: [a-z][\w-]+){0,2}), (?P<body>[a-z][^,;:()]{10,160}?), "
    r"(?P<verb>[a-z]+)\b"
)
_TRAILING_RE = lazy_compile(
    r"\b(?P<lead>[a-z]+) (?P<term>[a-z][\w-]+), (?P<body>[a-z][^,;:()]{10,120})\.$"
)
_ALIAS_RE = lazy_compile(
    r"^(?P<term>[A-Z][\w’'-]+(?: [a-z][\w-]+){0,3}), (?:(?:also |sometimes )?(?:called|known as) "
    r"(?P<alias>[^,;()]{3,50})|or (?P<short>[A-Z]{2,6})), (?P<copula>is|are) (?P<body>.+?)\.?$"
)
# Where a second claim begins: what follows says more than what the term is.
_SECOND_CLAIM_RE = lazy_compile(r"(?:,|;)\s(?:and|but|while|which|although|though)\s.*$")
PLACES_AND_PEOPLE = frozenset({Kind.PERSON, Kind.COUNTRY, Kind.CITY, Kind.REGION, Kind.PLACE})
# What a body may open with besides a noun or adjective: an article, never "the" (a definite
# phrase after a name is usually the place or person it is: "Vesuvius, the volcano above ...").
_OPENERS = frozenset({"a", "an"})
# "These reaction-diffusion systems, ...": a term an earlier sentence introduced.
POINTERS = frozenset("This These That Those Such It They Its Their His Her Our".split())  # noqa: SIM905
# What a sentence before a trailing term must end in for the term to be a noun it mentions.
_LEADS = frozenset(
    "over under of from in into on at by with as near beneath above called named".split()  # noqa: SIM905
)


def tag_at(t: Tagged, position: int) -> str | None:
    for i, start in enumerate(t.starts):
        if start == position:
            return t.tags[i]
    return None


def _is_term(term: str, index: EntityIndex) -> bool:
    """A rare word or a name that is no person or place: what a definition is for."""
    if term.split()[0] in POINTERS or index.kind(term) in PLACES_AND_PEOPLE:
        return False
    content = [w for w in term.split() if w.lower() not in STOP_WORDS]
    return bool(content) and min(zipf(w.lower()) for w in content) < 4.0


def _body_ok(body: str, t: Tagged, at: int) -> bool:
    """A noun phrase that says what something is: opens with a noun, an adjective or 'a'."""
    first = body.split()[0]
    if first in _OPENERS:
        return len(body.split()) >= 4
    if first in STOP_WORDS or tag_at(t, at) not in ("NOUN", "ADJ"):
        return False
    if re.search(r"\b(?:and|or|but|while)\b", body) or is_evaluation(body):
        return False
    return 3 <= len(body.split()) <= MAX_ANSWER_WORDS


def _copula(term: str, body: str) -> str:
    if body.split()[0] in _OPENERS:
        return "is"
    last = term.split()[-1]
    return "are" if last.endswith("s") and not last.endswith("ss") else "is"


def _asked(term: str, index: EntityIndex) -> str:
    """'Lahars' as the article's first word -> 'lahars'; a name keeps its capital."""
    first = term.split()[0]
    if first in index.capitalised_inside or first.isupper():
        return term
    return first.lower() + term[len(first) :]


def as_answer(body: str) -> str:
    """A definition as a card's answer: a capital and a full stop."""
    return body[:1].upper() + body[1:] + "."


def apposed_definition(t: Tagged, index: EntityIndex) -> Question | None:
    """The definition a sentence gives of a term in commas beside it, if any."""
    sentence = t.sentence
    alias = _ALIAS_RE.match(sentence)
    # A term the article abbreviates ("..., or APR,") is technical, however common its words.
    if alias is not None and (
        _is_term(alias["term"], index)
        or (alias["short"] and index.kind(alias["term"]) not in PLACES_AND_PEOPLE)
    ):
        body = _SECOND_CLAIM_RE.sub("", alias["body"])
        opens = body.split()[0] in (*_OPENERS, "the") or tag_at(t, alias.start("body")) in (
            "NOUN",
            "ADJ",
        )
        if opens and 4 <= len(body.split()) <= MAX_ANSWER_WORDS and not is_evaluation(body):
            term = _asked(alias["term"], index)
            if alias["short"]:  # "The annual percentage rate, or APR, is ..."
                question = f"What {alias['copula']} {term} ({alias['short']})?"
            else:
                question = f"What {alias['copula']} {term}, also called {alias['alias']}?"
            return Question("definition", question, as_answer(body))
        return None
    lead = _LEADING_RE.match(sentence)
    if lead is not None and _is_term(lead["term"], index):
        verb_tag = tag_at(t, lead.start("verb"))
        if verb_tag in ("VERB", "AUX") and _body_ok(lead["body"], t, lead.start("body")):
            term, body = lead["term"], lead["body"]
            question = f"What {_copula(term, body)} {_asked(term, index)}?"
            return Question("definition", question, as_answer(body))
    trail = _TRAILING_RE.search(sentence)
    if (
        trail is not None
        and trail["lead"] in _LEADS
        and _is_term(trail["term"], index)
        and tag_at(t, trail.start("term")) == "NOUN"
        and _body_ok(trail["body"], t, trail.start("body"))
    ):
        term, body = trail["term"], trail["body"]
        return Question("definition", f"What {_copula(term, body)} {term}?", as_answer(body))
    return None
