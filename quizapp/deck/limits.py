"""What a deck may be: limits that keep checking, importing and studying it quick and safe.

Each is far beyond a real deck; past it a file is a mistake or an attack (an alias bomb, a
step of five billion minutes), and `check` says where, rather than the app failing later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.userfiles import MAX_DECK_BYTES

if TYPE_CHECKING:
    from yaml import Node

# Per file. A deck in the layout quizapp writes is read in seconds and well under 1 GB of
# memory at this size (scripts/bench.py --anki imports one).
MAX_CARDS = 500_000
# Past 16 MB (MAX_FILE_BYTES) only that layout is read, up to MAX_DECK_BYTES (128 MB).
MAX_FIELD_CHARS = 10_000  # any one text: a question, an answer, an explanation, a title...
MAX_ALIAS_EXPANSION = 200_000  # values that aliases (*name) may add to a document
MAX_STEP_MINUTES = 60 * 24 * 365  # a learning step of a year; beyond it dates overflow soon
MAX_NEW_PER_DAY = 100_000
MAX_PROBLEMS = 100  # per file: the first hundred say what is wrong as well as a million would

__all__ = [
    "MAX_ALIAS_EXPANSION",
    "MAX_CARDS",
    "MAX_DECK_BYTES",
    "MAX_FIELD_CHARS",
    "MAX_NEW_PER_DAY",
    "MAX_PROBLEMS",
    "MAX_STEP_MINUTES",
    "alias_problem",
]


ENDLESS = "an alias (*name) refers to the value that contains it, so the value never ends"


def alias_problem(root: Node) -> tuple[Node, str] | None:
    """Where and why aliases make the document too big (or endless), else None.

    The composed tree shares one node per anchor, so it is as small as the text; walking it
    as a tree (as reading a deck does) visits a shared node once per alias, which a few
    nested anchors turn into billions of visits. Sizes are counted once per node instead,
    in time linear in the text, and a node that contains itself is found on the way.
    """
    # Imported here: the limits are read on every launch (stored settings are clamped to
    # them), where nothing else needs the YAML parser.
    from yaml import MappingNode, SequenceNode

    def _children(node: Node) -> list[Node]:
        if isinstance(node, MappingNode):
            return [part for pair in node.value for part in pair]
        if isinstance(node, SequenceNode):
            return list(node.value)
        return []

    size: dict[int, int] = {}
    shared: list[Node] = []
    seen: set[int] = set()
    active: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            active.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            continue
        if key in seen:
            if key not in size:  # reached again before it was finished: only via a cycle
                return node, ENDLESS
            shared.append(node)
            continue
        seen.add(key)
        active.add(key)
        stack.append((node, True))
        for child in reversed(_children(node)):
            if id(child) in active:
                return child, ENDLESS
            if id(child) in seen:
                shared.append(child)
                continue
            stack.append((child, False))
    expansion = size[id(root)] - len(size)
    if expansion <= MAX_ALIAS_EXPANSION:
        return None
    anchor = max(shared, key=lambda n: size[id(n)], default=root)
    return anchor, (
        f"aliases (*name) repeat this value into {expansion:,} more values, over the "
        f"{MAX_ALIAS_EXPANSION:,} allowed; write the values out instead"
    )
