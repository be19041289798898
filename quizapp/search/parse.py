"""Parse a card search, as typed in Browse, into a small tree (no SQL, no storage).

The syntax is Anki's, for the parts that fit quizapp:

- words match the card's text or its section title: ``moon`` (all words must match);
- ``"two words"`` matches the phrase; ``-word`` excludes; ``a or b``; parentheses group;
- ``deck:NAME``, ``section:NAME`` (id or title, ``*`` for any characters), ``tag:NAME``,
  ``type:qa|cloze|choice|truefalse``,
  ``is:new|learning|review|due|suspended|buried|flagged``;
- ``prop:r<0.8`` (chance of recall now; also ``s`` stability in days, ``d`` difficulty,
  ``due`` days from today, ``reps``, ``lapses``; operators ``< <= > >= = !=``);
- ``rated:7`` answered in the last 7 days, ``rated:7:1`` answered Again in them.

Anything else raises ``SearchError`` with the position of the problem; no other exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "IS_VALUES",
    "PROPS",
    "TYPES",
    "All",
    "Any_",
    "Field",
    "Node",
    "Not",
    "Prop",
    "Rated",
    "SearchError",
    "Text",
    "parse",
]

FIELDS = ("deck", "section", "tag", "type", "is", "prop", "rated")
TYPES = ("qa", "cloze", "choice", "truefalse")
IS_VALUES = ("new", "learning", "review", "due", "suspended", "buried", "flagged")
PROPS = ("r", "s", "d", "due", "reps", "lapses")
OPERATORS = ("<=", ">=", "!=", "<", ">", "=")
MAX_DAYS = 36_500
_PROP_RE = re.compile(r"^([a-z]+)(<=|>=|!=|<|>|=)(-?\d+(?:\.\d+)?)$")
_FIELD_RE = re.compile(r"^([A-Za-z]+):(.*)$", re.DOTALL)


class SearchError(ValueError):
    """A search that cannot be read: ``message`` says why, ``position`` where (0-based)."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.message = message
        self.position = position


@dataclass(frozen=True)
class Text:
    """Words (or a quoted phrase) in the card's text or its section title."""

    value: str


@dataclass(frozen=True)
class Field:
    name: str  # deck, section, tag, type or is
    value: str


@dataclass(frozen=True)
class Prop:
    name: str  # one of PROPS
    op: str  # one of OPERATORS
    value: float


@dataclass(frozen=True)
class Rated:
    days: int
    rating: int | None = None  # 1-4, or any


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class All:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Any_:
    nodes: tuple[Node, ...]


Node = Text | Field | Prop | Rated | Not | All | Any_


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", "-", "or", "term"
    text: str  # the term's text, unquoted
    position: int
    quoted: bool = False  # the whole term (or its value after "field:") was quoted


def _read_quoted(query: str, start: int) -> tuple[str, int]:
    """The text of a quoted string starting at ``start`` (a '"'), and the index after it."""
    out = []
    i = start + 1
    while i < len(query):
        ch = query[i]
        if ch == "\\" and i + 1 < len(query):
            out.append(query[i + 1])
            i += 2
            continue
        if ch == '"':
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise SearchError("a quote is not closed", start)


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(query):
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, ch, i))
            i += 1
        elif ch == "-" and i + 1 < len(query) and not query[i + 1].isspace():
            tokens.append(_Token("-", "-", i))
            i += 1
        elif ch == '"':
            text, i = _read_quoted(query, i)
            tokens.append(_Token("term", text, i, quoted=True))
        else:
            start = i
            while i < len(query) and not query[i].isspace() and query[i] not in '()"':
                i += 1
            word = query[start:i]
            quoted = False
            if word.endswith(":") and i < len(query) and query[i] == '"':
                value, i = _read_quoted(query, i)  # field:"a value with spaces"
                word += value
                quoted = True
            kind = "or" if word.lower() == "or" and not quoted else "term"
            tokens.append(_Token(kind, word, start, quoted))
    return tokens


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokens(query)
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Node:
        node = self.any_of()
        token = self.peek()
        if token is not None:
            raise SearchError("a closing parenthesis without an opening one", token.position)
        return node

    def any_of(self) -> Node:
        nodes = [self.all_of()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            nodes.append(self.all_of(after_or=token))
        return nodes[0] if len(nodes) == 1 else Any_(tuple(nodes))

    def all_of(self, after_or: _Token | None = None) -> Node:
        nodes: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("or", ")"):
            nodes.append(self.unary())
        if not nodes and after_or is not None:
            raise SearchError("'or' needs something on both sides", after_or.position)
        if not nodes and (token := self.peek()) is not None and token.kind == "or":
            raise SearchError("'or' needs something on both sides", token.position)
        return nodes[0] if len(nodes) == 1 else All(tuple(nodes))

    def unary(self) -> Node:
        token = self.take()
        if token.kind == "-":
            following = self.peek()
            if following is None or following.kind in ("or", ")"):
                raise SearchError("'-' must come right before what to exclude", token.position)
            return Not(self.unary())
        if token.kind == "(":
            inner = self.any_of()
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise SearchError("a parenthesis is not closed", token.position)
            self.take()
            if inner == All(()):
                raise SearchError("empty parentheses", token.position)
            return inner
        return _term(token)


def _term(token: _Token) -> Node:
    if token.quoted and ":" not in token.text:
        return Text(token.text)
    match = _FIELD_RE.match(token.text)
    if match is None:
        return Text(token.text)
    name, value = match.group(1).lower(), match.group(2)
    if name not in FIELDS:
        known = ", ".join(f"{f}:" for f in FIELDS)
        raise SearchError(f"unknown search field '{name}:' (known: {known})", token.position)
    if not value:
        raise SearchError(f"'{name}:' needs a value", token.position)
    if name == "type":
        if value.lower() not in TYPES:
            raise SearchError(f"type: is one of {', '.join(TYPES)}", token.position)
        return Field(name, value.lower())
    if name == "is":
        if value.lower() not in IS_VALUES:
            raise SearchError(f"is: is one of {', '.join(IS_VALUES)}", token.position)
        return Field(name, value.lower())
    if name == "prop":
        return _prop(value, token.position)
    if name == "rated":
        return _rated(value, token.position)
    return Field(name, value)


def _prop(value: str, position: int) -> Prop:
    match = _PROP_RE.match(value.lower())
    if match is None or match.group(1) not in PROPS:
        raise SearchError(
            f"prop: is like prop:r<0.8 ({', '.join(PROPS)}; {' '.join(OPERATORS)})", position
        )
    number = float(match.group(3))
    if match.group(1) == "r" and not 0 <= number <= 1:
        raise SearchError("prop:r is a chance of recall, from 0 to 1", position)
    return Prop(match.group(1), match.group(2), number)


def _rated(value: str, position: int) -> Rated:
    parts = value.split(":")
    if len(parts) > 2 or not all(p.isascii() and p.isdigit() for p in parts):
        raise SearchError("rated: is like rated:7 or rated:7:1 (days, then a rating 1-4)", position)
    days = int(parts[0])
    if not 1 <= days <= MAX_DAYS:
        raise SearchError(f"rated: takes 1 to {MAX_DAYS} days", position)
    rating = int(parts[1]) if len(parts) == 2 else None
    if rating is not None and not 1 <= rating <= 4:
        raise SearchError("the rating in rated:DAYS:RATING is 1 (Again) to 4 (Easy)", position)
    return Rated(days, rating)


def parse(query: str) -> Node:
    """The query as a tree; an empty query is ``All(())``, which matches every card."""
    return _Parser(query).parse()
