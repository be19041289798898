"""A fast reader for decks in the plain block layout quizapp itself writes.

Composing a YAML node tree with positions costs far more than the deck it describes (a
500,000-card deck took minutes and gigabytes), so ``fast_deck`` first reads the file line by
line, for the common layout only: block mappings and lists, plain or single-quoted one-key-per
line values, ``[]``, and comment lines before the first key. It returns the deck only when it is
sure of every value and the deck has no problem at all; anything else (another YAML feature, an
error, a warning) returns None, and the full reader (``load.check_text``) takes over, reporting
every problem at its line and column. Values are read as written, as the full reader does:
``answer: 1945`` is the text "1945", ``answer: no`` is the text "no"; a plain ``~`` or ``null``
is empty.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from quizapp.deck import cloze, nodes, validate
from quizapp.deck.gc_pause import paused_gc
from quizapp.deck.ids import ID_RE, slugify
from quizapp.deck.model import (
    FORMAT_VERSION,
    AnyCard,
    CardType,
    ChoiceCard,
    ClozeCard,
    Deck,
    QACard,
    Section,
    Settings,
    SourceInfo,
    TrueFalseCard,
)
from quizapp.deck.nodes import FALSE_WORDS, TRUE_WORDS
from quizapp.deck.validate import TYPE_HINTS, leaves_folder

# The keys this reader knows, written out rather than taken from the full reader's lists: a
# key the format gains later (and that this reader would not carry into the deck) sends the
# file to the full reader until this reader learns it too.
DECK_KEYS = frozenset({"version", "id", "title", "description", "source", "settings", "sections"})
SOURCE_KEYS = frozenset({"path", "title", "url"})
SETTINGS_KEYS = frozenset(
    {"desired_retention", "new_per_day", "learning_steps", "relearning_steps"}
)
SECTION_KEYS = frozenset({"id", "title", "cards"})
COMMON_CARD_KEYS = frozenset({"id", "type", "context", "source", "explanation", "tags"})
CARD_KEYS = {
    CardType.QA: frozenset({"question", "answer", "accept"}),
    CardType.CLOZE: frozenset({"text"}),
    CardType.CHOICE: frozenset({"question", "options", "answer"}),
    CardType.TRUEFALSE: frozenset({"statement", "answer", "correction"}),
}
REQUIRED_CARD_KEYS = {
    CardType.QA: ("question", "answer"),
    CardType.CLOZE: ("text",),
    CardType.CHOICE: ("question", "options", "answer"),
    CardType.TRUEFALSE: ("statement", "answer"),
}

__all__ = ["fast_deck"]


class NotFast(Exception):
    """The text is outside what this reader is sure of: the full reader decides."""


KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?")
# Every line as (indent, key or None, the rest without trailing spaces).
LINE = re.compile(r"^( *)(?:([A-Za-z_][A-Za-z0-9_]*):(?: +|$))?(.*?) *$", re.MULTILINE)
# What YAML reads differently from plain text somewhere: tabs, CR, other line breaks (NEL,
# LS, PS), the byte-order mark, and characters YAML does not allow in a stream.
UNSURE_CHARS = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)
# A one-line plain value this reader is sure of has none of these: a key separator, a
# comment, or an indicator in first place.
UNSURE_PLAIN = re.compile(r""": |:$| #|^[-?:,\[\]{}#&*!|>'"%@`]""")
# A line continuing a plain value may start with a bracket or a quote (only "#" would start a
# comment); the other indicators are left to the full reader.
UNSURE_CONTINUATION = re.compile(r": |:$| #|^[#\-?:&*!|>%@`]")
NULL_WORDS = frozenset({"~", "null", "Null", "NULL"})

Null = None  # a plain empty, ~ or null value


