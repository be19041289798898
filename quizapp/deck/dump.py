"""Write a Deck as YAML in the documented key order: files diff well and regenerate identically."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from quizapp.deck.model import (
    AnyCard,
    ChoiceCard,
    ClozeCard,
    Deck,
    QACard,
    Section,
    Settings,
    TrueFalseCard,
)


def card_to_dict(card: AnyCard) -> dict[str, Any]:
    data: dict[str, Any] = {"id": card.id, "type": card.type.value}
    if card.context is not None:
        data["context"] = card.context
    if isinstance(card, QACard):
        data["question"] = card.question
        data["answer"] = card.answer
        if card.accept:
            data["accept"] = list(card.accept)
    elif isinstance(card, ClozeCard):
        data["text"] = card.text
    elif isinstance(card, ChoiceCard):
        data["question"] = card.question
        data["options"] = list(card.options)
        data["answer"] = card.answer[0] if len(card.answer) == 1 else list(card.answer)
    elif isinstance(card, TrueFalseCard):
        data["statement"] = card.statement
        data["answer"] = card.answer
        if card.correction is not None:
            data["correction"] = card.correction
    if card.explanation is not None:
        data["explanation"] = card.explanation
    if card.source is not None:
        data["source"] = card.source
    if card.tags:
        data["tags"] = list(card.tags)
    if card.valid_until is not None:
        data["valid_until"] = card.valid_until  # a date: YAML writes it unquoted
    return data


def _section_to_dict(section: Section) -> dict[str, Any]:
    data: dict[str, Any] = {"id": section.id, "title": section.title}
    if section.valid_until is not None:
        data["valid_until"] = section.valid_until
    data["cards"] = [card_to_dict(c) for c in section.cards]
    return data


def deck_to_dict(deck: Deck) -> dict[str, Any]:
    data: dict[str, Any] = {"version": deck.version, "id": deck.id, "title": deck.title}
    if deck.description is not None:
        data["description"] = deck.description
    if deck.source is not None:
        source = {k: getattr(deck.source, k) for k in ("path", "title", "url")}
        data["source"] = {k: v for k, v in source.items() if v is not None}
    if deck.settings != Settings():
        settings = deck.settings
        data["settings"] = {
            "desired_retention": settings.desired_retention,
            "new_per_day": settings.new_per_day,
            "learning_steps": list(settings.learning_steps),
            "relearning_steps": list(settings.relearning_steps),
        }
        if settings.exam is not None:
            data["settings"]["exam"] = settings.exam.isoformat()
    data["sections"] = [_section_to_dict(s) for s in deck.sections]
    return data


SCHEMA_MODELINE = "# yaml-language-server: $schema={}\n"


def dumps(deck: Deck, schema: str | None = None) -> str:
    """The deck as YAML; with ``schema`` (a path relative to the file, or a URL), a first line
    that points editors running the YAML language server at the deck format's JSON Schema."""
    import yaml  # here, not at the top: the study app reads decks' progress without dumping any

    try:
        from yaml import CSafeDumper as _Dumper
    except ImportError:  # PyYAML built without libyaml
        from yaml import SafeDumper as _Dumper  # type: ignore[assignment]

    header = SCHEMA_MODELINE.format(schema) if schema else ""
    return header + yaml.dump(
        deck_to_dict(deck),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def save_deck(deck: Deck, path: Path, *, force: bool = False) -> None:
    """Write the deck, stamped as quizapp's: a crash mid-write leaves the old file, and a file
    quizapp did not write (or one edited since) is replaced only with ``force``.

    UserFileError (an OSError, one line) when the file may not or cannot be written.
    """
    from quizapp.userfiles import is_unedited_stamp, stamped, write_user_file

    write_user_file(path, stamped(dumps(deck)), force=force, ours=is_unedited_stamp)


def card_from_dict(data: dict[str, Any]) -> AnyCard:
    """Rebuild a card from ``card_to_dict`` output (trusted data, already validated once)."""
    common: dict[str, Any] = {
        "id": data["id"],
        "source": data.get("source"),
        "explanation": data.get("explanation"),
        "context": data.get("context"),
        "tags": tuple(data.get("tags", ())),
        "valid_until": _day(data.get("valid_until")),
    }
    kind = data["type"]
    if kind == "qa":
        return QACard(
            **common,
            question=data["question"],
            answer=data["answer"],
            accept=tuple(data.get("accept", ())),
        )
    if kind == "cloze":
        return ClozeCard(**common, text=data["text"])
    if kind == "choice":
        answer = data["answer"]
        return ChoiceCard(
            **common,
            question=data["question"],
            options=tuple(data["options"]),
            answer=tuple(answer) if isinstance(answer, list) else (answer,),
        )
    return TrueFalseCard(
        **common,
        statement=data["statement"],
        answer=bool(data["answer"]),
        correction=data.get("correction"),
    )


def _day(value: date | str | None) -> date | None:
    """A date from the writer's dict (a date) or from stored JSON (its ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value
