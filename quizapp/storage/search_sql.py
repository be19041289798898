"""A parsed card search (``quizapp.search``) as a SQL condition over item, section, deck and the
profile's card state, with its parameters.

Every leaf is wrapped in COALESCE(..., 0) so a card with no state row (never studied) is a
plain "no" rather than NULL, and ``-is:suspended`` finds it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from quizapp.scheduling.clock import days_elapsed, study_day
from quizapp.scheduling.memory import recall_probability
from quizapp.search import All, Any_, Field, Node, Not, Prop, Rated, Text
from quizapp.storage.codec import from_db, to_db

__all__ = ["SORTS", "SearchContext", "order_by", "register_functions", "where"]

SORTS = {
    "deck": "d.title, c.position, i.position",
    "text": "i.search_text",
    "type": "i.type",
    "section": "c.title",
    "state": "COALESCE(s.phase, 0)",
    "due": "s.due IS NULL, s.due",
}
PROP_COLUMNS = {
    "s": "s.stability",
    "d": "s.difficulty",
    "reps": "COALESCE(s.reps, 0)",
    "lapses": "COALESCE(s.lapses, 0)",
    "r": "quizapp_r(s.stability, s.last_review)",
    "due": "quizapp_due_days(s.due)",
}
IS_CONDITIONS = {
    "new": "s.item_id IS NULL OR s.phase = 0",
    "learning": "s.phase IN (1, 3)",
    "review": "s.phase = 2",
    # what a review would show now: review cards due today, learning cards due by now
    "due": "((s.phase = 2 AND s.due < :day_end) OR (s.phase IN (1, 3) AND s.due <= :now)) "
    "AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= :now)",
    "suspended": "s.suspended = 1",
    "buried": "s.buried_until > :now",
    "flagged": "s.flagged = 1",
}


@dataclass
class SearchContext:
    profile_id: int
    now: datetime
    day_end: datetime
    today: int  # study day number
    params: list[object] = field(default_factory=list)


def _like(value: str) -> str:
    """A case-insensitive LIKE pattern: ``*`` is any characters, everything else is literal."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%")


def _named(sql: str, context: SearchContext) -> str:
    """Inline the window's moments (the statement uses positional parameters only)."""
    for name, value in (("day_end", to_db(context.day_end)), ("now", to_db(context.now))):
        while f":{name}" in sql:
            sql = sql.replace(f":{name}", "?", 1)
            context.params.append(value)
    return sql


def where(node: Node, context: SearchContext) -> str:
    """The SQL condition for ``node``; its parameters are appended to ``context.params``."""
    if isinstance(node, All):
        if not node.nodes:
            return "1"
        return "(" + " AND ".join(where(n, context) for n in node.nodes) + ")"
    if isinstance(node, Any_):
        return "(" + " OR ".join(where(n, context) for n in node.nodes) + ")"
    if isinstance(node, Not):
        return f"NOT {where(node.node, context)}"
    return f"COALESCE(({_leaf(node, context)}), 0)"


def _leaf(node: Node, context: SearchContext) -> str:
    params = context.params
    if isinstance(node, Text):
        pattern = f"%{_like(node.value)}%"
        params += [pattern, pattern, node.value.lower()]
        return (
            "i.search_text LIKE ? ESCAPE '\\' OR lower(c.title) LIKE ? ESCAPE '\\' OR i.type = ?"
        )
    if isinstance(node, Field):
        if node.name == "type":
            params.append(node.value)
            return "i.type = ?"
        if node.name == "is":
            return _named(IS_CONDITIONS[node.value], context)
        pattern = _like(node.value)
        if node.name == "tag":
            params.append(pattern)
            return (
                "EXISTS (SELECT 1 FROM json_each(i.content_json, '$.tags') t "
                "WHERE lower(t.value) LIKE ? ESCAPE '\\')"
            )
        table = "d" if node.name == "deck" else "c"
        params += [pattern, pattern]
        return (
            f"lower({table}.slug) LIKE ? ESCAPE '\\' OR lower({table}.title) LIKE ? ESCAPE '\\'"
        )
    if isinstance(node, Prop):
        params.append(node.value)
        op = "<>" if node.op == "!=" else node.op
        return f"s.phase > 0 AND {PROP_COLUMNS[node.name]} {op} ?"
    if isinstance(node, Rated):
        params += [context.profile_id, context.today - node.days]
        rating = ""
        if node.rating is not None:
            params.append(node.rating)
            rating = " AND r.rating = ?"
        return (
            "EXISTS (SELECT 1 FROM review_log r WHERE r.item_id = i.id AND r.profile_id = ? "
            f"AND r.study_day > ?{rating})"
        )
    raise TypeError(f"not a search node: {node!r}")


def order_by(sort: str, descending: bool) -> str:
    columns = SORTS.get(sort, SORTS["deck"])
    if not descending:
        return columns
    return ", ".join(f"{column} DESC" for column in columns.split(", "))


def register_functions(
    conn: sqlite3.Connection, now: datetime, tz: tzinfo, fsrs_params: tuple[float, ...]
) -> None:
    """The two computed properties prop: searches on, for this moment and these parameters."""
    rollover = study_day(now, tz)

    def r(stability: float | None, last_review: str | None) -> float | None:
        if stability is None or last_review is None:
            return None
        elapsed = days_elapsed(now, from_db(last_review), tz)
        return recall_probability(stability, elapsed, fsrs_params)

    def due_days(due: str | None) -> int | None:
        moment = from_db(due)
        return None if moment is None else (study_day(moment, tz) - rollover).days

    conn.create_function("quizapp_r", 2, r, deterministic=True)
    conn.create_function("quizapp_due_days", 1, due_days, deterministic=True)
