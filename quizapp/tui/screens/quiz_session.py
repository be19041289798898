"""A quiz in progress, without any Textual: the questions, the answers given and the score.

Kept apart from the screen so the rules (what counts as right, what is missed) are plain
functions of the items, testable without running an app. Typed answers are graded by the same
forgiving rules as in review (``quizapp.tui.answers``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from quizapp.deck import cloze
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.storage.views import StudyItem
from quizapp.tui.answers import grade_typed

__all__ = ["AnswerKind", "Graded", "QuizSession", "accepted_answers", "answer_kind"]

LETTERS = "abcdefgh"


class AnswerKind(StrEnum):
    CHOICE = "choice"  # pick one of the lettered options
    TRUEFALSE = "truefalse"  # t or f
    TYPED = "typed"  # type the answer: cloze, and qa cards that list accepted answers


def answer_kind(item: StudyItem) -> AnswerKind:
    if isinstance(item.card, ChoiceCard):
        return AnswerKind.CHOICE
    if isinstance(item.card, TrueFalseCard):
        return AnswerKind.TRUEFALSE
    return AnswerKind.TYPED


def accepted_answers(item: StudyItem) -> list[str]:
    """Every typed answer that counts as right for a cloze or qa item."""
    card = item.card
    if isinstance(card, ClozeCard):
        # Several gaps with the same number are answered together, in order.
        return [" ".join(cloze.answers(card.text, item.cloze_number or 1))]
    assert isinstance(card, QACard)
    return [card.answer, *card.accept]


@dataclass(frozen=True)
class Graded:
    item: StudyItem
    given: str  # what the student answered, as shown back to them
    right: bool


@dataclass
class QuizSession:
    items: list[StudyItem]
    graded: list[Graded] = field(default_factory=list)

    @property
    def position(self) -> int:
        return len(self.graded)

    @property
    def finished(self) -> bool:
        return self.position >= len(self.items)

    @property
    def current(self) -> StudyItem:
        return self.items[self.position]

    @property
    def correct(self) -> int:
        return sum(g.right for g in self.graded)

    @property
    def missed(self) -> list[Graded]:
        return [g for g in self.graded if not g.right]

    def options(self) -> list[str]:
        """The current question's options, in deck order (choice) or True/False."""
        card = self.current.card
        if isinstance(card, ChoiceCard):
            return list(card.options)
        return ["True", "False"] if isinstance(card, TrueFalseCard) else []

    def answer_option(self, index: int) -> Graded:
        card = self.current.card
        options = self.options()
        if isinstance(card, ChoiceCard):
            right = options[index] in card.answer
        else:
            assert isinstance(card, TrueFalseCard)
            right = (index == 0) == card.answer
        return self._grade(options[index], right)

    def answer_typed(self, typed: str) -> Graded:
        verdict = grade_typed(typed, accepted_answers(self.current))
        return self._grade(typed.strip(), verdict.correct)

    def _grade(self, given: str, right: bool) -> Graded:
        graded = Graded(self.current, given, right)
        self.graded.append(graded)
        return graded
