"""Rewrite one card of a deck file's text, keeping the rest of the file as it was written.

Only the card's own mapping is replaced (found through the YAML node tree, by its place in the
deck), so every other line, comment and blank line of the file stays byte for byte. The new card
is written in the style of the old one: a flow mapping (``- {id: a, ...}``) as one flow line, a
block mapping as block lines at the old indentation. Comments inside the replaced card are not
kept. The result is read back and must give the same deck with just that card changed.
"""

from __future__ import annotations

from dataclasses import replace

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.deck.dump import card_to_dict
from quizapp.deck.model import AnyCard, Deck

try:  # the C loader reads what `quizapp check` reads (the pure one differs on flow keys)
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = ["RewriteError", "card_place", "replace_card", "with_card"]


class RewriteError(ValueError):
    """The card could not be rewritten in place (one line)."""


def card_place(deck: Deck, card_id: str) -> tuple[int, int]:
    """(section index, card index) of the card with ``card_id``; RewriteError when absent."""
    for si, section in enumerate(deck.sections):
        for ci, card in enumerate(section.cards):
            if card.id == card_id:
                return si, ci
    raise RewriteError(f"the deck has no card '{card_id}' (was the file changed?)")


def with_card(deck: Deck, card: AnyCard) -> Deck:
    """``deck`` with the card of the same id replaced by ``card``."""
    si, ci = card_place(deck, card.id)
    section = deck.sections[si]
    cards = (*section.cards[:ci], card, *section.cards[ci + 1 :])
    sections = (*deck.sections[:si], replace(section, cards=cards), *deck.sections[si + 1 :])
    return replace(deck, sections=sections)


def _value(mapping: Node, key: str) -> Node:
    if isinstance(mapping, MappingNode):
        for key_node, value in mapping.value:
            if isinstance(key_node, ScalarNode) and key_node.value == key:
                return value
    raise RewriteError(f"the file has no '{key}' where the deck has one")


def _end(node: Node) -> int:
    """Where the node's own text ends: a block collection's end mark lies at the next token,
    past any comments after it, so the end of its last value is taken instead."""
    if isinstance(node, MappingNode) and not node.flow_style and node.value:
        return _end(node.value[-1][1])
    if isinstance(node, SequenceNode) and not node.flow_style and node.value:
        return _end(node.value[-1])
    return node.end_mark.index


class _Dumper(yaml.SafeDumper):
    """Text with a line break YAML alone counts (NEL, U+2028, U+2029) is double quoted, where
    they are escaped (raw, a reader folds them into spaces); other multi-line text is written
    as a literal block, which reads as it is shown; short lists go on one line."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None
    if any(ch in value for ch in "\x85\u2028\u2029\ufeff"):
        style = '"'
    elif "\n" in value:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list[object]) -> yaml.SequenceNode:
    # A short list of one-line texts reads best on one line, as decks are written by hand.
    short = all(isinstance(v, str) and "\n" not in v for v in value)
    flow = short and sum(len(str(v)) + 2 for v in value) <= 60
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(list, _list)


def _card_yaml(card: AnyCard, flow: bool, indent: int) -> str:
    data = card_to_dict(card)
    if flow:
        return yaml.dump(
            data, Dumper=_Dumper, default_flow_style=True, sort_keys=False,
            allow_unicode=True, width=1 << 30,
        ).strip()  # fmt: skip
    text = yaml.dump(
        data, Dumper=_Dumper, default_flow_style=False, sort_keys=False,
        allow_unicode=True, width=100,
    ).rstrip("\n")  # fmt: skip
    pad = " " * indent
    return "\n".join(line if i == 0 or not line else pad + line
                     for i, line in enumerate(text.split("\n")))  # fmt: skip


def replace_card(text: str, deck: Deck, card: AnyCard) -> str:
    """``text`` (the file ``deck`` was read from) with the card of ``card.id`` replaced.

    RewriteError when the card is not found or the new text would not read back as intended.
    """
    from quizapp.deck.load import check_text

    si, ci = card_place(deck, card.id)
    try:
        root = yaml.compose(text, Loader=_Loader)  # its marks' index counts characters
    except yaml.YAMLError:
        raise RewriteError("the deck file no longer reads as YAML") from None
    sections = _value(root, "sections")
    if not isinstance(sections, SequenceNode) or si >= len(sections.value):
        raise RewriteError("the file's sections differ from the deck's")
    cards = _value(sections.value[si], "cards")
    if not isinstance(cards, SequenceNode) or ci >= len(cards.value):
        raise RewriteError("the file's cards differ from the deck's")
    node = cards.value[ci]
    if not isinstance(node, MappingNode):
        raise RewriteError("the card is not a mapping in the file")
    start = node.start_mark.index
    end = len(text[: _end(node)].rstrip())
    new = _card_yaml(card, bool(node.flow_style), node.start_mark.column)
    result = text[:start] + new + text[end:]
    back = check_text(result, "edited")
    if back.deck is None or back.deck != with_card(deck, card):
        raise RewriteError("the card could not be rewritten in place")
    return result
