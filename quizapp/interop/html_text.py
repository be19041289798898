"""Plain text to Anki field HTML and back.

Anki fields are HTML. What quizapp writes comes back exactly (only ``& < >`` are escaped and
newlines become ``<br>``); fields written by Anki itself are reduced to their text.
"""

from __future__ import annotations

import html
import re

_BREAK_RE = re.compile(r"<br\s*/?>|</div>\s*<div[^>]*>|</p>\s*<p[^>]*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")


def to_html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def from_html(field: str) -> str:
    # Text escaped by to_html holds no "<", so only Anki's own markup is affected by these two.
    text = _BREAK_RE.sub("\n", field)
    text = _TAG_RE.sub("", text)
    return html.unescape(text)
