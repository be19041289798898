"""How each card type reads in review, as Rich Text (card text may contain "[", so no markup)."""

from __future__ import annotations

from enum import StrEnum

from rich.text import Text

from quizapp.deck import cloze
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.storage import StudyItem
from quizapp.terminal_text import terminal_text
from quizapp.tui.safe_text import cleaned, shown_card, shown_line

__all__ = [
    "LETTERS",
    "Kind",
    "answer_text",
    "choice_line",
    "choice_text",
    "details_text",
    "expected",
    "front_text",
    "kind",
]

LETTERS = "abcde"
_OPEN, _CLOSE = "\x00", "\x01"


class Kind(StrEnum):
    PLAIN = "plain"  # reveal, then grade yourself
    TYPED = "typed"  # type the answer; graded automatically
    CHOICE = "choice"
    TRUEFALSE = "truefalse"


def kind(item: StudyItem) -> Kind:
    card = item.card
    if isinstance(card, ChoiceCard):
        return Kind.CHOICE
    if isinstance(card, TrueFalseCard):
        return Kind.TRUEFALSE
    if isinstance(card, QACard) and card.typed:
        return Kind.TYPED
    # A cloze is typed when its gap has one answer; an empty answer just reveals it.
    if isinstance(card, ClozeCard) and len(cloze.answers(card.text, item.cloze_number or 1)) == 1:
        return Kind.TYPED
    return Kind.PLAIN


def expected(item: StudyItem) -> list[str]:
    """The answers a typed reply is compared with (a cloze's same-numbered gaps in order)."""
    card = item.card
    if isinstance(card, QACard):
        return [card.answer, *card.accept]
    if isinstance(card, ClozeCard):
        return [" ".join(cloze.answers(card.text, item.cloze_number or 1))]
    return []


def front_text(item: StudyItem) -> Text:
    """The prompt, with the card's context line (what it is about) above it when it has one."""
    front = cleaned(_front_text(item))
    if not item.card.context:
        return front
    return Text.assemble(shown_line(item.card.context, "dim italic"), "\n", front)


def _front_text(item: StudyItem) -> Text:
    card = shown_card(item.card)
    if isinstance(card, ClozeCard):
        return Text(cloze.front(card.text, item.cloze_number or 1))
    if isinstance(card, TrueFalseCard):
        return Text.assemble(("True or false? ", "bold"), card.statement)
    return Text(card.question)


def choice_line(card: ChoiceCard, index: int, picked: set[int], revealed: bool) -> Text:
    """One option as ``a) ...``; once revealed, right ones ticked and wrong picks crossed."""
    letter = LETTERS[index] if index < len(LETTERS) else " "
    style, mark = "", "  "
    if revealed and card.options[index] in card.answer:
        style, mark = "bold green", "✓ "
    elif revealed and index in picked:
        style, mark = "red", "✗ "
    elif index in picked:
        style, mark = "reverse", "• "
    return Text(f"{mark}{letter}) {terminal_text(card.options[index])}", style=style)


def choice_text(card: ChoiceCard, picked: set[int], revealed: bool) -> Text:
    """Every option, one a line."""
    lines = [choice_line(card, i, picked, revealed) for i in range(len(card.options))]
    return Text("\n").join(lines)


def answer_text(item: StudyItem) -> Text:
    return cleaned(_answer_text(item))


def _answer_text(item: StudyItem) -> Text:
    card = shown_card(item.card)
    if isinstance(card, QACard):
        text = Text.assemble(("Answer: ", "bold"), (card.answer, "bold green"))
        if card.accept:
            text.append(f"   (also: {', '.join(card.accept)})", style="dim")
        return text
    if isinstance(card, ClozeCard):
        marked = cloze.back(card.text, item.cloze_number or 1, mark=_OPEN + "{}" + _CLOSE)
        text = Text()
        for index, part in enumerate(marked.replace(_CLOSE, _OPEN).split(_OPEN)):
            text.append(part, style="bold green" if index % 2 else "")
        return text
    if isinstance(card, ChoiceCard):
        return Text.assemble(("Answer: ", "bold"), (" / ".join(card.answer), "bold green"))
    verdict = "True" if card.answer else "False"
    return Text.assemble(("Answer: ", "bold"), (verdict, "bold green"))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def details_text(item: StudyItem) -> Text:
    """What the student reads after answering: correction, explanation, source sentence."""
    card = shown_card(item.card)
    parts: list[Text] = []
    if isinstance(card, TrueFalseCard) and card.correction:
        parts.append(Text.assemble(("Correction: ", "bold"), card.correction))
    if card.explanation:
        parts.append(Text.assemble(("Why: ", "bold"), card.explanation))
    # A cloze is usually its source sentence with gaps; the answer already shows it whole.
    repeats = isinstance(card, ClozeCard) and _same(card.source or "", cloze.plain(card.text))
    if card.source and not repeats:
        parts.append(Text.assemble(("Source: ", "bold"), (f"“{card.source}”", "italic")))
    return cleaned(Text("\n").join(parts))
