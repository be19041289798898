"""A definition keeps its card when a pronoun in its own body points into that body.

'The sunk cost fallacy is the tendency to keep investing in a failing project because of what
has already been spent on it.': the "it" is the project the definition names, so "What is the
sunk cost fallacy?" reads whole. Anywhere else such a pronoun makes the sentence lean on an
earlier one, and the sentence is skipped as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from quizapp.generate.answers import EntityIndex
from quizapp.generate.questions import _VAGUE_SUBJECTS as VAGUE_SUBJECTS
from quizapp.generate.questions import Question, definition
from quizapp.generate.spans import Tagged

_COPULAS = frozenset({"is", "are"})
_BODY_PRONOUNS = frozenset({"it", "its", "them", "their", "they"})


def despite_pronoun(
    t: Tagged,
    title: str,
    index: EntityIndex,
    stands: Callable[[Tagged], bool],
) -> Question | None:
    """The definition question of a sentence whose only flaw is a pronoun inside the
    definition, after a noun of the definition; ``stands`` says whether the sentence, with
    those pronouns read as nouns, passes every other check."""
    copula = next((i for i, w in enumerate(t.words) if w.lower() in _COPULAS), None)
    if copula is None or copula > 5 or ";" in t.words:
        return None  # "...; it is generally regarded as ...": a second claim, not the body
    inside = [i for i, w in enumerate(t.words) if w.lower() in _BODY_PRONOUNS]
    if not inside or inside[0] < copula + 3:
        return None
    body_nouns = [t.words[j].lower() for j in range(copula + 1, inside[0]) if t.tags[j] == "NOUN"]
    # "Loss aversion is the reason for it": a body of one vague noun says nothing by itself.
    if len(body_nouns) < 2 or body_nouns[0] in VAGUE_SUBJECTS:
        return None
    question = definition(t, title, index)
    if question is None or question.kind != "definition":
        return None
    neutral = dataclasses.replace(
        t,
        words=tuple("thing" if i in inside else w for i, w in enumerate(t.words)),
        tags=tuple("NOUN" if i in inside else tag for i, tag in enumerate(t.tags)),
    )
    return question if stands(neutral) else None
