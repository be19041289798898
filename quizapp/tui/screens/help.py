"""Every key of every screen, in one place (also in docs/tui.md)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

__all__ = ["KEYS", "HelpScreen"]

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Everywhere", [
        ("?", "this help"),
        ("ctrl+p", "command palette: every action, and themes"),
        ("ctrl+q", "quit"),
        ("esc", "back / close"),
    ]),
    ("Home", [
        ("↑ ↓", "choose a deck or one of its sections"),
        ("enter, r", "review the selected deck or section"),
        ("a", "review everything due in every deck"),
        ("z", "quiz on the selected deck or section"),
        ("s", "statistics"),
        ("b", "browse the cards"),
        ("c", "custom study: more new cards, review ahead, cram"),
        ("o", "deck options: retention, new cards per day, steps"),
        ("w", "which questions work: the deck's item report"),
        ("u", "curate the selected deck beside its article"),
        ("d, delete", "delete the selected deck (asks first)"),
        ("q", "quit"),
    ]),
    ("Review", [
        ("space, enter", "show the answer; once shown, accept the suggested grade"),
        ("1 2 3 4", "grade: Again, Hard, Good, Easy (buttons show intervals)"),
        ("a–e", "choice cards: pick an option (graded for you)"),
        ("t, f", "true/false cards: answer true or false"),
        ("typing, enter", "typed cards: check the answer (empty shows it)"),
        ("p", "the whole source paragraph (after answering)"),
        ("i", "card info: every answer with interval, S, D, R"),
        ("e", "edit the card in its deck file"),
        ("u, ctrl+z", "undo the last answer, suspend, bury, flag or edit"),
        ("!, ctrl+s", "suspend the card"),
        ("-, ctrl+b", "bury the card until tomorrow"),
        ("*, ctrl+f", "flag the card for the teacher"),
        ("esc", "leave the answer box; then end the session"),
    ]),
    ("Quiz (does not change the schedule)", [
        ("a–e", "choice questions: pick an option"),
        ("t, f", "true/false questions"),
        ("typing, enter", "typed and cloze questions: check (empty: don't know)"),
        ("y", "I was right: count a typed answer marked wrong"),
        ("enter, space", "next question, once answered"),
        ("r", "a new quiz, once the score is shown"),
        ("esc", "leave the quiz (not saved)"),
    ]),
    ("Which questions work (item report)", [
        ("↑ ↓", "choose a card; its text, picks and flag notes show below"),
        ("u", "open the card in the curation screen (its deck's file)"),
        ("i", "card info: the card's answers in this profile"),
        ("r", "refresh"),
    ]),
    ("Curate (a generated deck, card by card)", [
        ("a", "accept the card as shown"),
        ("e", "edit its fields in place"),
        ("d", "drop it"),
        ("s", "swap it for the next-best card from the same sentence"),
        ("←, p / →, n", "back / skip"),
        ("w, ctrl+s", "write the deck of the accepted cards"),
        ("esc", "close (decisions are kept beside the deck)"),
    ]),
    ("Stats", [
        ("r", "refresh"),
    ]),
    ("Browse (every deck)", [
        ("typing", "search: words, \"a phrase\", -not, or, ( )"),
        ("", "deck: section: tag: type: (qa cloze choice truefalse)"),
        ("", "is:new learning review due suspended buried flagged"),
        ("", "prop:r<0.8 (or s d due reps lapses) rated:7 rated:7:1"),
        ("↓, /", "move into the list / back to the search"),
        ("ctrl+s", "sort by the next column (or click a header)"),
        ("enter", "open the highlighted card"),
        ("i", "card info of the highlighted card (in the list)"),
        ("!", "suspend or unsuspend the highlighted card"),
        ("e", "edit the highlighted card in its deck file"),
        ("u", "undo the last edit made here"),
    ]),
    ("Card editor", [
        ("tab, shift+tab", "next / previous field"),
        ("ctrl+s", "save (checked as quizapp check does)"),
        ("esc", "cancel: nothing is written"),
    ]),
]


def keys_table() -> Group:
    """Each area's heading on a line of its own, then its keys; the key column is as wide in
    every area, and only as wide as the longest key, so descriptions fit 80 columns unwrapped."""
    width = max(len(key) for _, keys in KEYS for key, _ in keys)
    parts: list[RenderableType] = []
    for n, (area, keys) in enumerate(KEYS):
        if n:
            parts.append(Text(""))
        parts.append(Text(area, style="bold underline"))
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True, width=width)
        table.add_column()
        for key, meaning in keys:
            table.add_row(key, meaning)
        parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    AUTO_FOCUS = "#help-keys"  # so ↑ ↓ scroll at once on a small terminal
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll(id="help-keys"):
                yield Static(keys_table(), id="keys")
            yield Label("↑ ↓ scroll · esc close", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
