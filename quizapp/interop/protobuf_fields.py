"""Just enough of protobuf's wire format to read a few fields of Anki's config blobs.

Newer Anki collections keep each note type's kind and each template's question and answer
formats in protobuf messages; reading three fields does not justify generated classes or a
protobuf dependency.
"""

from __future__ import annotations

VARINT, FIXED64, LENGTH, FIXED32 = 0, 1, 2, 5


class WireError(ValueError):
    """The bytes are not a protobuf message."""


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise WireError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def fields(data: bytes) -> dict[int, int | bytes]:
    """The last value of each top-level field: ints for varints, bytes for the rest."""
    found: dict[int, int | bytes] = {}
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == VARINT:
            found[number], pos = _varint(data, pos)
        elif wire in (FIXED64, FIXED32):
            size = 8 if wire == FIXED64 else 4
            found[number], pos = data[pos : pos + size], pos + size
        elif wire == LENGTH:
            size, pos = _varint(data, pos)
            found[number], pos = data[pos : pos + size], pos + size
        else:
            raise WireError(f"unsupported wire type {wire}")
        if pos > len(data):
            raise WireError("truncated field")
    return found


def text_field(data: bytes, number: int) -> str:
    value = fields(data).get(number, b"")
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def int_field(data: bytes, number: int) -> int:
    value = fields(data).get(number, 0)
    return value if isinstance(value, int) else 0
