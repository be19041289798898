"""The cards to curate: from an article (generated now) or from a deck (regenerated from its
``source:`` article when it has one), each paired with what was decided about it before."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from quizapp.curation.decisions import Decisions, DecisionsError, decisions_path, load_decisions
from quizapp.curation.regenerate import article_sentences, carry_over
from quizapp.curation.source_diff import SourceChange, same_sentence
from quizapp.deck.model import AnyCard, Deck, SourceInfo

__all__ = ["CurationError", "Draft", "Drafts", "Status", "load_drafts", "source_file"]

DECK_SUFFIXES = (".yaml", ".yml")


class CurationError(Exception):
    """A file that cannot be curated: one line, naming the file."""


class Status(StrEnum):
    NEW = "new"
    DECIDED = "decided"
    CHANGED = "source changed"
    VANISHED = "source vanished"

    @property
    def asks(self) -> bool:
        return self is not Status.DECIDED


@dataclass(frozen=True)
class Draft:
    """One card to decide on: the generator's card first, then its next-best candidates from
    the same sentence. ``slot`` is the id it is decided (and written to the deck) under."""

    slot: str
    section_id: str
    section_title: str
    candidates: tuple[AnyCard, ...]
    status: Status
    old_source: str | None = None  # the sentence before it changed or vanished

    @property
    def source(self) -> str | None:
        return self.candidates[0].source


@dataclass
class Drafts:
    deck_path: Path  # the deck the curated cards are written to
    deck_id: str
    title: str
    source: SourceInfo | None
    drafts: list[Draft]
    decisions: Decisions
    article_text: str | None = None  # for the source paragraphs; None when not available
    changes: tuple[SourceChange, ...] = ()
    notes: list[str] = field(default_factory=list)
    # The cards the deck file holds now, by id: a card already in the deck stays in it until
    # the teacher drops it, while a new draft goes in only once accepted.
    in_file: dict[str, AnyCard] = field(default_factory=dict)


def source_file(deck_path: Path, source: SourceInfo | None) -> Path | None:
    """The deck's article, relative to the deck's folder, which it may not leave."""
    if source is None or not source.path:
        return None
    folder = deck_path.parent.resolve()
    candidate = (folder / source.path).resolve()
    if not candidate.is_relative_to(folder) or not candidate.is_file():
        return None
    return candidate


def _read_deck(path: Path) -> Deck:
    from quizapp.deck import DeckError, load_deck

    try:
        return load_deck(path)
    except DeckError as exc:
        first = exc.problems[0] if exc.problems else None
        raise CurationError(f"{path}: {first.message if first else 'not a deck'}") from None


def _read_article(path: Path) -> str:
    from quizapp.generate import ArticleError, decode_article
    from quizapp.userfiles import UserFileError, read_user_file

    try:
        return decode_article(read_user_file(path))
    except (UserFileError, ArticleError) as exc:
        raise CurationError(f"{path}: {exc}") from None


def _relative(article: Path, deck_path: Path) -> str | None:
    try:
        return article.resolve().relative_to(deck_path.parent.resolve()).as_posix()
    except ValueError:
        return None


def load_drafts(target: Path, out: Path | None = None) -> Drafts:
    """What there is to curate for ``target`` (an article, or a deck file), written to ``out``
    (default: the deck itself, or the article's name with ``.yaml``).

    CurationError (one line) when a file cannot be read or the article gives no card.
    """
    if target.is_dir():
        raise CurationError(f"{target}: is a folder; give an article or a deck file")
    if not target.exists():
        raise CurationError(f"{target}: no such file")
    is_deck = target.suffix.lower() in DECK_SUFFIXES
    deck_path = out or (target if is_deck else target.with_suffix(".yaml"))
    if deck_path.resolve() == target.resolve() and not is_deck:
        raise CurationError(f"{deck_path}: would overwrite the article")
    old: Deck | None = None
    if is_deck:
        old = _read_deck(target)
    elif deck_path.exists():
        old = _read_deck(deck_path)
    try:
        decisions = load_decisions(deck_path)
    except DecisionsError as exc:
        raise CurationError(f"{decisions_path(deck_path)}: {exc}") from None
    article = target if not is_deck else source_file(target, old.source if old else None)
    if article is None:
        assert old is not None
        drafts = _from_deck(deck_path, old, decisions)
    else:
        drafts = _from_article(deck_path, article, old, decisions)
    drafts.in_file = {card.id: card for _, card in old.cards()} if old else {}
    return drafts


def _status(decisions: Decisions, slot: str, source: str | None) -> tuple[Status, str | None]:
    """Decided when a decision was made on this very sentence; changed when on another."""
    decision = decisions.get(slot)
    if decision is None:
        return Status.NEW, None
    if same_sentence(decision.source, source):
        return Status.DECIDED, None
    return Status.CHANGED, decision.source


def _from_deck(deck_path: Path, deck: Deck, decisions: Decisions) -> Drafts:
    """A deck without its article: its own cards, nothing to swap them for."""
    drafts = []
    for section, card in deck.cards():
        status, before = _status(decisions, card.id, card.source)
        drafts.append(Draft(card.id, section.id, section.title, (card,), status, before))
    notes = ["The deck's article is not available: no source paragraphs and nothing to swap."]
    return Drafts(deck_path, deck.id, deck.title, deck.source, drafts, decisions, notes=notes)


def _from_article(deck_path: Path, article: Path, old: Deck | None, decisions: Decisions) -> Drafts:
    from quizapp.generate import ArticleError, generate_deck

    text = _read_article(article)
    try:
        result = generate_deck(
            text,
            article_path=_relative(article, deck_path),
            deck_id=old.id if old else None,  # the same deck for the database
        )
    except ArticleError as exc:
        raise CurationError(f"{article}: {exc}") from None
    old_cards = {card.id: (section, card) for section, card in old.cards()} if old else {}
    carried = carry_over(
        result.deck,
        article_sentences(result.sections),
        old or Deck(id=result.deck.id, title="", sections=()),
        [(slot, d.source) for slot, d in decisions],
    )
    generated_id = {old_id: new_id for new_id, old_id in carried.renamed.items()}
    changed = {c.card_id: c for c in carried.changes}
    by_section: dict[str, list[Draft]] = {}
    titles: dict[str, str] = {}
    for section, card in carried.deck.cards():
        titles[section.id] = section.title
        alternatives = result.alternatives.get(generated_id.get(card.id, card.id), [])
        status, before = _status(decisions, card.id, card.source)
        if status is Status.NEW and card.id in changed:
            status, before = Status.CHANGED, changed[card.id].old
        draft = Draft(card.id, section.id, section.title, (card, *alternatives), status, before)
        by_section.setdefault(section.id, []).append(draft)
    for section in old.sections if old else ():
        titles.setdefault(section.id, section.title)
    # Old cards no card was made from now: their sentence is still there, or it vanished.
    for slot in [*carried.kept, *(c.card_id for c in carried.changes if c.vanished)]:
        decision = decisions.get(slot)
        if decision is not None and not decision.keeps:
            continue  # dropped, and nothing new to ask about it
        if decision is not None:
            assert decision.card is not None
            card, section_id = decision.card, decision.section
        elif slot in old_cards:
            section, card = old_cards[slot]
            section_id = section.id
        else:
            continue
        vanished = slot in changed
        status = Status.VANISHED if vanished else Status.DECIDED if decision else Status.NEW
        title = titles.get(section_id, section_id)
        by_section.setdefault(section_id, []).append(
            Draft(slot, section_id, title, (card,), status, card.source if vanished else None)
        )
    drafts = [d for section_drafts in by_section.values() for d in section_drafts]
    return Drafts(
        deck_path,
        carried.deck.id,
        carried.deck.title,
        carried.deck.source,
        drafts,
        decisions,
        article_text=text,
        changes=carried.changes,
        notes=[]
        if _relative(article, deck_path)
        else [
            f"{article} is outside the deck's folder, so the deck does not name it: "
            "curating the deck again will not find its article"
        ],
    )
