"""Card builders: one sentence and one answer in, one deck card out, with a stable id.

Ids hash the section id, the card type, the source sentence and the answer, so editing one
paragraph changes only the cards built from it.
"""

from __future__ import annotations

from quizapp.deck.ids import content_hash
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.generate.answers import Span
from quizapp.generate.questions import Question

BLANK = "_____"


def card_id(section_id: str, kind: str, sentence: str, answer: str) -> str:
    return f"{section_id}-{content_hash(kind, sentence, answer)}"


def cloze(section_id: str, sentence: str, span: Span) -> ClozeCard:
    text = f"{sentence[: span.start]}{{{{c1::{span.text}}}}}{sentence[span.end :]}"
    return ClozeCard(
        id=card_id(section_id, "cloze", sentence, span.text), text=text, source=sentence
    )


def blanked(sentence: str, span: Span) -> str:
    return f"{sentence[: span.start]}{BLANK}{sentence[span.end :]}"


def choice(section_id: str, sentence: str, span: Span, wrong: list[str]) -> ChoiceCard:
    ident = card_id(section_id, "choice", sentence, span.text)
    # Seeded by the id: stable across runs, yet the answer is not always first.
    options = sorted([span.text, *wrong], key=lambda option: content_hash(ident, option))
    return ChoiceCard(
        id=ident,
        question=blanked(sentence, span),
        options=tuple(options),
        answer=(span.text,),
        source=sentence,
    )


def truefalse(
    section_id: str, sentence: str, span: Span, alternative: str, truth: bool
) -> TrueFalseCard:
    ident = card_id(section_id, "truefalse", sentence, span.text)
    if truth:
        return TrueFalseCard(id=ident, statement=sentence, answer=True, source=sentence)
    statement = f"{sentence[: span.start]}{alternative}{sentence[span.end :]}"
    return TrueFalseCard(
        id=ident,
        statement=statement,
        answer=False,
        correction=f"{span.text}, not {alternative}: {sentence}",
        source=sentence,
    )


def true_clause(section_id: str, sentence: str, span: Span, clause: str) -> TrueFalseCard:
    """A true statement of one clause of ``sentence``, which stays its source."""
    ident = card_id(section_id, "truefalse", sentence, span.text)
    return TrueFalseCard(id=ident, statement=clause, answer=True, source=sentence)


def qa_card(section_id: str, sentence: str, question: Question, title: bool = False) -> QACard:
    """A question with a short answer from one sentence (``source``)."""
    return QACard(
        id=card_id(section_id, "qa", sentence, question.question),
        question=question.question,
        answer=question.answer,
        accept=question.accept,
        source=sentence,
    )
