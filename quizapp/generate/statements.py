"""True/false statements: which sentences may be one, and which swap makes one false.

A statement is shown without its paragraph, so it must not lean on it ("Even at that rate",
"In the process", "also", "therefore", "the laws" after "the Corn Laws"). A false statement is
made by a swap a student could believe and a teacher would mark false for the right reason: a
person for another person, a body for another body, a term for another of the same class, a
year at least eight years away, a number at least half again or half as big. Never a place
("in southern Siberia, in Britain"), never a year nudged by three ("1776" -> "1773"), never a
bound ("more than 300 rivers" is not made false by "more than 150").
"""

from __future__ import annotations

import re

from quizapp.generate import options, ruled_out
from quizapp.generate.answers import EntityIndex, Kind, Span
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import TITLES
from quizapp.generate.questions import IRREGULAR_PAST, LEANING_RE, refers_back
from quizapp.generate.sentences import stem

# "The most notorious were ...": the most notorious what?
_HEADLESS_RE = lazy_compile(
    r"^The (?:most|least|best|worst|first|last|\w+est) (?:[a-z]+ )?(?:was|were|is|are)\b"
)
_BOUND_RE = lazy_compile(
    r"\b(?:more than|over|at least|above|less than|fewer than|under|up to|almost|nearly|"
    r"below|as many as|as much as|at most|no more than)\s*$",
    re.IGNORECASE,
)
_YEAR_RE = lazy_compile(r"^(\d{4})(s?)$")
# "about 50 senior officials" -> "about 25": an estimate swapped for a made-up estimate is no
# fact a student can reason about; only another figure of the article makes it false.
_ESTIMATE_RE = lazy_compile(
    r"\b(?:about|around|roughly|some|approximately|an estimated|nearly|almost|c\.)\s*$",
    re.IGNORECASE,
)
# "the comet is now 510 million km away": now is when the article was written, not the card.
_UNANCHORED_RE = lazy_compile(
    r"\b(?:now(?! (?:called|known|named|regarded|seen|thought|believed|used)\b)|here|"
    r"currently|at present|this year)\b"
)
_NUM_RE = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
_SWAPPABLE = frozenset({Kind.PERSON, Kind.ORG, Kind.TERM, Kind.YEAR, Kind.NUMBER})


# "The letter ran to ...", "The idea was published ...", "The text, which ...": a bare "The"
# and one common noun as the subject points back to something named before. A few nouns
# name one thing everyone knows.
_BARE_SUBJECT_RE = lazy_compile(
    r"^The ([a-z]+)(?:,| (?:is|are|was|were|has|had|have|can|could|will|would|may|might|"
    rf"[a-z]+ed|{'|'.join(IRREGULAR_PAST)})\b)"
)
_UNIQUE = frozenset(
    """
    world sun moon earth universe sky sea ocean atmosphere climate economy internet public
    past future body brain heart blood weather population
    """.split()  # noqa: SIM905
)


# "In the second generation the four possible combinations appeared ...", "filled the gap":
# an ordinal or a count after "the", or an abstract noun, names something said before.
_NAMED_BEFORE_RE = lazy_compile(
    r"\bthe (?:second|third|fourth|fifth|two|three|four|five|six|seven|eight|nine|ten) [a-z]"
    r"|\bthe (?:gap|problem|idea|result|change|effect|method|technique|approach|experiment|"
    r"plan|proposal|decision|discovery|findings|scheme|episode|incident|move|shift|device|"
    r"project|programme|program|mission|campaign|operation)\b",
    re.IGNORECASE,
)
# ... unless what follows says which: "the four trading posts of the Hansa", "the idea that".
_SAYS_WHICH = frozenset({"of", "that", "which", "called", "known", "named", "in", "at", "on"})


# "In the 1840s that changed", "By 1900 this was": a pronoun for what came before.
_PRONOUN_RE = lazy_compile(
    r"(?:^|, |\d{4}s? )(?:[Tt]hat|[Tt]his) (?:[a-z]+ed|was|is|had|has|meant|led)\b"
)


# "Similar complaints were recorded ...": similar to what? "designed a replacement": for what?
_COMPARED_RE = lazy_compile(
    r"^(?:Similar|Such|Other|Further|Additional|Comparable|Likewise)\b"
    r"|\b(?:a|an|the|its|their) (?:replacement|successor|alternative|substitute|counterpart|"
    r"sequel|rival|response|remedy|solution)\b(?! (?:for|of|to)\b)"
)


def _named_before(sentence: str) -> bool:
    if _PRONOUN_RE.search(sentence) or _COMPARED_RE.search(sentence):
        return True
    for match in _NAMED_BEFORE_RE.finditer(sentence):
        counted = bool(re.search(r" [a-z]$", match.group()))  # "the four p..."
        following = re.findall(r"[\w-]+", sentence[match.end() - (1 if counted else 0) :])
        # a count looks past its noun phrase ("the four great trading posts of"); a noun
        # only at the next word ("the gap with hundreds of" is still the gap)
        window = following[1:5] if counted else following[:1]
        if counted and "-" in "".join(following[:1]):
            continue  # "the second-largest reef"
        if not _SAYS_WHICH & {w.lower() for w in window}:
            return True
    return False


