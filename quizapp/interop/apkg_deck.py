"""Turn an Anki package into a deck, and its cards' reviews into histories to keep.

Each note type is read from its templates rather than its name, so renamed or translated
stock types work too: a template's question side names the field asked, the answer side the
field shown (``{{type:Field}}`` makes the card typed); a cloze note type gives a cloze card
whose Anki cards are its deletions. Every Anki card of a normal note becomes a qa card (so
"Basic (and reversed card)" gives two). Notes of quizapp's own note types (a deck exported
with ``quizapp export``) come back with their card types and ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quizapp.deck import AnyCard, Deck, Section, check_text, cloze, dumps
from quizapp.deck.dump import card_from_dict
from quizapp.deck.ids import content_hash, slugify
from quizapp.deck.items import item_key
from quizapp.interop.anki_export_read import our_note
from quizapp.interop.anki_text_read import unique_id
from quizapp.interop.apkg_read import (
    AnkiCard,
    AnkiCollection,
    AnkiReview,
    ApkgError,
    NoteType,
    read_apkg,
)
from quizapp.interop.deck_build import DeckBuilder
from quizapp.interop.html_text import from_html
from quizapp.interop.table_errors import TableError, TableProblem
from quizapp.scheduling import Rating
from quizapp.storage.report_views import CardHistory, PastReview

_REFERENCE_RE = re.compile(r"\{\{([^{}]+)\}\}")
_SOUND_RE = re.compile(r"\[sound:[^\]]*\]")
_SPECIAL_FIELDS = {"FrontSide", "Tags", "Deck", "Subdeck", "Card", "CardFlag", "Type"}
_SCHEDULED_KINDS = {0, 1, 2, 3}  # learn, review, relearn, filtered; not manual or rescheduled
_EPOCH_SECONDS = 1_000_000_000  # a learning card's due is a time; a review card's, a day
_MAX_LISTED = 5


@dataclass
class ApkgImport:
    deck: Deck
    histories: list[CardHistory] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Template:
    question: str | None
    answer: str | None
    typed: bool
    extra: tuple[str, ...]  # other fields shown with the answer


def references(fmt: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The fields a template shows, in order, with their filters (``type``, ``cloze``...)."""
    for match in _REFERENCE_RE.finditer(fmt):
        inner = match.group(1).strip()
        if not inner or inner[0] in "#/^!":
            continue
        *filters, name = inner.split(":")
        name = name.strip()
        if name and name not in _SPECIAL_FIELDS:
            yield name, tuple(f.strip() for f in filters)


def read_template(question_fmt: str, answer_fmt: str) -> Template:
    shown = [(n, f) for n, f in references(question_fmt) if "type" not in f]
    typed = [n for n, f in references(question_fmt) if "type" in f]
    question = shown[0][0] if shown else None
    revealed = [n for n, f in references(answer_fmt) if n != question]
    answer = typed[0] if typed else (revealed[0] if revealed else None)
    extra = tuple(dict.fromkeys(n for n in revealed if n != answer))
    return Template(question, answer, bool(typed), extra)


def cloze_field(notetype: NoteType) -> str | None:
    for question_fmt, _ in notetype.templates:
        for name, filters in references(question_fmt):
            if "cloze" in filters:
                return name
    return notetype.fields[0] if notetype.fields else None


def _text(html: str) -> str:
    return from_html(_SOUND_RE.sub("", html)).strip()


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and value > 0 else None


def card_history(
    key: str, card: AnkiCard, collection: AnkiCollection, log: list[AnkiReview]
) -> CardHistory:
    """Where Anki left the card: its phase, due time, FSRS memory state and reviews."""
    suspended = card.queue == -1
    if card.type == 0:
        return CardHistory(key, phase=0, suspended=suspended)
    if card.due > _EPOCH_SECONDS:
        due = _moment(card.due)
    else:
        due = _moment(collection.created) + timedelta(days=card.due)
    reviews = tuple(
        PastReview(Rating(r.ease), _moment(r.at_ms / 1000), r.duration_ms or None, r.last_interval)
        for r in log
        if 1 <= r.ease <= 4 and r.kind in _SCHEDULED_KINDS
    )
    last = _number(card.data.get("lrt"))
    return CardHistory(
        key,
        reviews=reviews,
        phase=card.type if card.type in (1, 2, 3) else 2,
        due=due,
        stability=_number(card.data.get("s")),
        difficulty=_number(card.data.get("d")),
        last_review=_moment(last) if last else None,
        reps=card.reps,
        lapses=card.lapses,
        scheduled_days=max(card.interval, 0) if card.type in (2, 3) else 0,
        suspended=suspended,
    )


