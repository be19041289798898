"""Assemble a Deck from table rows, checking each card with the deck loader itself.

Each row's card goes through the same validation as a card in a YAML file (a one-card deck is
checked), so a CSV row can never produce a deck that the YAML loader would refuse, and every
problem is reported at the row's line.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from quizapp.deck import AnyCard, Deck, Section, Severity, check_text
from quizapp.deck.dump import deck_to_dict
from quizapp.deck.model import FORMAT_VERSION
from quizapp.interop.table_errors import TableError, TableProblem

# Loader hints that only make sense in a YAML file.
_YAML_HINT_RE = re.compile(r" \((?:write its text after the colon|add `[^`]*`)\)")


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _one_card_deck(section_id: str, section_title: str, card: dict[str, Any]) -> dict[str, Any]:
    section = {"id": section_id, "title": section_title, "cards": [card]}
    return {"version": FORMAT_VERSION, "id": "row", "title": "row", "sections": [section]}


class DeckBuilder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[TableProblem] = []
        self.sections: dict[str, tuple[str, int, list[AnyCard]]] = {}  # id -> title, line, cards
        self.card_lines: dict[str, int] = {}

    def error(self, line: int | None, message: str) -> None:
        self.problems.append(TableProblem(self.file, line, message))

    def add(self, line: int, section_id: str, section_title: str, card: dict[str, Any]) -> None:
        """Check the card (a dict as the YAML would have it) and add it to its section."""
        result = check_text(_yaml(_one_card_deck(section_id, section_title, card)), self.file)
        errors = [p for p in result.problems if p.severity is Severity.ERROR]
        for problem in errors:
            self.error(line, _YAML_HINT_RE.sub("", problem.message))
        if result.deck is None:
            return
        section = result.deck.sections[0]
        checked = section.cards[0]
        if checked.id in self.card_lines:
            first = self.card_lines[checked.id]
            self.error(line, f"duplicate card id '{checked.id}' (first on line {first})")
            return
        self.card_lines[checked.id] = line
        title, first_line, cards = self.sections.setdefault(section.id, (section.title, line, []))
        if title != section.title:
            self.error(
                line,
                f"section '{section.id}' is titled '{section.title}' here but '{title}' "
                f"on line {first_line}: give the rows of one section the same title",
            )
            return
        cards.append(checked)

    def deck(self, deck_id: str, title: str, header: dict[str, Any] | None = None) -> Deck:
        """The deck, or TableError listing every problem found in the rows."""
        if not self.sections and not self.problems:
            self.error(None, "no cards: the file has no rows after its headers")
        if self.problems:
            raise TableError(self.problems)
        sections = tuple(
            Section(id=sid, title=title_, cards=tuple(cards))
            for sid, (title_, _, cards) in self.sections.items()
        )
        deck = Deck(id=deck_id, title=title, sections=sections)
        if not header:
            return deck
        # Deck-wide values from our own header, validated the way a YAML deck's are.
        data = {**header, "sections": deck_to_dict(deck)["sections"]}
        result = check_text(_yaml(data), self.file)
        if result.deck is None:
            raise TableError(
                [
                    TableProblem(self.file, None, f"the '#quizapp deck' header: {p.message}")
                    for p in result.errors
                ]
            )
        return result.deck
