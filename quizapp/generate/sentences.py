"""Sentence splitting (a linear, rule-based scan) and the word-level helpers around it."""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

import msgpack

from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import STOP_WORDS

WORD_RE = lazy_compile(r"[A-Za-z0-9][A-Za-z0-9'’\-.]*[A-Za-z0-9]|[A-Za-z0-9]")

# A candidate end: terminal punctuation, closing quotes or brackets, then a space.
_END_RE = lazy_compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
# What may start the next sentence: a capital, a digit, an opening quote or bracket.
_NEXT_START_RE = lazy_compile(r"\s+[\"'“‘(\[]*(?=[^\W_])(?:[^\W_])")
# Words that end in a period without ending a sentence when a capital follows.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr gen gov sen rep col lt sgt capt mt ft no nos vol vols fig figs
    vs etc al approx dept est inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e u.s u.k u.n a.m p.m ca cf ed eds op rev
    """.split()  # noqa: SIM905
)
# "10 a.m. Eastern Time" is one sentence; "at 3 p.m. The next day" is two.
_CLOCK_END_RE = lazy_compile(r"\b[ap]\.m\.$")
_TIME_ZONE_RE = lazy_compile(
    r"(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Coordinated|British|local"
    r"|[A-Z]{1,2}[SD]?T|GMT|UTC|CET|CEST)\b"
)
_LAST_TOKEN_RE = lazy_compile(r"(\S+)$")
_INITIALS_RE = lazy_compile(r"^(?:[A-Z]\.)+$")


def _is_boundary(text: str, end: int, next_start: int) -> bool:
    """Does the sentence end at ``end`` (just past its punctuation)?"""
    window = text[max(0, end - 40) : end]
    token_match = _LAST_TOKEN_RE.search(window)
    token = token_match.group(1) if token_match else ""
    bare = token.rstrip("\"'”’)]").lstrip("\"'“‘([")
    following = text[next_start : next_start + 40].lstrip("\"'“‘([")
    next_word = following.split(" ", 1)[0].strip(",.;:")
    if not bare.endswith("."):
        return True  # "!" or "?"
    word = bare[:-1].lower()
    if _CLOCK_END_RE.search(bare):
        return not _TIME_ZONE_RE.match(following)
    if _INITIALS_RE.match(bare):
        # "U.S. President" and "J. R. Tolkien" go on; "the U.S. With" starts a new one.
        return len(bare) > 2 and next_word.lower() in STOP_WORDS
    return word not in _ABBREVIATIONS


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, each stripped; linear in the paragraph's length.

    Every character of the paragraph lands in some sentence, so the cards quote it exactly.
    """
    paragraph = paragraph.strip()
    if not paragraph:
        return []
    sentences: list[str] = []
    start = 0
    for match in _END_RE.finditer(paragraph):
        end = match.end()
        nxt = _NEXT_START_RE.match(paragraph, end)
        if nxt is None or nxt.group()[-1].islower():
            continue  # lower case goes on: "e.g. this", "3 p.m. on Monday"
        next_start = end + len(nxt.group()) - 1
        while paragraph[next_start - 1] in "\"'“‘([":
            next_start -= 1
        if _is_boundary(paragraph, end, next_start):
            piece = paragraph[start:end].strip()
            if piece:
                sentences.append(piece)
            start = end
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


# Called for every word many times over; the word set of an article is small.
@lru_cache(maxsize=65536)
def normal(word: str) -> str:
    """Lower case, curly apostrophe made straight, possessive dropped."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem good enough to say two words are about the same thing."""
    word = normal(word)
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)][:7]
    return word[:7]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if normal(w) not in STOP_WORDS and len(w) > 2]


def _wordfreq_file(name: str) -> Path:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("wordfreq is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / name


def _read_cbpack(path: Path) -> dict[str, float]:
    pack = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    header, buckets = pack[0], pack[1:]
    if header.get("format") != "cB":
        raise RuntimeError("unexpected wordfreq data format")
    # Bucket i holds the words of frequency 10 ** (-i / 100); Zipf = log10(frequency) + 9.
    return {word: 9 - i / 100 for i, bucket in enumerate(buckets) for word in bucket}


@lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    """wordfreq's small English list, read straight from its documented "cBpack" file.

    Importing wordfreq itself (and its tokenizers) would cost more than the rest of the
    generator; the small list holds every word with a Zipf frequency of 3 or more, which is
    all most distinctions made here need.
    """
    return _read_cbpack(_wordfreq_file("small_en.msgpack.gz"))


# The band of wordfreq's large list that its small one lacks and the generator must tell
# apart: "forerunner" and "afterthought" (rare, but everyday English) from "seismometers" and
# "heliopause". Built by scripts/build_uncommon_words.py; it loads in milliseconds where the
# whole large list takes 0.15-0.3 s.
UNCOMMON_FROM = 2.5
UNCOMMON_FILE = Path(__file__).parent / "data" / "uncommon_en.tsv.gz"


@lru_cache(maxsize=1)
def _uncommon_table() -> dict[str, float]:
    # Every row is one word, a tab and its value: split at both at once, and parse each of the
    # few distinct values once rather than once a row.
    fields = gzip.decompress(UNCOMMON_FILE.read_bytes()).decode().replace("\t", "\n").split("\n")
    if len(fields) % 2:
        raise ValueError(f"{UNCOMMON_FILE.name}: a row without a tab")
    values = {value: float(value) for value in set(fields[1::2])}
    return dict(zip(fields[0::2], map(values.__getitem__, fields[1::2]), strict=True))


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common a word is in English (0 = unknown or rare, 7 = "the"), from wordfreq."""
    return round(_zipf_table().get(normal(word), 0.0), 2)


@lru_cache(maxsize=65536)
def fine_zipf(word: str) -> float:
    """``zipf`` down to Zipf 2.5 (wordfreq's large list): 0 for a word rarer than that or
    unknown."""
    found = zipf(word)
    if found:
        return found
    return _uncommon_table().get(normal(word), 0.0)
