"""How each card type reads in review, as Rich Text (card text may contain "[", so no markup).

The context line is drawn here for every screen that shows a card's prompt: above it
(``with_context``) or in front of it in a one-line table cell (``prompt_cell``)."""

from __future__ import annotations

from enum import StrEnum

from rich.text import Text

from quizapp.deck import cloze
from quizapp.deck.cloze import CLOZE_RE
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
    "context_text",
    "details_text",
    "expected",
    "front_text",
    "kind",
    "prompt_cell",
    "with_context",
]

LETTERS = "abcde"
CONTEXT_STYLE = "dim italic"
CONTEXT_SEPARATOR = " · "
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


def context_text(context: str) -> Text:
    """A card's context line (what it is about): one line, as written, dim."""
    return shown_line(context, CONTEXT_STYLE)


def with_context(context: str | None, prompt: Text) -> Text:
    """``prompt`` with the card's context line above it when it has one."""
    if not context:
        return prompt
    return Text.assemble(context_text(context), "\n", prompt)


def _clipped(text: Text, width: int) -> Text:
    if len(text) <= width:
        return text
    text = text.copy()
    text.right_crop(len(text) - max(width - 1, 0))
    text.append("…")
    return text


def prompt_cell(prompt: str, context: str | None, width: int) -> Text:
    """A card's prompt as one table cell of ``width`` characters, clipped with "…"; cloze gaps
    read as [answer] (the raw {{c1::...}} would eat the column). The context line goes first,
    dim and cut to a third of the cell, so the prompt still shows."""
    text = shown_line(" ".join(CLOZE_RE.sub(lambda m: f"[{m.group(2)}]", prompt).split()))
    if not context:
        return _clipped(text, width)
    head = _clipped(context_text(context), max(width // 3, 1))
    cell = Text.assemble(head, (CONTEXT_SEPARATOR, CONTEXT_STYLE), text)
    return _clipped(cell, width)


def front_text(item: StudyItem) -> Text:
    """The prompt, with the card's context line (what it is about) above it when it has one."""
    return with_context(item.card.context, cleaned(_front_text(item)))


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
