"""Card search queries in Anki's syntax (the parts that fit quizapp): a pure parser."""

from quizapp.search.parse import (
    IS_VALUES,
    PROPS,
    TYPES,
    All,
    Any_,
    Field,
    Node,
    Not,
    Prop,
    Rated,
    SearchError,
    Text,
    parse,
)

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