class _Reader:
    def __init__(self, path: Path, collection: AnkiCollection) -> None:
        self.path = path
        self.collection = collection
        self.builder = DeckBuilder(str(path))
        self.taken: set[str] = set()
        self.skipped: list[str] = []
        self.pending: list[tuple[int, tuple[str, str], dict[str, Any], list[Any]]] = []
        self.histories: list[CardHistory] = []
        self.deck_ids: set[str | None] = set()
        self.titles: set[str] = set()
        self.sections: dict[str, str] = {}  # section id -> the Anki deck it came from
        self.log: dict[int, list[AnkiReview]] = {}
        for review in collection.reviews:
            self.log.setdefault(review.card_id, []).append(review)

    def section_of(self, deck_name: str) -> tuple[str, str]:
        parts = [p.strip() for p in deck_name.split("::")]
        self.titles.add(parts[0] if len(parts) > 1 else "")
        title = parts[-1] or "Default"
        section_id = slugify(title)
        if self.sections.setdefault(section_id, deck_name) != deck_name:
            # Two Anki decks with one name under different parents: keep them apart.
            title = " / ".join(parts[1:] or parts)
            section_id = slugify(deck_name, max_words=12)
            self.sections.setdefault(section_id, deck_name)
        return section_id, title

    def add(
        self, number: int, section: tuple[str, str], card: dict[str, Any], keys: list[Any]
    ) -> None:
        """Queue one card; one with nothing to ask (an image-only front) is skipped now."""
        if card["type"] == "qa" and not (card["question"].strip() and card["answer"].strip()):
            empty = "question" if not card["question"].strip() else "answer"
            self.skip(number, card, f"its {empty} is empty once images and sounds are left out")
            return
        if card["type"] == "cloze" and not cloze.numbers(card["text"]):
            self.skip(number, card, "its cloze text has no {{c1::...}} deletion")
            return
        self.pending.append((number, section, card, keys))

    def skip(self, number: int, card: dict[str, Any], reason: str) -> None:
        shown = (card.get("question") or card.get("text") or "").split("\n")[0][:40]
        self.skipped.append(f"note {number} ({shown!r}): {reason}")

    def finish(self, deck_id: str, title: str) -> Deck:
        """The deck of every queued card, checked as a whole (fast); when the check finds a
        card the format refuses, each card is checked alone and the refused ones skipped."""
        deck = self.whole(deck_id, title)
        if deck is not None:
            accepted = self.pending
        else:
            accepted = []
            for number, section, card, keys in self.pending:
                before = len(self.builder.problems)
                self.builder.add(number, section[0], section[1], card)
                if len(self.builder.problems) > before:
                    reasons = "; ".join(p.message for p in self.builder.problems[before:])
                    del self.builder.problems[before:]
                    self.skip(number, card, reasons)
                else:
                    accepted.append((number, section, card, keys))
            if not accepted:
                return self.builder.deck(deck_id, title)  # TableError: no cards
            deck = self.builder.deck(deck_id, title)
        for _, _, _, keys in accepted:
            for key, anki_card in keys:
                log = self.log.get(anki_card.id, [])
                self.histories.append(card_history(key, anki_card, self.collection, log))
        return deck

    def whole(self, deck_id: str, title: str) -> Deck | None:
        sections: dict[str, tuple[str, list[AnyCard]]] = {}
        try:
            for _, (section_id, section_title), card, _ in self.pending:
                found = sections.setdefault(section_id, (section_title, []))
                if found[0] != section_title:
                    return None
                found[1].append(card_from_dict(card))
        except (KeyError, TypeError, ValueError):
            return None
        parts = tuple(Section(id=i, title=t, cards=tuple(c)) for i, (t, c) in sections.items())
        deck = Deck(id=deck_id, title=title, sections=parts)
        result = check_text(dumps(deck), str(self.path))
        return result.deck if result.deck is not None and not result.errors else None

    def note(self, number: int, note: Any, cards: list[AnkiCard]) -> None:
        notetype = self.collection.notetypes.get(note.notetype_id)
        if notetype is None:
            self.skipped.append(f"note {number}: its note type is missing from the package")
            return
        raw = [*note.fields, *[""] * max(0, len(notetype.fields) - len(note.fields))]
        texts = [_text(f) for f in raw]
        values = dict(zip(notetype.fields, texts, strict=False))
        deck_name = self.collection.decks.get(cards[0].deck_id, "Default")
        section = self.section_of(deck_name)
        tags = [t for t in note.tags if t]
        ours = our_note(notetype.name, raw, texts)
        if ours is not None:
            card, ids = ours
            self.deck_ids.add(ids[0] if ids else None)
            if ids:
                section = (ids[1], section[1])
                tags = [t for t in tags if t != ids[1]]
            base = ids[2] if ids else self.base_id(note.guid)
            card["id"] = unique_id(base, self.taken)
            if tags:
                card["tags"] = tags
            self.add(number, section, card, self.keys(card, cards))
            return
        self.deck_ids.add(None)
        if notetype.is_cloze:
            name = cloze_field(notetype)
            card = {"type": "cloze", "text": values.get(name or "", "")}
            extra = [values.get(n, "") for _, a in notetype.templates[:1] for n, _ in references(a)]
            explanation = "\n".join(t for t in dict.fromkeys(extra) if t and t != card["text"])
            if explanation:
                card["explanation"] = explanation
            card["id"] = unique_id(self.base_id(note.guid), self.taken)
            if tags:
                card["tags"] = tags
            self.add(number, section, card, self.keys(card, cards))
            return
        for anki_card in cards:
            if anki_card.ord >= len(notetype.templates):
                continue
            template = read_template(*notetype.templates[anki_card.ord])
            answer = values.get(template.answer or "", "")
            card = {
                "type": "qa",
                "question": values.get(template.question or "", ""),
                "answer": answer,
            }
            if template.typed and answer:
                card["accept"] = [answer]
            explanation = "\n".join(t for n in template.extra if (t := values.get(n, "")))
            if explanation:
                card["explanation"] = explanation
            if tags:
                card["tags"] = tags
            base = self.base_id(note.guid)
            card_id = base if anki_card.ord == 0 else f"{base}-{anki_card.ord + 1}"
            card["id"] = unique_id(card_id, self.taken)
            self.add(number, section, card, [(card["id"], anki_card)])

    @staticmethod
    def base_id(guid: str) -> str:
        # As for Anki's text export, so the same note keeps its id whichever way it came.
        return f"anki-{content_hash(guid, length=8)}"

    @staticmethod
    def keys(card: dict[str, Any], cards: list[AnkiCard]) -> list[tuple[str, AnkiCard]]:
        if card["type"] == "cloze":
            return [(item_key(card["id"], c.ord + 1), c) for c in cards]
        return [(card["id"], cards[0])]


