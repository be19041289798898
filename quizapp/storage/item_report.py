"""Every profile's answers on a deck's items, read for item analysis (quizapp.analysis)."""

from __future__ import annotations

import json
import sqlite3

from quizapp.analysis.items import Answer, ItemInfo, ItemStats, analyse
from quizapp.deck.model import AnyCard, ChoiceCard, QACard, TrueFalseCard
from quizapp.storage.codec import card_from_json
from quizapp.storage.lookup import deck_id as find_deck


def answer_text(card: AnyCard) -> str:
    """The right answer in one line; a cloze's answers are its gaps, shown in its text."""
    if isinstance(card, ChoiceCard):
        return ", ".join(card.answer)
    if isinstance(card, TrueFalseCard):
        return "true" if card.answer else "false"
    if isinstance(card, QACard):
        return card.answer
    return ""


def item_ids(conn: sqlite3.Connection, deck: str) -> dict[str, int]:
    """The deck's live items: key to item id (the id card info and curation open)."""
    did = find_deck(conn, deck)
    return dict(
        conn.execute("SELECT key, id FROM item WHERE deck_id = ? AND retired = 0", (did,))
    )


def item_report(conn: sqlite3.Connection, deck: str) -> list[ItemStats]:
    """The deck's live items with their figures over every profile, the weakest first."""
    did = find_deck(conn, deck)
    items = []
    for key, content, section in conn.execute(
        "SELECT i.key, i.content_json, c.title FROM item i JOIN section c ON c.id = i.section_id "
        "WHERE i.deck_id = ? AND i.retired = 0 ORDER BY i.position",
        (did,),
    ):
        card = card_from_json(content)
        choice = isinstance(card, ChoiceCard)
        items.append(
            ItemInfo(
                key, section, card.type.value, card.prompt,
                options=card.options if choice else (),  # type: ignore[union-attr]
                answer=answer_text(card),
                right=card.answer if choice else (),  # type: ignore[arg-type, union-attr]
                context=card.context,
            )
        )
    names = dict(conn.execute("SELECT id, name FROM profile").fetchall())
    keys = dict(conn.execute("SELECT id, key FROM item WHERE deck_id = ?", (did,)).fetchall())
    first: dict[tuple[int, int], bool] = {}
    picked: dict[tuple[int, int], list[str]] = {}
    for profile, item, rating, chosen in conn.execute(
        "SELECT l.profile_id, l.item_id, l.rating, l.picked FROM review_log l "
        "JOIN item i ON i.id = l.item_id WHERE i.deck_id = ? ORDER BY l.id",
        (did,),
    ):
        first.setdefault((profile, item), rating > 1)
        if chosen:
            picked.setdefault((profile, item), []).extend(json.loads(chosen))
    states = {
        (profile, item): (lapses, bool(flagged), note)
        for profile, item, lapses, flagged, note in conn.execute(
            "SELECT s.profile_id, s.item_id, s.lapses, s.flagged, s.flag_note FROM card_state s "
            "JOIN item i ON i.id = s.item_id WHERE i.deck_id = ?",
            (did,),
        )
    }
    answers = []
    for (profile, item), right in first.items():
        lapses, flagged, note = states.get((profile, item), (0, False, None))
        answers.append(
            Answer(
                student=names[profile],
                item=keys[item],
                first_right=right,
                lapses=lapses,
                flagged=flagged,
                flag_note=note,
                picked=tuple(picked.get((profile, item), ())),
            )
        )
    return analyse(items, answers)
