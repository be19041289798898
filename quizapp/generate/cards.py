"""Card builders: one sentence and one answer in, one deck card out, with a stable id.

Ids hash the section id, the card type, the source sentence and the answer, so editing one
paragraph changes only the cards built from it.
"""

from __future__ import annotations

import re

from quizapp.deck.ids import content_hash
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.generate.answers import Span

BLANK = "_____"
_GENERIC_TITLES = {
    "introduction": "What is the article's opening point?",
    "conclusion": "What does the article conclude?",
    "summary": "What does the article conclude?",
    "background": "What background does the article give?",
    "overview": "What is the article's overview?",
}
_WH_RE = re.compile(
    r"^(?:how|what|why|where|when|who|which|is|are|can|could|should|does|do|did|will|would|has|"
    r"have|so,?\s+(?:how|what|why|where|when|who))\b",
    re.IGNORECASE,
)


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


def heading_question(title: str, proper: set[str]) -> str:
    """A question a heading asks: kept when it is one, else "What does the article say about"."""
    bare = title.strip().rstrip(".:")
    generic = _GENERIC_TITLES.get(bare.lower())
    if generic:
        return generic
    if bare.endswith("?") and _WH_RE.match(bare) and bare.count("?") == 1:
        return bare
    if "?" in bare or len(bare.split()) > 18:
        return f"What does the section “{title.strip()}” explain?"
    words = bare.split(" ")
    # Title Case headings read as a phrase in lower case, names kept as written.
    lowered = [
        w if (w.strip("’'s,:") in proper or (w.isupper() and len(w) > 1)) else w.lower()
        for w in words
    ]
    phrase = " ".join(lowered).rstrip("?")
    # "How decades of ... laid the groundwork" is an indirect question: ask for the explanation.
    if lowered[0] in _INDIRECT_QUESTION_WORDS:
        return f"Explain {phrase}."
    return f"What does the article say about {phrase}?"


_INDIRECT_QUESTION_WORDS = frozenset(
    ["how", "what", "why", "where", "when", "who", "which", "whether"]
)


def qa(section_id: str, title: str, sentences: list[str], proper: set[str]) -> QACard:
    answer = " ".join(sentences)
    return QACard(
        id=card_id(section_id, "qa", title, ""),
        question=heading_question(title, proper),
        answer=answer,
        source=sentences[0],
    )
