"""Turn a composed YAML node tree into a Deck, collecting every problem with its position."""

from __future__ import annotations

from datetime import date
from typing import Any

from yaml import Node, ScalarNode, SequenceNode

from quizapp.deck import cloze
from quizapp.deck.ids import derived_card_id, slugify
from quizapp.deck.limits import MAX_CARDS, MAX_NEW_PER_DAY, MAX_STEP_MINUTES
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
from quizapp.deck.nodes import Entries, NodeReader, did_you_mean, unknown_key_message
from quizapp.deck.positions import Positions

DECK_KEYS = {"version", "id", "title", "description", "source", "settings", "sections"}
SOURCE_KEYS = {"path", "title", "url"}
SETTINGS_KEYS = {"desired_retention", "new_per_day", "learning_steps", "relearning_steps", "exam"}
SECTION_KEYS = {"id", "title", "cards", "valid_until"}
COMMON_CARD_KEYS = {"id", "type", "context", "source", "explanation", "tags", "valid_until"}
CARD_KEYS: dict[CardType, set[str]] = {
    CardType.QA: {"question", "answer", "accept"},
    CardType.CLOZE: {"text"},
    CardType.CHOICE: {"question", "options", "answer"},
    CardType.TRUEFALSE: {"statement", "answer", "correction"},
}
REQUIRED_CARD_KEYS: dict[CardType, tuple[str, ...]] = {
    CardType.QA: ("question", "answer"),
    CardType.CLOZE: ("text",),
    CardType.CHOICE: ("question", "options", "answer"),
    CardType.TRUEFALSE: ("statement", "answer"),
}
# Keys that identify a card's type when the file leaves out `type:`.
TYPE_HINTS = (
    ("text", CardType.CLOZE),
    ("options", CardType.CHOICE),
    ("statement", CardType.TRUEFALSE),
    ("question", CardType.QA),
)
TYPE_NAMES = ", ".join(t.value for t in CardType)


def leaves_folder(path: str) -> bool:
    """True when a relative path, read from the deck's folder, ends outside it (absolute
    paths, drive letters, and more ``..`` than folders before them)."""
    parts = path.replace("\\", "/").split("/")
    if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        return True
    depth = 0
    for part in parts:
        if part == "..":
            depth -= 1
            if depth < 0:
                return True
        elif part not in ("", "."):
            depth += 1
    return False


