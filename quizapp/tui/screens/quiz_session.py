"""A quiz in progress, without any Textual: the questions, the answers given and the score.

Kept apart from the screen so the rules (what counts as right, what is missed) are plain
functions of the items, testable without running an app. Typed answers are graded by the same
forgiving rules as in review (``quizapp.tui.answers``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.deck.model import ChoiceCard, TrueFalseCard
from quizapp.storage.views import StudyItem
from quizapp.tui.answers import grade_typed
from quizapp.tui.card_render import Kind, expected, kind

__all__ = ["Graded", "QuizSession", "answer_kind"]


def answer_kind(item: StudyItem) -> Kind:
    """How a quiz question is answered. Unlike review, nothing is self-graded in a quiz: a
    cloze with several gaps of one number is typed too, its answers in order."""
    found = kind(item)
    return Kind.TYPED if found is Kind.PLAIN else found


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
        """A typed answer; an empty one means "I don't know" and counts as wrong."""
        if not typed.strip():
            return self._grade("", False)
        verdict = grade_typed(typed, expected(self.current))
        return self._grade(typed.strip(), verdict.correct)

    def overrule(self) -> Graded:
        """The student says the last typed answer was right after all (as review's grade keys
        override a suggested Again): it counts as right and leaves the missed list."""
        last = self.graded[-1]
        self.graded[-1] = Graded(last.item, last.given, True)
        return self.graded[-1]

    def _grade(self, given: str, right: bool) -> Graded:
        graded = Graded(self.current, given, right)
        self.graded.append(graded)
        return graded