def collection_to_deck(collection: AnkiCollection, path: Path) -> ApkgImport:
    """The deck; TableError when no note gives a card. Notes that cannot become cards are
    skipped and named in the warnings."""
    reader = _Reader(path, collection)
    cards_of: dict[int, list[AnkiCard]] = {}
    for card in collection.cards:
        cards_of.setdefault(card.note_id, []).append(card)
    notes = [n for n in collection.notes if n.id in cards_of]

    def deck_name(note: Any) -> str:
        return collection.decks.get(cards_of[note.id][0].deck_id, "Default")

    # Sections in the order Anki lists its decks; cards in the order they were added.
    for number, note in enumerate(sorted(notes, key=lambda n: (deck_name(n), n.id)), start=1):
        reader.note(number, note, cards_of[note.id])
    file = str(path)
    if not reader.pending:
        why = f": {reader.skipped[0]}" if reader.skipped else ""
        raise TableError([TableProblem(file, None, f"no cards to import{why}")])
    title = path.stem.replace("_", " ").strip() or "Imported"
    titles = reader.titles
    if len(titles) == 1 and (common := next(iter(titles))):
        title = common
    ids = reader.deck_ids
    deck_id = ids.pop() if len(ids) == 1 and None not in ids else None
    deck = reader.finish(deck_id or slugify(path.stem), title)
    warnings = []
    if collection.media_files:
        warnings.append(
            f"{file}: {collection.media_files} media files (images, sounds) left out: "
            "quizapp decks are text"
        )
    for reason in reader.skipped[:_MAX_LISTED]:
        warnings.append(f"{file}: skipped {reason}")
    if len(reader.skipped) > _MAX_LISTED:
        warnings.append(f"{file}: skipped {len(reader.skipped) - _MAX_LISTED} more notes")
    return ApkgImport(deck, reader.histories, warnings)


def read_package(path: Path) -> ApkgImport:
    """Read ``path`` as an Anki package; TableError (one line) when it cannot be."""
    try:
        collection = read_apkg(path)
    except ApkgError as exc:
        raise TableError([TableProblem(str(path), None, str(exc))]) from None
    return collection_to_deck(collection, path)