class DeckReader(NodeReader):
    """Builds a Deck from the document's root node, or reports why it cannot."""

    def __init__(
        self, filename: str, positions: Positions | None = None, today: date | None = None
    ) -> None:
        super().__init__(filename, positions)
        self.card_ids: dict[str, int] = {}
        self.cards_read = 0
        self.today = today  # given: cards whose valid_until has come are listed as expired

    # -- the deck ----------------------------------------------------------------------------
    def deck(self, root: Node) -> Deck | None:
        entries = self.mapping(root, "the deck", DECK_KEYS)
        if entries is None:
            return None
        self.require(entries, root, "the deck", ("version", "id", "title", "sections"))
        if "version" in entries:
            node = entries["version"][1]
            if not (isinstance(node, ScalarNode) and node.value == str(FORMAT_VERSION)):
                self.error(
                    node, f"unsupported deck format version (write `version: {FORMAT_VERSION}`)"
                )
        deck_id = self.identifier(entries["id"][1], "deck id") if "id" in entries else None
        title = self.text(entries["title"][1], "deck title") if "title" in entries else None
        description = self.optional_text(entries, "description", "the deck")
        source = self.source(entries["source"][1]) if "source" in entries else None
        settings = self.settings(entries["settings"][1]) if "settings" in entries else Settings()
        sections = self.sections(entries["sections"][1]) if "sections" in entries else None
        if deck_id is None or title is None or sections is None or settings is None:
            return None
        return Deck(
            id=deck_id,
            title=title,
            description=description,
            source=source,
            settings=settings,
            sections=sections,
        )

    def source(self, node: Node) -> SourceInfo | None:
        entries = self.mapping(node, "'source'", SOURCE_KEYS)
        if entries is None:
            return None
        values = {k: self.optional_text(entries, k, "'source'") for k in SOURCE_KEYS}
        path = values["path"]
        if path is not None and leaves_folder(path):
            self.error(
                entries["path"][1],
                f"source path '{path}' leaves the deck's folder; a deck may only name a file "
                "in its folder or below it (e.g. `sources/article.txt`)",
            )
            return None
        return SourceInfo(**values)

    def settings(self, node: Node) -> Settings | None:
        entries = self.mapping(node, "'settings'", SETTINGS_KEYS)
        if entries is None:
            return None
        values: dict[str, Any] = {}
        if "desired_retention" in entries:
            vnode = entries["desired_retention"][1]
            retention = self.number(vnode, "desired_retention", float)
            if retention is not None and not 0.7 <= retention <= 0.99:
                self.error(vnode, "desired_retention must be between 0.7 and 0.99 (0.9 is usual)")
            values["desired_retention"] = retention
        if "new_per_day" in entries:
            vnode = entries["new_per_day"][1]
            per_day = self.number(vnode, "new_per_day", int)
            if per_day is not None and not 0 <= per_day <= MAX_NEW_PER_DAY:
                self.error(vnode, f"new_per_day must be between 0 and {MAX_NEW_PER_DAY:,}")
                per_day = None
            values["new_per_day"] = per_day
        for key in ("learning_steps", "relearning_steps"):
            if key in entries:
                values[key] = self.steps(entries[key][1], key)
        if "exam" in entries:
            values["exam"] = self.exam_date(entries["exam"][1])
        if any(v is None for v in values.values()):
            return None
        return Settings(**values)

    def exam_date(self, node: Node) -> date | None:
        if isinstance(node, ScalarNode) and isinstance(node.value, str):
            try:
                return date.fromisoformat(node.value.strip())
            except ValueError:
                pass
        self.error(node, "exam must be a date written YYYY-MM-DD, e.g. `2027-06-15`")
        return None

    def steps(self, node: Node, what: str) -> tuple[int, ...] | None:
        if not isinstance(node, SequenceNode):
            self.error(node, f"{what} must be a list of minutes, e.g. `[1, 10]`")
            return None
        steps = [self.number(item, f"a step of {what}", int) for item in node.value]
        if any(s is None or s <= 0 for s in steps):
            self.error(node, f"{what} must be whole minutes greater than 0, e.g. `[1, 10]`")
            return None
        for item, step in zip(node.value, steps, strict=True):
            if step > MAX_STEP_MINUTES:
                self.error(
                    item,
                    f"a step of {what} is {step:,} minutes; the longest allowed is "
                    f"{MAX_STEP_MINUTES:,} (a year)",
                )
                return None
        return tuple(steps)

    def sections(self, node: Node) -> tuple[Section, ...] | None:
        if not isinstance(node, SequenceNode) or not node.value:
            self.error(node, "'sections' must be a non-empty list of sections (`- id: ...`)")
            return None
        seen: dict[str, int] = {}
        sections = []
        for item in node.value:
            section = self.section(item)
            if section is None:
                continue
            if section.id in seen:
                self.error(
                    item,
                    f"duplicate section id '{section.id}' (first on line {seen[section.id]}); "
                    "give each section its own id",
                )
            seen.setdefault(section.id, self.line_of(item))
            sections.append(section)
        if len(sections) != len(node.value):
            return None
        return tuple(sections)

    def section(self, node: Node) -> Section | None:
        entries = self.mapping(node, "a section", SECTION_KEYS)
        if entries is None:
            return None
        self.require(entries, node, "a section", ("title", "cards"))
        title = self.text(entries["title"][1], "section title") if "title" in entries else None
        if "id" in entries:
            section_id = self.identifier(entries["id"][1], "section id")
        else:
            section_id = slugify(title) if title else None
        if "cards" not in entries or section_id is None:
            return None
        cards_node = entries["cards"][1]
        if not isinstance(cards_node, SequenceNode):
            self.error(cards_node, "'cards' must be a list of cards (`- type: ...`)")
            return None
        until = self.optional_day(entries, "a section")
        if until is False:
            return None
        cards = [self.counted_card(item, section_id, until) for item in cards_node.value]
        if title is None or any(c is None for c in cards):
            return None
        return Section(
            id=section_id,
            title=title,
            cards=tuple(c for c in cards if c is not None),
            valid_until=until,
        )

    def optional_day(self, entries: Entries, what: str) -> date | bool | None:
        """The `valid_until` date, None when absent, False when it is not a date."""
        if "valid_until" not in entries:
            return None
        day = self.day(entries["valid_until"][1], f"'valid_until' of {what}")
        return False if day is None else day

    def expiry(self, node: Node, card_id: str, own: date | None, section: date | None) -> None:
        until = own or section
        if self.today is None or until is None or until > self.today:
            return
        whose = "its" if own else "its section's"
        self.warn(
            node,
            f"card '{card_id}' expired on {until.isoformat()} ({whose} valid_until): it is "
            "suspended; update the fact and the date, or remove the card",
        )

    # -- cards -------------------------------------------------------------------------------
    def counted_card(
        self, node: Node, section_id: str, section_until: date | None = None
    ) -> AnyCard | None:
        self.cards_read += 1
        if self.cards_read > MAX_CARDS:
            if self.cards_read == MAX_CARDS + 1:
                self.error(
                    node,
                    f"the deck has more than {MAX_CARDS:,} cards; split it into several decks",
                )
            return None
        return self.card(node, section_id, section_until)

    def card(
        self, node: Node, section_id: str, section_until: date | None = None
    ) -> AnyCard | None:
        entries = self.mapping(node, "a card", None)
        if entries is None:
            return None
        card_type = self.card_type(entries, node)
        if card_type is None:
            return None
        what = f"this {card_type.value} card"
        allowed = COMMON_CARD_KEYS | CARD_KEYS[card_type]
        for key, (key_node, _) in list(entries.items()):
            if key not in allowed:
                self.error(key_node, unknown_key_message(key, what, allowed))
                del entries[key]
        if not self.require(entries, node, what, REQUIRED_CARD_KEYS[card_type]):
            return None
        common: dict[str, Any] = {
            "source": self.optional_text(entries, "source", what),
            "explanation": self.optional_text(entries, "explanation", what),
            "context": self.optional_text(entries, "context", what),
            "tags": self.text_list(entries["tags"][1], "'tags'") if "tags" in entries else (),
        }
        until = self.optional_day(entries, what)
        body = self.card_body(card_type, entries, what)
        if body is None or common["tags"] is None or until is False:
            return None
        card_id = self.card_id(entries, node, section_id, card_type, body)
        if card_id is None:
            return None
        common["valid_until"] = until
        self.expiry(node, card_id, until, section_until)  # type: ignore[arg-type]
        constructor = {
            CardType.QA: QACard,
            CardType.CLOZE: ClozeCard,
            CardType.CHOICE: ChoiceCard,
            CardType.TRUEFALSE: TrueFalseCard,
        }[card_type]
        return constructor(id=card_id, id_derived="id" not in entries, **common, **body)

    def card_type(self, entries: Entries, node: Node) -> CardType | None:
        if "type" in entries:
            type_node = entries["type"][1]
            value = self.text(type_node, "'type'")
            if value is None:
                return None
            try:
                return CardType(value)
            except ValueError:
                hint = did_you_mean(value, [t.value for t in CardType])
                self.error(type_node, f"unknown card type '{value}'{hint}; use one of {TYPE_NAMES}")
                return None
        for key, card_type in TYPE_HINTS:
            if key in entries:
                return card_type
        self.error(node, f"this card has no 'type' (add `type: ...`, one of {TYPE_NAMES})")
        return None

    def card_body(self, card_type: CardType, entries: Entries, what: str) -> dict[str, Any] | None:
        def field(key: str) -> Node:
            return entries[key][1]

        if card_type is CardType.QA:
            body: dict[str, Any] = {
                "question": self.text(field("question"), f"the question of {what}"),
                "answer": self.text(field("answer"), f"the answer of {what}"),
                "accept": self.text_list(field("accept"), "'accept'")
                if "accept" in entries
                else (),
            }
        elif card_type is CardType.CLOZE:
            body = {"text": self.cloze_text(field("text"), what)}
        elif card_type is CardType.CHOICE:
            body = self.choice(entries, what)
        else:
            body = {
                "statement": self.text(field("statement"), f"the statement of {what}"),
                "answer": self.boolean(field("answer"), f"the answer of {what}"),
                "correction": self.optional_text(entries, "correction", what),
            }
        if any(v is None for k, v in body.items() if k != "correction"):
            return None
        return body

    def cloze_text(self, node: Node, what: str) -> str | None:
        value = self.text(node, f"the text of {what}")
        if value is None:
            return None
        found = cloze.deletions(value)
        if not found:
            self.error(
                node,
                "cloze text has no deletion: mark the answer as {{c1::answer}} "
                "(or {{c1::answer::hint}})",
            )
            return None
        if any(not d.answer.strip() for d in found):
            self.error(node, "a cloze deletion is empty: write the answer inside {{c1::...}}")
            return None
        return value

    def choice(self, entries: Entries, what: str) -> dict[str, Any]:
        question = self.text(entries["question"][1], f"the question of {what}")
        options_node = entries["options"][1]
        options = self.text_list(options_node, "'options'")
        if options is not None:
            if len(options) < 2:
                self.error(options_node, "a choice card needs at least two options")
                options = None
            elif len(set(options)) != len(options):
                self.error(options_node, "options must be distinct: remove the repeated option")
                options = None
        answer_node = entries["answer"][1]
        if isinstance(answer_node, SequenceNode):
            answer = self.text_list(answer_node, "'answer'")
        else:
            single = self.text(answer_node, f"the answer of {what}")
            answer = (single,) if single is not None else None
        if options is not None and answer is not None:
            for value in answer:
                if value not in options:
                    hint = did_you_mean(value, list(options))
                    self.error(
                        answer_node,
                        f"answer '{value}' is not among the options{hint}; "
                        "the answer must be one of the options, written the same way",
                    )
                    answer = None
                    break
        return {"question": question, "options": options, "answer": answer}

    def card_id(
        self, entries: Entries, node: Node, section_id: str, card_type: CardType, body: dict
    ) -> str | None:
        if "id" in entries:
            card_id = self.identifier(entries["id"][1], "card id")
            id_node: Node = entries["id"][1]
        else:
            main = body.get("question") or body.get("text") or body.get("statement") or ""
            card_id = derived_card_id(section_id, card_type.value, main)
            id_node = node
            self.warn(
                node,
                f"card has no id, so it gets '{card_id}' from its content: editing its text will "
                f"reset its progress (add `id: {card_id}` to keep it)",
            )
        if card_id is None:
            return None
        if card_id in self.card_ids:
            self.error(
                id_node,
                f"duplicate card id '{card_id}' (first on line {self.card_ids[card_id]}); "
                "card ids must be unique within a deck",
            )
            return None
        self.card_ids[card_id] = self.line_of(id_node)
        return card_id
