"""Definitions an article gives with a verb instead of 'is'.

'Income elasticity of demand measures how the quantity demanded responds to a change in
income.' says what the term is for; 'Cold composting means adding material little by little.'
says what the term is. Each is asked the way a teacher would: "What does income elasticity of
demand measure?", "What does cold composting mean?".
"""

from __future__ import annotations

from quizapp.generate.answers import EntityIndex, Kind
from quizapp.generate.appositions import PLACES_AND_PEOPLE, POINTERS, as_answer
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import STOP_WORDS
from quizapp.generate.questions import MAX_ANSWER_WORDS, Question
from quizapp.generate.sentences import zipf
from quizapp.generate.spans import Tagged

_DEFINING_RE = lazy_compile(
    r"^(?P<term>(?:The |An? )?[A-Za-z][\w’'-]*(?: [\w’'-]+){0,4}?) "
    r"(?P<verb>measures|means|refers to|is defined as|describes) (?P<rest>.+?)\.?$"
)
_ASKED = {
    "measures": "What does {} measure?",
    "means": "What does {} mean?",
    "refers to": "What does {} refer to?",
    "is defined as": "How is {} defined?",
    "describes": "What does {} describe?",
}
# Where the definition ends and something else begins: a formula, a second clause, an aside.
_CUT_RE = lazy_compile(r"(?::|;|,\s(?:and|but|so|which|while|although)\s|\s\().*$")
# "This describes ...": no term is being defined; nor is a person, a place or an organisation.
_NOT_TERMS = PLACES_AND_PEOPLE | {Kind.ORG}
# What a definition opens with: how or what something is, a thing, or an action.
_OPENERS_RE = lazy_compile(r"^(?:how|what|whether|the|a|an|any|[a-z]+ing)\b")


def _head(term: str) -> str:
    """'Income elasticity of demand' -> 'elasticity': the noun the term is about."""
    words = term.split(" of ")[0].split()
    return words[-1]


def verb_definition(t: Tagged, index: EntityIndex) -> Question | None:
    """'X measures/means/refers to/is defined as/describes Y' of a term X, asked for Y."""
    match = _DEFINING_RE.match(t.sentence)
    if match is None:
        return None
    term, verb = match["term"], match["verb"]
    first = term.split()[0]
    if first in POINTERS or index.kind(term) in _NOT_TERMS:
        return None
    if first not in ("The", "A", "An") and any(first in name.split() for name in index.mentions):
        return None  # "Gutenberg means a great deal to ...": a name the article uses
    head = _head(term)
    if head.lower() in STOP_WORDS or (zipf(head.lower()) >= 4.0 and not head.isupper()):
        return None  # "A sour or rotten smell means ...": a sign, not a term
    rest = _CUT_RE.sub("", match["rest"]).strip()
    # "A sour smell means the heap is too wet": a clause with its own verb says what follows.
    if not _OPENERS_RE.match(rest) or not 3 <= len(rest.split()) <= MAX_ANSWER_WORDS:
        return None
    if first[1:].islower() and first not in index.capitalised_inside:
        term = first.lower() + term[len(first) :]
    return Question("definition", _ASKED[verb].format(term), as_answer(rest))