class Lines:
    """The text's lines as indent, key and rest; blank lines dropped but remembered."""

    def __init__(self, text: str) -> None:
        self.indents: list[int] = []
        self.keys: list[str | None] = []
        self.rests: list[str] = []
        self.after_blank: list[bool] = []
        blank = False
        started = False
        for match in LINE.finditer(text):
            spaces, key, rest = match.groups()
            if key is None:
                if not rest:
                    blank = True
                    continue
                if rest[0] == "#":
                    if started:  # a comment inside the deck: the full reader knows its end
                        raise NotFast
                    continue
            started = True
            self.indents.append(len(spaces))
            self.keys.append(key)
            self.rests.append(rest)
            self.after_blank.append(blank)
            blank = False
        self.count = len(self.rests)


class Reader:
    def __init__(self, text: str) -> None:
        if UNSURE_CHARS.search(text) or text.startswith(("---", "%")):
            raise NotFast
        self.lines = Lines(text)

    # -- structure ---------------------------------------------------------------------------
    def document(self) -> Any:
        lines = self.lines
        if lines.count == 0 or lines.indents[0] != 0:
            raise NotFast
        value, end = self.block(0, 0)
        if end != lines.count:
            raise NotFast
        return value

    def block(self, i: int, indent: int) -> tuple[Any, int]:
        if self.lines.keys[i] is None:
            return self.sequence(i, indent)
        return self.mapping(i, indent)

    def mapping(self, i: int, indent: int) -> tuple[dict[str, Any], int]:
        lines = self.lines
        indents, keys, rests, count = lines.indents, lines.keys, lines.rests, lines.count
        result: dict[str, Any] = {}
        while i < count and indents[i] == indent:
            key, after = keys[i], rests[i]
            if key is None or key in result:
                raise NotFast
            i += 1
            if not after:
                nested = i < count and (
                    indents[i] > indent or (indents[i] == indent and keys[i] is None)
                )
                if nested:
                    result[key], i = self.block(i, indents[i])
                else:
                    result[key] = Null
            elif (i < count and indents[i] > indent) or after[0] == "'" or after == "[]":
                result[key], i = self.value(after, i, indent)
            else:  # the usual line: `key: value`, all on one line
                if UNSURE_PLAIN.search(after):
                    raise NotFast
                result[key] = Null if after in NULL_WORDS else after
        if i < count and indents[i] > indent:
            raise NotFast
        return result, i

    def sequence(self, i: int, indent: int) -> tuple[list[Any], int]:
        lines = self.lines
        result: list[Any] = []
        while i < lines.count and lines.indents[i] == indent and lines.keys[i] is None:
            content = lines.rests[i]
            if not content.startswith("- "):
                if content == "-":
                    raise NotFast
                break
            item = content[2:]
            column = indent + 2 + len(item) - len(item.lstrip(" "))
            item = item.lstrip(" ")
            match = KEY_LINE.fullmatch(item)
            if match:
                # "- key: value": a mapping whose keys line up with this first one
                lines.indents[i], lines.keys[i] = column, match.group(1)
                lines.rests[i] = match.group(2) or ""
                value, i = self.mapping(i, column)
            else:
                value, i = self.value(item, i + 1, indent)
            result.append(value)
        if i < lines.count and lines.indents[i] > indent:
            raise NotFast
        return result, i

    def continuation(self, i: int, indent: int) -> list[str]:
        """The lines from ``i`` that continue the scalar before them (indented past
        ``indent``), as written."""
        lines = self.lines
        parts = []
        while i < lines.count and lines.indents[i] > indent:
            if lines.after_blank[i]:
                raise NotFast  # a blank line inside a scalar is a line break in its value
            key = lines.keys[i]
            rest = lines.rests[i]
            parts.append(rest if key is None else f"{key}:{' ' if rest else ''}{rest}")
            i += 1
        return parts

    def value(self, text: str, i: int, indent: int) -> tuple[Any, int]:
        """The scalar starting with ``text`` (line ``i - 1``) and its continuation lines."""
        parts = self.continuation(i, indent)
        end = i + len(parts)
        if text == "[]" and not parts:
            return [], end
        if text.startswith("'"):
            return single_quoted(text, parts), end
        if UNSURE_PLAIN.search(text) or any(UNSURE_CONTINUATION.search(p) for p in parts):
            raise NotFast
        if not parts and text in NULL_WORDS:
            return Null, end
        return " ".join([text, *parts]), end


