"""Sentence splitting (pysbd, rule-based, ships its rules) and the word-level helpers around it."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from wordfreq import zipf_frequency

from quizapp.generate.lexicon import STOP_WORDS

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-.]*[A-Za-z0-9]|[A-Za-z0-9]")
_INITIAL_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
_AFTER_INITIALS_RE = re.compile(r"(?<=\b[A-Z]\.[A-Z]\.) (?=([A-Z][a-z]+)\b)")
_NEXT_INITIAL_RE = re.compile(r"^(?:[A-Z]\.|[-–])")
# "10 a.m. Eastern Time" is one sentence; "at 3 p.m. The next day" is two.
_CLOCK_END_RE = re.compile(r"\b[ap]\.m\.$")
_TIME_ZONE_RE = re.compile(
    r"^(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Coordinated|British|local"
    r"|[A-Z]{1,2}[SD]?T|GMT|UTC|CET|CEST)\b"
)


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, each stripped; initials like "U. S.-led" are kept together."""
    paragraph = paragraph.strip()
    if not paragraph:
        return []
    # Spans in the paragraph, so merged sentences keep the text exactly as written.
    spans: list[list[int]] = []
    cursor = 0
    for piece in (p.strip() for p in _segmenter().segment(paragraph)):
        start = paragraph.find(piece, cursor) if piece else -1
        if start < 0:
            continue
        end = start + len(piece)
        cursor = end
        previous = paragraph[spans[-1][0] : spans[-1][1]] if spans else ""
        if spans and (
            (_INITIAL_END_RE.search(previous) and _NEXT_INITIAL_RE.match(piece))
            or (_CLOCK_END_RE.search(previous) and _TIME_ZONE_RE.match(piece))
            or piece[:1].islower()
        ):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    if not spans:
        return [paragraph]
    # Text pysbd skipped (rare) must not vanish from the article the cards quote.
    spans[0][0] = 0
    spans[-1][1] = len(paragraph)
    for before, after in itertools.pairwise(spans):
        before[1] = after[0]
    sentences = [paragraph[a:b].strip() for a, b in spans if paragraph[a:b].strip()]
    return [part for sentence in sentences for part in _split_after_initials(sentence)]


def _split_after_initials(sentence: str) -> list[str]:
    """'... and the U.S. With Russia's backing, ...' is two sentences; 'U.S. President' is not."""
    parts, start = [], 0
    for match in _AFTER_INITIALS_RE.finditer(sentence):
        if match.group(1).lower() in STOP_WORDS:
            parts.append(sentence[start : match.start()].strip())
            start = match.start() + 1
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def normal(word: str) -> str:
    """Lower case, curly apostrophe made straight, possessive dropped."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def stem(word: str) -> str:
    """A crude stem good enough to say two words are about the same thing."""
    word = normal(word)
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)][:7]
    return word[:7]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if normal(w) not in STOP_WORDS and len(w) > 2]


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common a word is in English (0 = unknown, 7 = "the"), from wordfreq's shipped lists."""
    return zipf_frequency(normal(word), "en")
