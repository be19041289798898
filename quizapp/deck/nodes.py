"""Reading YAML nodes with positions: every problem is reported at its line and column.

Working on nodes rather than on loaded Python values keeps each value's line and column, and
keeps scalars as written: ``answer: 1945`` is the text "1945", ``answer: no`` is the text "no".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from yaml import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.deck.ids import ID_RE, slugify
from quizapp.deck.limits import MAX_FIELD_CHARS
from quizapp.deck.positions import Positions
from quizapp.deck.problems import Problem, Severity

NULL_TAG = "tag:yaml.org,2002:null"
TRUE_WORDS = {"true", "yes", "on"}
FALSE_WORDS = {"false", "no", "off"}

Entries = dict[str, tuple[ScalarNode, Node]]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class NodeReader:
    """Typed reads of YAML nodes that collect problems instead of raising."""

    def __init__(self, filename: str, positions: Positions | None = None) -> None:
        self.filename = filename
        self.positions = positions or Positions("")
        self.problems: list[Problem] = []

    # -- reporting ---------------------------------------------------------------------------
    def where(self, node: Node) -> tuple[int, int]:
        """The node's line and column as an editor shows them."""
        mark = node.start_mark
        return self.positions.of_mark(mark.line, mark.column, mark.index)

    def line_of(self, node: Node) -> int:
        return self.where(node)[0]

    def error(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.filename, *self.where(node), message))

    def warn(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.filename, *self.where(node), message, Severity.WARNING))

    # -- generic readers ---------------------------------------------------------------------
    def mapping(self, node: Node, what: str, allowed: set[str] | None) -> Entries | None:
        """The mapping's entries; keys outside ``allowed`` are reported (None: checked later)."""
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a mapping of `key: value` lines")
            return None
        entries: Entries = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, f"{what} has a key that is not plain text")
                continue
            key = key_node.value
            if key in entries:
                first = self.line_of(entries[key][0])
                self.error(key_node, f"duplicate key '{key}' in {what} (first on line {first})")
                continue
            if allowed is not None and key not in allowed:
                self.error(key_node, unknown_key_message(key, what, allowed))
                continue
            entries[key] = (key_node, value_node)
        return entries

    def require(self, entries: Entries, node: Node, what: str, keys: tuple[str, ...]) -> bool:
        missing = [k for k in keys if k not in entries]
        for key in missing:
            self.error(node, f"{what} is missing '{key}' (add `{key}: ...`)")
        return not missing

    def text(self, node: Node, what: str) -> str | None:
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be text, not a {kind(node)}")
            return None
        # A plain `~` or `null` is YAML's null (PyYAML's C composer gives plain style as "").
        if (node.tag == NULL_TAG and not node.style) or not node.value.strip():
            self.error(node, f"{what} is empty (write its text after the colon)")
            return None
        if len(node.value) > MAX_FIELD_CHARS:
            self.error(
                node,
                f"{what} is {len(node.value):,} characters long, over the "
                f"{MAX_FIELD_CHARS:,} allowed for one text",
            )
            return None
        return node.value

    def optional_text(self, entries: Entries, key: str, what: str) -> str | None:
        if key not in entries:
            return None
        return self.text(entries[key][1], f"'{key}' of {what}")

    def text_list(self, node: Node, what: str) -> tuple[str, ...] | None:
        if not isinstance(node, SequenceNode):
            self.error(node, f"{what} must be a list, e.g. `[one, two]`")
            return None
        values = [self.text(item, f"an item of {what}") for item in node.value]
        if any(v is None for v in values):
            return None
        return tuple(v for v in values if v is not None)

    def number(self, node: Node, what: str, convert: Callable[[str], Any]) -> Any:
        if isinstance(node, ScalarNode):
            try:
                return convert(node.value)
            except ValueError:
                pass
        self.error(node, f"{what} must be a number")
        return None

    def identifier(self, node: Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is not None and not ID_RE.match(value):
            self.error(
                node,
                f"{what} '{value}' is not a valid id: use letters, digits, '-', '_' or '.', "
                f"e.g. '{slugify(value)}'",
            )
            return None
        return value

    def day(self, node: Node, what: str) -> date | None:
        """A calendar date written as YYYY-MM-DD."""
        if isinstance(node, ScalarNode) and DATE_RE.match(node.value.strip()):
            try:
                return date.fromisoformat(node.value.strip())
            except ValueError:
                pass
        self.error(node, f"{what} must be a date written as YYYY-MM-DD, e.g. `2027-01-01`")
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        if isinstance(node, ScalarNode):
            word = node.value.strip().lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
        self.error(node, f"{what} must be `true` or `false`")
        return None


def kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    return "value"


def did_you_mean(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown_key_message(key: str, what: str, allowed: set[str]) -> str:
    hint = did_you_mean(key, sorted(allowed))
    return f"unknown key '{key}' in {what}{hint}; allowed keys: {', '.join(sorted(allowed))}"