def single_quoted(text: str, parts: list[str]) -> str:
    """A single-quoted scalar, folded over its lines ('' is a quote)."""
    whole = " ".join([text, *parts])  # each line break between non-empty lines reads as a space
    if not whole.endswith("'") or len(whole) < 2:
        raise NotFast
    inner = whole[1:-1]
    if "'" in inner.replace("''", ""):
        raise NotFast  # a quote that ends the scalar early, or text after the closing one
    if parts and any(p.startswith(("'", " ")) for p in parts):
        raise NotFast
    return inner.replace("''", "'")


# -- the deck ------------------------------------------------------------------------------
def text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > nodes.MAX_FIELD_CHARS:
        raise NotFast
    return value


def optional_text(entries: dict[str, Any], key: str) -> str | None:
    return text(entries[key]) if key in entries else None


def identifier(value: Any) -> str:
    if not ID_RE.match(text(value)):
        raise NotFast
    return value


def optional_day(entries: dict[str, Any], key: str = "valid_until") -> date | None:
    if key not in entries:
        return None
    value = entries[key]
    if not isinstance(value, str) or not nodes.DATE_RE.match(value):
        raise NotFast
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NotFast from None


def text_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise NotFast
    return tuple(text(item) for item in value)


def entries_of(value: Any, allowed: frozenset[str] | set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or not value.keys() <= allowed:
        raise NotFast
    return value


def number(value: Any, convert: type) -> Any:
    if not isinstance(value, str):
        raise NotFast
    try:
        return convert(value)
    except ValueError:
        raise NotFast from None


def settings_of(value: Any) -> Settings:
    entries = entries_of(value, SETTINGS_KEYS)
    values: dict[str, Any] = {}
    if "desired_retention" in entries:
        values["desired_retention"] = number(entries["desired_retention"], float)
        if not 0.7 <= values["desired_retention"] <= 0.99:
            raise NotFast
    if "new_per_day" in entries:
        values["new_per_day"] = number(entries["new_per_day"], int)
        if not 0 <= values["new_per_day"] <= validate.MAX_NEW_PER_DAY:
            raise NotFast
    for key in ("learning_steps", "relearning_steps"):
        if key in entries:
            steps = entries[key]
            if not isinstance(steps, list):
                raise NotFast
            values[key] = tuple(number(step, int) for step in steps)
            if any(not 0 < step <= validate.MAX_STEP_MINUTES for step in values[key]):
                raise NotFast
    if "exam" in entries:
        if not isinstance(entries["exam"], str):
            raise NotFast
        try:
            values["exam"] = date.fromisoformat(entries["exam"].strip())
        except ValueError:
            raise NotFast from None
    return Settings(**values)


CONSTRUCTORS = {
    CardType.QA: QACard,
    CardType.CLOZE: ClozeCard,
    CardType.CHOICE: ChoiceCard,
    CardType.TRUEFALSE: TrueFalseCard,
}
ALLOWED = {t: frozenset(COMMON_CARD_KEYS | keys) for t, keys in CARD_KEYS.items()}
TYPES = {t.value: t for t in CardType}


def card_of(value: Any, card_ids: set[str]) -> AnyCard:
    if not isinstance(value, dict):
        raise NotFast
    if "type" in value:
        card_type = TYPES.get(text(value["type"]))
        if card_type is None:
            raise NotFast
    else:
        card_type = next((t for key, t in TYPE_HINTS if key in value), None)
        if card_type is None:
            raise NotFast
    if not value.keys() <= ALLOWED[card_type] or "id" not in value:
        raise NotFast  # an unknown key, or no id (a warning the full reader gives)
    if any(key not in value for key in REQUIRED_CARD_KEYS[card_type]):
        raise NotFast
    card_id = identifier(value["id"])
    if card_id in card_ids:
        raise NotFast
    card_ids.add(card_id)
    fields: dict[str, Any] = {
        "id": card_id,
        "source": optional_text(value, "source"),
        "explanation": optional_text(value, "explanation"),
        "context": optional_text(value, "context"),
        "tags": text_list(value["tags"]) if "tags" in value else (),
        "valid_until": optional_day(value),
    }
    if card_type is CardType.QA:
        fields["question"] = text(value["question"])
        fields["answer"] = text(value["answer"])
        fields["accept"] = text_list(value["accept"]) if "accept" in value else ()
    elif card_type is CardType.CLOZE:
        fields["text"] = text(value["text"])
        found = cloze.deletions(fields["text"])
        if not found or any(not d.answer.strip() for d in found):
            raise NotFast
    elif card_type is CardType.CHOICE:
        fields["question"] = text(value["question"])
        options = text_list(value["options"])
        if len(options) < 2 or len(set(options)) != len(options):
            raise NotFast
        answer = value["answer"]
        answers = text_list(answer) if isinstance(answer, list) else (text(answer),)
        if any(a not in options for a in answers):
            raise NotFast
        fields["options"], fields["answer"] = options, answers
    else:
        fields["statement"] = text(value["statement"])
        answer = value["answer"]
        word = answer.strip().lower() if isinstance(answer, str) else None
        if word not in TRUE_WORDS and word not in FALSE_WORDS:
            raise NotFast
        fields["answer"] = word in TRUE_WORDS
        fields["correction"] = optional_text(value, "correction")
    return CONSTRUCTORS[card_type](**fields)


def deck_of(root: Any) -> Deck:
    entries = entries_of(root, DECK_KEYS)
    if entries.get("version") != str(FORMAT_VERSION):
        raise NotFast
    source = None
    if "source" in entries:
        source_entries = entries_of(entries["source"], SOURCE_KEYS)
        source = SourceInfo(**{k: optional_text(source_entries, k) for k in SOURCE_KEYS})
        if source.path is not None and leaves_folder(source.path):
            raise NotFast
    sections_value = entries.get("sections")
    if not isinstance(sections_value, list) or not sections_value:
        raise NotFast
    section_ids: set[str] = set()
    card_ids: set[str] = set()
    if (
        sum(
            len(s["cards"])
            for s in sections_value
            if isinstance(s, dict) and isinstance(s.get("cards"), list)
        )
        > validate.MAX_CARDS
    ):
        raise NotFast
    sections = []
    for section_value in sections_value:
        section_entries = entries_of(section_value, SECTION_KEYS)
        title = text(section_entries.get("title"))
        if "id" in section_entries:
            section_id = identifier(section_entries["id"])
        else:
            section_id = slugify(title)
        if section_id in section_ids:
            raise NotFast
        section_ids.add(section_id)
        cards = section_entries.get("cards")
        if not isinstance(cards, list):
            raise NotFast
        sections.append(
            Section(
                id=section_id,
                title=title,
                cards=tuple(card_of(card, card_ids) for card in cards),
                valid_until=optional_day(section_entries),
            )
        )
    return Deck(
        id=identifier(entries.get("id")),
        title=text(entries.get("title")),
        description=optional_text(entries, "description"),
        source=source,
        settings=settings_of(entries["settings"]) if "settings" in entries else Settings(),
        sections=tuple(sections),
    )


def fast_deck(text: str) -> Deck | None:
    """The deck, when the text is in the plain layout and has no problem; else None."""
    try:
        with paused_gc():
            return deck_of(Reader(text).document())
    except (NotFast, RecursionError):
        return None