# A statement a student can judge at a glance: one claim, not three clauses of figures.
MAX_STATEMENT_WORDS = 36


def stands_alone(
    sentence: str, index: EntityIndex | None = None, topic: frozenset[str] = frozenset()
) -> bool:
    """Can the sentence be judged true or false with nothing around it? ``topic`` holds the
    stems of the deck's headline: "the canal" in a deck on the Panama Canal names it."""
    if LEANING_RE.search(sentence) or _HEADLESS_RE.match(sentence):
        return False
    if _named_before(sentence):
        return False
    bare = _BARE_SUBJECT_RE.match(sentence)
    if bare and bare.group(1) not in _UNIQUE and stem(bare.group(1)) not in topic:
        return False
    return not refers_back(sentence, index, topic)


def _number(text: str) -> float | None:
    match = _NUM_RE.search(text)
    return float(match.group().replace(",", "")) if match else None


def unanchored(sentence: str) -> bool:
    """Does the sentence say "now" or "here" outside a quotation, so that shown alone it
    claims something about the reader's time or place?"""
    outside = re.sub(r"[\"“][^\"”]*[\"”]", "", sentence)
    return bool(_UNANCHORED_RE.search(outside))


def restates_title(sentence: str, topic: frozenset[str]) -> bool:
    """Does the statement hold every word of the deck's headline ("North Korea has finalized a
    landmark defense pact with Russia" in a deck on that pact)? No student doubts it."""
    if len(topic) < 2:
        return False
    return topic <= {stem(w) for w in re.findall(r"[\w'’-]+", sentence)}


def false_swap(
    span: Span, wrong: list[str], sentence: str, article: frozenset[str] = frozenset()
) -> str | None:
    """The first of ``wrong`` that makes a believable false statement, or None. ``article``
    holds the article's own figures: an estimate is only made false by one of them."""
    if span.kind not in _SWAPPABLE:
        return None
    if _BOUND_RE.search(sentence[: span.start]):
        return None
    rest = sentence[: span.start] + " " + sentence[span.end :]
    if span.kind == Kind.NUMBER and options.given_by_stem(span.text, rest):
        return None  # "a total of around 7,000": a false figure would contradict the sentence
    others = ruled_out.same_unit_figures(span.text, rest) if span.kind == Kind.NUMBER else []
    before = sentence[: span.start].split()
    if span.kind == Kind.PERSON and before and before[-1] in TITLES:
        return None  # "Dr William C. Gorgas" -> "Dr Theodore Roosevelt": the title gives it away
    rest = rest.lower()
    for option in wrong:
        if re.search(rf"(?<![\w.,]){re.escape(option.lower())}(?![\w])", rest):
            continue  # "had exceeded 9,000 tonnes ... had fallen to 9,000 tonnes": no test
        if options.impossible_time(option) or options.overlaps(span.text, option):
            continue  # "at about 2:87 to 45:15": no clock shows it, so no test either
        if span.kind == Kind.YEAR:
            if options.is_forecast(sentence):
                return None  # "images are expected in the summer of 2011": before the launch
            a, b = _YEAR_RE.match(span.text), _YEAR_RE.match(option)
            if not a or not b:
                continue
            gap = abs(int(a.group(1)) - int(b.group(1)))
            if gap >= (20 if a.group(2) else 8):
                return option
            continue
        if span.kind == Kind.NUMBER:
            x, y = _number(span.text), _number(option)
            if not x or not y or re.match(r"^[a-z]", span.text):
                continue  # a spelled number ("ten members") is nudged, not swapped
            if _ESTIMATE_RE.search(sentence[: span.start]) and option not in article:
                continue
            ratio = max(x, y) / min(x, y)
            if ratio >= 1.8 and ruled_out.keeps_order(x, y, others):
                return option
            continue
        return option
    return None


# ", and he went on to argue ...", "; the rest ...": where a second main clause starts.
_CLAUSE_BREAK_RE = lazy_compile(
    r"(?:;|,? (?:and|but|while|so|whereas)) (?=(?:he|she|it|they|we|the|a|an|his|her|its|their|"
    r"this|these|those|many|most|some|each|by|in|on|at|after|within|[A-Z][a-z]+)\b)"
)
MIN_CLAUSE_WORDS = 7


def true_clause(sentence: str, span: Span) -> str | None:
    """The sentence's first main clause, when it holds ``span`` and a second clause follows:
    a true statement that is not the source copied word for word ("In 1857 Louis Pasteur
    published work showing that lactic fermentation is caused by living microorganisms" from
    "..., and he went on to argue that ..."). None when there is no such clause."""
    for match in _CLAUSE_BREAK_RE.finditer(sentence):
        if match.start() < span.end:
            continue
        head = sentence[: match.start()].rstrip(" ,")
        if re.match(r"(?:He|She|It|They|His|Her|Its|Their|This|These|That|Those)\b", head):
            return None  # the whole sentence gets its pronoun resolved; a cut clause would not
        words = head.split()
        if len(words) < MIN_CLAUSE_WORDS or head.count(",") >= 2:
            return None  # a list ("Monet, Renoir, Sisley and Bazille"), not two clauses
        if (
            ("(" in head and ")" not in head)
            or head.count('"') % 2
            or head.count("“") != head.count("”")
        ):
            return None
        return head + "."
    return None
