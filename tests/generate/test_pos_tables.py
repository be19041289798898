"""The tagger's shipped tables are the installed model's weights, and tag exactly as it does."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.generate import tagger
from quizapp.generate.pos_tables import TableTagger, build_tables, read_tables
from quizapp.generate.sentences import split_sentences

CORPUS = Path(__file__).parent / "corpus"


@cache
def model() -> tuple[Any, bytes, dict[str, Any]]:
    folder = tagger.model_folder()
    source = tagger.model_source(folder)
    return tagger.perceptron(folder), source, json.loads(gzip.decompress(source))


@cache
def tables() -> TableTagger:
    module, source, _ = model()
    found = read_tables(tagger.TABLES.read_bytes(), source, module.features, module.START)
    assert found is not None, "pos_tables.bin is stale: run scripts/build_pos_tables.py"
    return found


@cache
def reference() -> Any:
    module, source, _ = model()
    return tagger.json_model(module, source)


def test_the_shipped_tables_are_built_from_the_installed_model() -> None:
    _, source, raw = model()
    assert tagger.TABLES.read_bytes() == build_tables(raw, source)
    assert isinstance(tagger._model(), TableTagger)


def test_the_tables_hold_every_weight_label_and_tag_of_the_model() -> None:
    _, _, raw = model()
    found = tables()
    assert found._classes == sorted(raw["classes"])
    assert found.tagdict == raw["tagdict"]
    assert list(found._index) == list(raw["weights"])
    for feature, row in raw["weights"].items():
        i = found._index[feature]
        first, end = found._offsets[i], found._offsets[i + 1]
        rebuilt = {
            found._classes[found._labels[j]]: found._weights[j] for j in range(first, end)
        }
        assert rebuilt == row, feature


def test_tables_of_another_model_file_are_refused() -> None:
    module, source, _ = model()
    data = tagger.TABLES.read_bytes()
    assert read_tables(data, source + b"\0", module.features, module.START) is None
    assert read_tables(data[:-8], source, module.features, module.START) is None
    assert read_tables(b"not tables\n", source, module.features, module.START) is None


def corpus_sentences() -> list[list[str]]:
    out = []
    for path in sorted(CORPUS.rglob("*.txt")) + sorted(CORPUS.rglob("*.md")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            for sentence in split_sentences(paragraph):
                words = [w for w, _ in tagger.tokens(sentence) if w[:1].isalnum()]
                out.append(["three" if w[:1].isdigit() else w for w in words])
    return out


def test_the_tables_tag_the_corpus_as_the_model_does() -> None:
    sentences = corpus_sentences()
    assert len(sentences) > 1000
    assert [tables().tag(s) for s in sentences] == [reference().tag(s) for s in sentences]


WORDS = st.one_of(
    st.sampled_from(["the", "reef", "Coral", "grows", "slowly", "in", "warm", "water", "it"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEZ'-", min_size=1, max_size=12),
)


@given(st.lists(WORDS, max_size=25))
def test_any_words_get_the_models_labels(words: list[str]) -> None:
    assert tables().tag(words) == reference().tag(words)


def test_without_matching_tables_the_model_file_itself_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "pos_tables.bin"
    stale.write_bytes(tagger.TABLES.read_bytes().replace(b"quizapp-pos-tables 1 ", b"other "))
    words = ["The", "reef", "grows", "slowly", "in", "three", "warm", "seas"]
    # Read the shipped tables before TABLES points elsewhere: tables() caches its first read.
    expected = tables().tag(words)
    for path in (stale, tmp_path / "missing.bin"):
        monkeypatch.setattr(tagger, "TABLES", path)
        tagger._model.cache_clear()
        try:
            assert not isinstance(tagger._model(), TableTagger)
            assert tagger._model().tag(words) == expected
        finally:
            tagger._model.cache_clear()
