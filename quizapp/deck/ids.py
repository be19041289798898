"""Slugs and ids derived from content, for cards and sections that do not name one."""

from __future__ import annotations

import hashlib
import re
import unicodedata

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def slugify(text: str, max_words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:max_words]) or "section"


def content_hash(*parts: str, length: int = 6) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def derived_card_id(section_id: str, card_type: str, main_text: str) -> str:
    return f"{section_id}-{content_hash(card_type, main_text)}"
