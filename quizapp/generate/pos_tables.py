"""The tagger's model as flat tables, read in about a tenth of the time its JSON file takes.

denckring-en-pos ships its weights as gzipped JSON: 66,000 feature rows of label weights,
which take about 0.1 s to decompress and parse, a fifth of a whole `quizapp generate`. The
same numbers are kept here (`data/pos_tables.bin`, built by `scripts/build_pos_tables.py`)
as one list of feature strings and three arrays, which load without building a dict per row.

The file records the size and CRC-32 of the JSON file it was built from; when the installed
model is another one, ``read_tables`` refuses it and the tagger reads the JSON as before, so
a newer model never meets older weights. Tagging with the tables adds the same weights in the
same order as denckring's own inference, so every label is the same to the last bit.

Layout: one ASCII line ``quizapp-pos-tables 1 TEXT FEATURES ENTRIES SOURCE_SIZE SOURCE_CRC``;
then TEXT bytes of UTF-8: the classes (tab-separated), a line of the tag dictionary (word, label,
word, label, ... tab-separated), and the features, one a line; then the row offsets (FEATURES + 1
unsigned 32-bit), the label of each entry (ENTRIES bytes, an index into the classes) and its
weight (ENTRIES 64-bit floats), little-endian.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Callable, Sequence
from operator import add
from typing import Any

__all__ = ["TableTagger", "build_tables", "read_tables"]

MAGIC = "quizapp-pos-tables 1"

Features = Callable[[int, str, Sequence[str], str, str], list[str]]


def source_stamp(source: bytes) -> tuple[int, int]:
    """What identifies the model file the tables were built from: its size and CRC-32."""
    return len(source), zlib.crc32(source)


def build_tables(model: dict[str, Any], source: bytes) -> bytes:
    """The tables file for ``model`` (the parsed JSON of ``source``, denckring's model file)."""
    classes = sorted(model["classes"])
    label_index = {label: i for i, label in enumerate(classes)}
    if len(classes) > 256:
        raise ValueError("more labels than one byte holds")
    features = list(model["weights"])
    tagdict = [part for pair in model["tagdict"].items() for part in pair]
    for text in [*classes, *tagdict, *features]:
        if "\n" in text or "\t" in text:
            raise ValueError(f"a model string holds a line or tab break: {text!r}")
    offsets, labels, weights = array("I", [0]), bytearray(), array("d")
    for feature in features:
        for label, weight in model["weights"][feature].items():
            if weight != weight:  # NaN: no order of additions would reproduce its comparisons
                raise ValueError(f"{feature!r}: a weight is not a number")
            labels.append(label_index[label])
            weights.append(weight)
        offsets.append(len(weights))
    if sys.byteorder == "big":
        offsets.byteswap()
        weights.byteswap()
    text = "\n".join(["\t".join(classes), "\t".join(tagdict), *features]).encode("utf-8")
    size, crc = source_stamp(source)
    head = f"{MAGIC} {len(text)} {len(features)} {len(weights)} {size} {crc}\n".encode("ascii")
    return head + text + offsets.tobytes() + bytes(labels) + weights.tobytes()


class TableTagger:
    """Inference over the tables: denckring's averaged perceptron, row by row.

    ``features`` is denckring's own feature function and ``start`` its sentence-start marker,
    so the two inferences cannot drift apart in what they look up.
    """

    __slots__ = (
        "_classes",
        "_index",
        "_labels",
        "_offsets",
        "_rows",
        "_weights",
        "features",
        "start",
        "tagdict",
    )

    def __init__(
        self,
        classes: list[str],
        tagdict: dict[str, str],
        index: dict[str, int],
        offsets: array[int],
        labels: bytes,
        weights: array[float],
        features: Features,
        start: str,
    ) -> None:
        self._classes = classes
        self.tagdict = tagdict
        self._index = index
        self._offsets = offsets
        self._labels = labels
        self._weights = weights
        self.features = features
        self.start = start
        self._rows: dict[str, tuple[float, ...] | None] = {}

    def _row(self, feat: str) -> tuple[float, ...] | None:
        """The feature's weight for every label (0.0 where it has none), None for no weight."""
        row = self._index.get(feat)
        if row is None:
            return None
        first, end = self._offsets[row], self._offsets[row + 1]
        if first == end:
            return None
        dense = [0.0] * len(self._classes)
        for j in range(first, end):
            dense[self._labels[j]] = self._weights[j]
        return tuple(dense)

    def _predict(self, feats: Sequence[str]) -> str:
        rows = self._rows
        found = []
        for feat in feats:
            try:
                row = rows[feat]
            except KeyError:
                row = rows[feat] = self._row(feat)
            if row is not None:
                found.append(row)
        if not found:
            return self._classes[-1]
        # Each label's score is its weights added in feature order, as denckring adds them
        # into its dict of scores: the same floats (adding 0.0 where a row has no weight for
        # a label changes nothing but the sign of a zero, which no comparison below sees).
        scores = found[0]
        for row in found[1:]:
            scores = tuple(map(add, scores, row))
        # The best score, and among equal ones the last label in sorted order, as denckring's
        # max over (score, label) picks.
        return self._classes[len(scores) - 1 - scores[::-1].index(max(scores))]

    def tag(self, words: Sequence[str]) -> list[str]:
        """One "UPOS|VerbForm" label per word, left to right (as denckring's Tagger.tag)."""
        out: list[str] = []
        prev = prev2 = self.start
        context = [word.lower() for word in words]
        tagdict, features, predict = self.tagdict, self.features, self._predict
        for index, word in enumerate(words):
            guess = tagdict.get(context[index])
            if guess is None:
                guess = predict(features(index, word, context, prev, prev2))
            out.append(guess)
            prev2, prev = prev, guess
        return out


def read_tables(data: bytes, source: bytes, features: Features, start: str) -> TableTagger | None:
    """The tagger the tables ``data`` hold, or None when they were not built from ``source``
    (another version of the model) or are not a tables file this code reads."""
    head_end = data.find(b"\n", 0, 200)
    if head_end < 0:
        return None
    head = data[:head_end].decode("ascii", "replace").split(" ")
    if " ".join(head[:2]) != MAGIC or len(head) != 7:
        return None
    try:
        text_size, n_features, n_entries, size, crc = map(int, head[2:])
    except ValueError:
        return None
    if (size, crc) != source_stamp(source):
        return None
    offsets, weights = array("I"), array("d")
    if offsets.itemsize != 4 or weights.itemsize != 8:
        return None
    at = head_end + 1
    text = data[at : at + text_size].decode("utf-8")
    at += text_size
    offsets.frombytes(data[at : at + 4 * (n_features + 1)])
    at += 4 * (n_features + 1)
    labels = data[at : at + n_entries]
    at += n_entries
    weights.frombytes(data[at : at + 8 * n_entries])
    if at + 8 * n_entries != len(data):
        return None
    if sys.byteorder == "big":
        offsets.byteswap()
        weights.byteswap()
    class_line, tagdict_line, *feature_list = text.split("\n")
    classes = class_line.split("\t")
    pairs = tagdict_line.split("\t") if tagdict_line else []
    tagdict = dict(zip(pairs[::2], pairs[1::2], strict=True))
    if len(feature_list) != n_features:
        return None
    index = dict(zip(feature_list, range(n_features), strict=True))
    return TableTagger(classes, tagdict, index, offsets, labels, weights, features, start)
