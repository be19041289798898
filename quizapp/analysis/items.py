"""Item analysis: which questions work, from every student's answers.

Per item: how many students saw it, their first-try success rate, lapses, flags with notes,
how often each option of a choice card was picked, and a discrimination index.

Discrimination is the upper–lower 27% index (Kelley): students are ranked by their overall
first-try success over the deck; with N students, the top and bottom ``max(1, round(0.27 N))``
form the upper and lower groups, and an item's index is the share of the upper group that got
it right on the first try minus the share of the lower group, among the members of each group
who saw it (from -1 to 1; near 0 or below: strong students do no better than weak ones, the
question does not tell them apart). It needs two students or more.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

GROUP_SHARE = 0.27


@dataclass(frozen=True)
class Answer:
    """One student's record on one item."""

    student: str
    item: str  # the item key
    first_right: bool  # the first review was not "Again"
    lapses: int = 0
    flagged: bool = False
    flag_note: str | None = None
    picked: tuple[str, ...] = ()  # every option picked on any review of a choice card


@dataclass(frozen=True)
class ItemStats:
    item: str
    section: str
    card_type: str
    prompt: str
    students: int  # who saw it
    first_try: float | None  # share right on the first try; None when nobody saw it
    lapses: int
    flags: int
    notes: tuple[str, ...]
    discrimination: float | None
    options: dict[str, int] = field(default_factory=dict)  # choice cards: picks per option
    answer: str = ""  # the right answer as the report shows it (choice: the right options)
    right: tuple[str, ...] = ()  # choice cards: the right options, to mark among the picks
    context: str | None = None  # the card's context line, shown above its prompt


@dataclass(frozen=True)
class ItemInfo:
    """What the report shows of an item besides its figures."""

    key: str
    section: str
    card_type: str
    prompt: str
    options: tuple[str, ...] = ()
    answer: str = ""
    right: tuple[str, ...] = ()
    context: str | None = None


def groups(scores: dict[str, float]) -> tuple[set[str], set[str]]:
    """The upper and lower 27% of students by overall score (ties broken by name)."""
    if len(scores) < 2:
        return set(), set()
    size = max(1, round(GROUP_SHARE * len(scores)))
    ranked = sorted(scores, key=lambda s: (-scores[s], s))
    return set(ranked[:size]), set(ranked[-size:])


def _share(answers: list[Answer], group: set[str]) -> float | None:
    within = [a.first_right for a in answers if a.student in group]
    return sum(within) / len(within) if within else None


def analyse(items: list[ItemInfo], answers: list[Answer]) -> list[ItemStats]:
    """Figures per item, the weakest first: lowest first-try success, then least
    discriminating; items nobody saw come last, in deck order."""
    by_item: dict[str, list[Answer]] = defaultdict(list)
    per_student: dict[str, list[bool]] = defaultdict(list)
    for answer in answers:
        by_item[answer.item].append(answer)
        per_student[answer.student].append(answer.first_right)
    scores = {s: sum(r) / len(r) for s, r in per_student.items()}
    upper, lower = groups(scores)
    result = []
    for info in items:
        seen = by_item.get(info.key, [])
        high, low = _share(seen, upper), _share(seen, lower)
        picks: Counter[str] = Counter({option: 0 for option in info.options})
        for answer in seen:
            picks.update(answer.picked)
        result.append(
            ItemStats(
                item=info.key,
                section=info.section,
                card_type=info.card_type,
                prompt=info.prompt,
                students=len(seen),
                first_try=sum(a.first_right for a in seen) / len(seen) if seen else None,
                lapses=sum(a.lapses for a in seen),
                flags=sum(a.flagged for a in seen),
                notes=tuple(a.flag_note for a in seen if a.flagged and a.flag_note),
                discrimination=None if high is None or low is None else high - low,
                options=dict(picks) if info.options else {},
                answer=info.answer,
                right=info.right,
                context=info.context,
            )
        )
    order = {info.key: i for i, info in enumerate(items)}

    def weakness(stats: ItemStats) -> tuple:
        if stats.first_try is None:
            return (1, 0.0, 0.0, order[stats.item])
        return (0, stats.first_try, stats.discrimination or 0.0, order[stats.item])

    return sorted(result, key=weakness)
