"""Numbers and GUIDs derived from names, so that every export of a deck names things the same.

Anki recognises a note type, a deck and a note by these; random ones would make a re-export
arrive as duplicates.
"""

from __future__ import annotations

import hashlib

import genanki

# Anki ids are millisecond timestamps; staying in [2**30, 2**31) keeps clear of real ones
# and of the small ids Anki gives its stock note types.
_LOW = 1 << 30


def stable_number(name: str) -> int:
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return _LOW + int.from_bytes(digest[:8], "big") % _LOW


def note_guid(deck_id: str, card_id: str) -> str:
    return str(genanki.guid_for(deck_id, card_id))


def anki_tag(text: str) -> str:
    """Anki tags are separated by spaces, so a tag cannot hold one."""
    return "_".join(text.split()) or "_"


def anki_deck_name(*titles: str) -> str:
    """A deck path on one line; '::' inside a title would make an unwanted level."""
    return "::".join(" ".join(t.replace("::", ":").split()) or "_" for t in titles)
