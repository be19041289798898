"""Scores that decide which sentences and answers are worth a card.

A good card sentence stands on its own (no "It", "This", "They" pointing back), is of study
length, and holds a definite answer: a number, date or name beats a key phrase; an answer the
article repeats everywhere ("North Korea" in an article about North Korea) is worth less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.answers import EntityIndex, Kind, Span
from quizapp.generate.sentences import content_words, stem, words, zipf

_KIND_WEIGHT = {
    Kind.NUMBER: 1.0,
    Kind.YEAR: 1.0,
    Kind.DATE: 0.9,
    Kind.PERSON: 0.9,
    Kind.COUNTRY: 0.8,
    Kind.CITY: 0.8,
    Kind.REGION: 0.75,
    Kind.ORG: 0.8,
    Kind.PLACE: 0.7,
    Kind.NAME: 0.5,
    Kind.PHRASE: 0.55,
}
_POINTS_BACK_RE = re.compile(
    r"^(?:it|its|this|these|that|those|they|their|he|she|his|her|such|both|the latter|"
    r"the former|here|there)\b",
    re.IGNORECASE,
)
_CONNECTIVE_RE = re.compile(r"^(?:but|and|so|yet|however|moreover|also|still|then)\b", re.I)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|my|me|we|our|us)\b")
_QUOTE_CHARS = '“”"'
MIN_WORDS, MAX_WORDS = 7, 45
MIN_SCORE = 1.2  # below this a teacher would rewrite the card rather than keep it


@dataclass(frozen=True)
class Candidate:
    sentence: str
    span: Span
    score: float


def sentence_score(sentence: str, index: EntityIndex) -> float | None:
    """How well a sentence stands alone as a card, or None when it must not be used."""
    count = len(words(sentence))
    if count < MIN_WORDS or count > MAX_WORDS or sentence.rstrip("”’\"'").endswith(("?", ":")):
        return None
    if any(index.unintroduced_person(name) for name, _ in index.names_in(sentence)):
        return None  # a claim pinned on someone the article never introduces
    score = 1.0
    if _POINTS_BACK_RE.match(sentence):
        score -= 0.6
    elif _CONNECTIVE_RE.match(sentence):
        score -= 0.25
    if _FIRST_PERSON_RE.search(sentence):
        score -= 0.4
    if any(q in sentence for q in _QUOTE_CHARS):
        score -= 0.3
    if not 10 <= count <= 35:
        score -= 0.15
    return score


def span_score(span: Span, sentence: str, index: EntityIndex, title: str) -> float | None:
    if len(span.text.split()) > 5 or span.text.strip().lower() == sentence.strip().lower():
        return None
    score = _KIND_WEIGHT[span.kind]
    if span.kind == Kind.PHRASE:
        rarity = sum(max(0.0, 5.0 - zipf(w)) for w in span.text.split()) / 3
        score *= 0.6 + min(rarity, 0.8)
    mentions = index.mentions.get(span.text, 0) or index.ngrams.get(span.text.lower(), 0)
    if span.kind == Kind.PHRASE and mentions >= 4:
        return None  # the article's own topic ("defense pact"): no test of anything
    if span.kind == Kind.NAME and "-" in span.text:
        return None  # "North Korea-Russia": a compound, not one name
    if mentions > 6:
        score -= 0.35
    elif mentions > 3:
        score -= 0.15
    if span.text.lower() in title.lower():
        score -= 0.4
    if sentence.count(span.text) > 1:
        return None
    return score


def candidates(
    sentence: str, index: EntityIndex, title: str, allowed: set[Kind] | None = None
) -> list[Candidate]:
    """Every usable answer in the sentence, best first."""
    base = sentence_score(sentence, index)
    if base is None:
        return []
    found = []
    for span in index.spans(sentence):
        if allowed is not None and span.kind not in allowed:
            continue
        value = span_score(span, sentence, index, title)
        if value is None or base + value < MIN_SCORE:
            continue
        found.append(Candidate(sentence, span, round(base + value, 6)))
    return sorted(found, key=lambda c: (-c.score, c.span.start))


def best_candidate(
    sentence: str, index: EntityIndex, title: str, allowed: set[Kind] | None = None
) -> Candidate | None:
    found = candidates(sentence, index, title, allowed)
    return found[0] if found else None


def key_sentences(
    sentences: list[str], title: str, limit: int = 2, max_words: int = 55
) -> list[str]:
    """The section's gist: sentences sharing most with the heading and the section, in order."""
    if not sentences:
        return []
    heading = {stem(w) for w in content_words(title)}
    section = [stem(w) for s in sentences for w in content_words(s)]
    scored = []
    for position, sentence in enumerate(sentences):
        own = {stem(w) for w in content_words(sentence)}
        if not own:
            continue
        centrality = sum(1 for s in section if s in own) / (len(own) + 4)
        score = centrality + 1.5 * len(own & heading)
        if _POINTS_BACK_RE.match(sentence) or any(q in sentence for q in _QUOTE_CHARS):
            score -= 1.0
        if len(words(sentence)) < 6:
            score -= 1.0
        scored.append((-score, position, sentence))
    chosen: list[tuple[int, str]] = []
    total = 0
    for _, position, sentence in sorted(scored):
        length = len(words(sentence))
        if chosen and total + length > max_words:
            continue
        chosen.append((position, sentence))
        total += length
        if len(chosen) == limit:
            break
    return [sentence for _, sentence in sorted(chosen)]
