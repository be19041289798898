"""The card editor on its own: fields by card type, checked on save, None on cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, Static, Switch, TextArea

from quizapp.deck import load_deck
from quizapp.deck.model import AnyCard, ChoiceCard, ClozeCard, QACard, TrueFalseCard
from quizapp.tui.widgets.card_editor import CardEditor

DATA = Path(__file__).parent / "data"
CARDS = {card.id: card for _, card in load_deck(DATA / "europe.yaml").cards()}
SIZE = (80, 24)


class EditorApp(App[None]):
    """Opens the editor on one card and keeps what it gave back."""

    def __init__(self, card: AnyCard) -> None:
        super().__init__()
        self.card = card
        self.result: AnyCard | str | None = "still open"

    def on_mount(self) -> None:
        def done(card: AnyCard | None) -> None:
            self.result = card

        self.push_screen(CardEditor(self.card), done)


def field(app: App[None], name: str) -> TextArea | Input | Switch:
    return app.screen.query_one(f"#field-{name}")  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("card_id", "fields"),
    [
        ("france-capital", ["question", "answer", "context", "tags"]),
        ("versailles", ["text", "context", "tags"]),
        ("belgium-capital", ["question", "options", "answer", "context", "tags"]),
        ("spain-capital", ["statement", "truth", "correction", "context", "tags"]),
    ],
)
async def test_each_card_type_shows_its_fields(card_id: str, fields: list[str]) -> None:
    app = EditorApp(CARDS[card_id])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = [w.id.removeprefix("field-") for w in app.screen.query(".-textual-compact, Switch")
                 if w.id and w.id.startswith("field-")]  # fmt: skip
        assert shown == fields
        # The first field has the focus: typing goes straight into it.
        assert app.screen.focused is field(app, fields[0])


async def test_saving_an_edited_qa_card_returns_it_with_its_id() -> None:
    app = EditorApp(CARDS["france-capital"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        question = field(app, "question")
        assert isinstance(question, TextArea)
        assert question.text == "What is the capital of France?"
        question.text = "Which city is the capital of France?"
        tags = field(app, "tags")
        assert isinstance(tags, Input)
        tags.value = "geo europe"
        await pilot.press("ctrl+s")
        await pilot.pause()
    card = app.result
    assert isinstance(card, QACard)
    assert card.id == "france-capital"
    assert card.question == "Which city is the capital of France?"
    assert card.tags == ("geo", "europe")
    # What the editor does not show is kept.
    assert card.accept == ("Paris city",)
    assert card.source == CARDS["france-capital"].source


async def test_typing_into_the_first_field_edits_it() -> None:
    app = EditorApp(CARDS["versailles"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e", *" Peace!", "ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, ClozeCard)
    assert app.result.text == "The treaty of {{c1::Versailles}} was signed in 1919. Peace!"


async def test_an_answer_not_among_the_options_is_refused_in_place() -> None:
    app = EditorApp(CARDS["belgium-capital"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        answer = field(app, "answer")
        assert isinstance(answer, TextArea)
        answer.text = "Brusels"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = app.screen.query_one("#editor-error", Static)
        assert error.display
        text = str(error.render())
        assert "Not saved" in text and "did you mean 'Brussels'" in text
        assert isinstance(app.screen, CardEditor)  # still open, nothing returned
        assert app.result == "still open"
        # Fixed, it saves; several right options are one per line.
        answer.text = "Brussels\nGhent"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, ChoiceCard)
    assert app.result.answer == ("Brussels", "Ghent")


async def test_a_cloze_without_a_gap_is_refused() -> None:
    app = EditorApp(CARDS["versailles"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = field(app, "text")
        assert isinstance(text, TextArea)
        text.text = "The treaty of Versailles was signed in 1919."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "no deletion" in str(app.screen.query_one("#editor-error", Static).render())
    assert app.result == "still open"


async def test_true_false_answer_and_correction() -> None:
    app = EditorApp(CARDS["spain-capital"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        truth = field(app, "truth")
        assert isinstance(truth, Switch) and truth.value is False
        truth.value = True
        correction = field(app, "correction")
        assert isinstance(correction, Input)
        correction.value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, TrueFalseCard)
    assert app.result.answer is True and app.result.correction is None


async def test_escape_cancels_with_none() -> None:
    app = EditorApp(CARDS["france-capital"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        field(app, "answer").text = "Lyon"  # type: ignore[union-attr]
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_markup_and_controls_in_a_field_are_shown_literally() -> None:
    card = QACard(id="odd", question="[bold red]Boom[/] \x1b[2J", answer="[link=x]y[/link]")
    app = EditorApp(card)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        question = field(app, "question")
        assert isinstance(question, TextArea)
        assert question.text == "[bold red]Boom[/] ␛[2J"  # the escape is a picture
        await pilot.press("ctrl+s")  # nothing changed: the original text is kept
        await pilot.pause()
    assert app.result == card
    assert isinstance(app.result, QACard) and "\x1b" in app.result.question


async def test_the_context_line_is_added_changed_and_cleared() -> None:
    card = CARDS["france-capital"]
    assert card.context is None
    results = []
    for text in ("Europe — capitals", "  Europe — its capitals  ", ""):
        app = EditorApp(card)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            context = field(app, "context")
            assert isinstance(context, Input)
            assert context.value == (card.context or "")
            context.value = text
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert isinstance(app.result, QACard) and app.result.id == card.id
        results.append(app.result.context)
        card = app.result
    assert results == ["Europe — capitals", "Europe — its capitals", None]


async def test_a_context_with_markup_and_controls_is_shown_literally_and_kept() -> None:
    card = QACard(id="odd", question="Q?", answer="A", context="[b]Loud[/b] \x1b[2J")
    app = EditorApp(card)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        context = field(app, "context")
        assert isinstance(context, Input) and context.value == "[b]Loud[/b] ␛[2J"
        await pilot.press("ctrl+s")  # left as shown: the escape itself is kept, not its picture
        await pilot.pause()
    assert app.result == card


def test_snapshot_editor_choice_card(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(EditorApp(CARDS["belgium-capital"]), terminal_size=SIZE)


def test_snapshot_editor_with_markup_text(snap_compare) -> None:  # type: ignore[no-untyped-def]
    card = QACard(id="odd", question="[bold red]Boom[/] \x1b]0;pwned\x07", answer="[i]x[/i]",
                  context="[u]Ctx[/u] \x07", tags=("t1",))  # fmt: skip
    assert snap_compare(EditorApp(card), terminal_size=SIZE)
