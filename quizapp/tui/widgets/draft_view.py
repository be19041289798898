"""A draft card as the teacher reads it when curating: question and answer at once, and the
paragraph it came from with its sentence highlighted. Rich Text only: card and article text
are untrusted and never parsed as markup."""

from __future__ import annotations

from rich.text import Text

from quizapp.curation.decisions import Verdict
from quizapp.curation.drafts import Draft, Status
from quizapp.deck import cloze
from quizapp.deck.model import AnyCard, ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.deck.provenance import find_paragraph
from quizapp.tui.card_render import with_context
from quizapp.tui.safe_text import cleaned, shown, shown_card

__all__ = ["card_text", "source_text", "status_text"]

_OPEN, _CLOSE = "\x00", "\x01"
_REVIEW = {
    Status.CHANGED: "⚠ source changed — review",
    Status.VANISHED: "⚠ source vanished — review",
}


def status_text(draft: Draft, verdict: Verdict | None) -> Text:
    """What is known about the card: new, decided (and how), or its source changed."""
    if verdict is not None:
        return Text(f"✓ {verdict.value}" if verdict is not Verdict.DROPPED else "✗ dropped",
                    style="green" if verdict is not Verdict.DROPPED else "red")
    if draft.status in _REVIEW:
        return Text(_REVIEW[draft.status], style="bold yellow")
    return Text("new", style="blue")


def _gaps(text: str) -> Text:
    """A cloze's text with its gaps' answers picked out."""
    marked = cloze.CLOZE_RE.sub(lambda m: _OPEN + m.group(2) + _CLOSE, text)
    result = Text()
    for index, part in enumerate(marked.replace(_CLOSE, _OPEN).split(_OPEN)):
        result.append(part, style="bold green underline" if index % 2 else "")
    return result


def card_text(card: AnyCard) -> Text:
    """Every field a teacher decides on: the context line above the front, the answer,
    options, correction."""
    context = card.context  # made safe once, by the context line itself
    card = shown_card(card)
    text = Text()
    if isinstance(card, ClozeCard):
        text.append("Cloze  ", style="dim")
        text.append_text(_gaps(card.text))
    elif isinstance(card, QACard):
        text.append("Question  ", style="dim")
        text.append(card.question, style="bold")
        text.append("\nAnswer    ", style="dim")
        text.append(card.answer, style="green")
        if card.accept:
            text.append(f"\nAlso      {', '.join(card.accept)}", style="dim")
    elif isinstance(card, ChoiceCard):
        text.append("Choice  ", style="dim")
        text.append(card.question, style="bold")
        for option in card.options:
            right = option in card.answer
            text.append(f"\n  {'✓' if right else '·'} {option}", style="green" if right else "")
    elif isinstance(card, TrueFalseCard):
        text.append("True or false  ", style="dim")
        text.append(card.statement, style="bold")
        text.append("\nAnswer  ", style="dim")
        text.append("true" if card.answer else "false", style="green")
        if card.correction:
            text.append("\nCorrection  ", style="dim")
            text.append(card.correction)
    if card.explanation:
        text.append("\nWhy  ", style="dim")
        text.append(card.explanation)
    return with_context(context, cleaned(text))


def source_text(draft: Draft, article: str | None) -> Text:
    """The paragraph of the card's sentence, the sentence highlighted; what it was before."""
    sentence = draft.source
    text = Text()
    if draft.status is Status.VANISHED:
        text.append("This sentence is no longer in the article:\n\n", style="bold yellow")
        text.append_text(shown(draft.old_source or "", style="italic"))
        return text
    paragraph = find_paragraph(article, sentence) if article and sentence else None
    if paragraph and sentence:
        body = shown(paragraph)
        body.highlight_words([shown(" ".join(sentence.split())).plain], style="bold reverse")
        text.append_text(body)
    elif sentence:
        text.append_text(shown(sentence))
        text.append("\n\n(The article is not available; this is the card's sentence.)", "dim")
    else:
        text.append("This card has no source sentence.", style="dim")
    if draft.status is Status.CHANGED and draft.old_source:
        text.append("\n\nBefore: ", style="bold yellow")
        text.append_text(shown(draft.old_source, style="italic"))
    return text
