"""What `quizapp generate` does once its command line is read: article in, deck file out.

Kept apart from the command's Typer declaration (quizapp.cli.commands_generate) and free of
Typer, so quizapp.cli.entry can run the common command lines without loading the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.cli.errors import fail
from quizapp.cli.output import say, say_data, say_lines
from quizapp.plural import plural

if TYPE_CHECKING:
    from quizapp.deck.model import Deck
    from quizapp.generate import GenerationResult

__all__ = ["run_generate"]


def run_generate(
    article: Path,
    output: str | None,
    deck_id: str | None,
    title: str | None,
    report: bool,
    force: bool,
) -> None:
    """Write the deck of ``article`` (the parameters are the command's options)."""
    from quizapp.deck import dumps
    from quizapp.deck.ids import ID_RE
    from quizapp.deck.schema import schema_reference
    from quizapp.generate import ArticleError, decode_article, generate_deck

    if deck_id is not None and not ID_RE.match(deck_id):
        fail(f"--id {deck_id!r}: use letters, digits, '.', '_', '-' (a letter or digit first)")
    target = None if output == "-" else Path(output) if output else article.with_suffix(".yaml")
    if target is not None and target.resolve() == article.resolve():
        fail(f"{target}: would overwrite the article")
    from quizapp.userfiles import UserFileError, read_user_file

    try:
        raw = read_user_file(article)
    except UserFileError as exc:
        fail(f"{article}: {exc}")
    try:
        text = decode_article(raw)
        source_path = _relative(article, target)
        if source_path is None:
            say(
                f"note: {article} is outside the deck's folder, so the deck does not name it "
                "(a deck may only point below its own folder); write the deck beside it to keep "
                "the link to the source paragraph",
                err=True,
            )
        previous = _previous(target)
        if deck_id is None and previous is not None:
            deck_id = previous.id  # the same deck, so its progress stays with it
        result = generate_deck(text, article_path=source_path, deck_id=deck_id, title=title)
    except ArticleError as exc:
        fail(f"{article}: {exc}")
    except OSError as exc:
        fail(f"{article}: {exc.strerror or exc}")
    deck = result.deck
    if previous is not None:
        deck = _carried(result, previous, target)
    # The modeline lets an editor with the YAML language server check the deck as it is edited.
    yaml_text = dumps(deck, schema=schema_reference(target or Path.cwd() / "deck.yaml"))
    if report:
        say_lines(result.report(), err=True)
    elif result.drops:
        say(f"hygiene: dropped {plural(len(result.drops), 'item')}; --report lists them", err=True)
    if target is None:
        say_data(yaml_text)
        return
    _write(target, yaml_text, force)
    cards = sum(len(s.cards) for s in deck.sections)
    say(f"{target}: {plural(len(deck.sections), 'section')}, {plural(cards, 'card')}")


def _previous(target: Path | None) -> Deck | None:
    """The deck this one replaces, if quizapp can read it."""
    if target is None or not target.is_file():
        return None  # a first deck: the deck reader and the curation code stay unloaded
    from quizapp.curation.regenerate import previous_deck

    return previous_deck(target)


def _carried(result: GenerationResult, previous: Deck, target: Path | None) -> Deck:
    """Over an existing deck: cards from the same or an edited sentence keep their ids (and so
    their progress); each card whose sentence changed or vanished gets one line."""
    from quizapp.curation.decisions import Decisions, DecisionsError, load_decisions
    from quizapp.curation.regenerate import apply_decisions, article_sentences, carry_over
    from quizapp.curation.source_diff import describe

    decisions = Decisions()
    if target is not None:
        try:
            decisions = load_decisions(target)
        except DecisionsError as exc:
            say(f"note: {target}'s curation decisions are not applied: {exc}", err=True)
    known = [(slot, d.source) for slot, d in decisions]
    carried = carry_over(result.deck, article_sentences(result.sections), previous, known)
    for change in carried.changes:
        say(describe(change), err=True)
    if not len(decisions):
        return carried.deck
    deck, dropped = apply_decisions(carried.deck, decisions)
    say(
        f"note: curation decisions applied ({plural(dropped, 'dropped card')} left out); "
        f"`quizapp curate {target}` asks about new and changed cards",
        err=True,
    )
    return deck


def _relative(article: Path, target: Path | None) -> str | None:
    """The article's path as the deck should record it: relative to the deck's folder, which
    it may not leave (`check` refuses a source path that does); None when it is elsewhere."""
    base = (target.parent if target is not None else Path.cwd()).resolve()
    try:
        return article.resolve().relative_to(base).as_posix()
    except ValueError:
        return None


def _write(target: Path, text: str, force: bool) -> None:
    from quizapp.userfiles import UserFileError, is_unedited_stamp, stamped, write_user_file

    try:
        write_user_file(target, stamped(text), force=force, ours=is_unedited_stamp)
    except UserFileError as exc:
        fail(f"{target}: {exc}")
