"""The review screen's keys, hints and palette entries, and when each key is available.

What the keys do is in ``review_answers`` (answering, grading) and ``review_marks`` (suspend,
bury, flag, undo).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from textual.binding import Binding
from textual.widgets import Input

from quizapp.deck.model import ChoiceCard, TrueFalseCard
from quizapp.scheduling import Rating
from quizapp.tui.card_render import Kind, kind

if TYPE_CHECKING:
    from quizapp.tui.session import ReviewSession

__all__ = ["BINDINGS", "HINTS", "PALETTE", "TYPING_KEYS", "KeyGate", "Phase"]


class Phase(StrEnum):
    LOADING = "loading"
    FRONT = "front"
    BACK = "back"

HINTS = {
    Kind.PLAIN: "space show the answer",
    Kind.TYPED: "type, enter check (empty: show) · esc then u ! - * e · ^z ^s ^b ^f",
    Kind.CHOICE: "{letters} choose · space show the answer",
    Kind.TRUEFALSE: "t true · f false · space show the answer",
}


TYPING_KEYS = {"undo", "suspend", "bury", "flag", "info", "edit"}


BINDINGS = [
    Binding("space,enter", "reveal", "Show answer"),
    Binding("space,enter", "accept", "Accept"),
    # Early in the footer, so at 80 columns it is the app's own keys that do not fit, not End.
    Binding("escape", "leave", "End"),
    *(Binding(str(r.value), f"grade({r.value})", r.name, show=False) for r in Rating),
    *(Binding(ch, f"pick({i})", f"Option {ch}", show=False) for i, ch in enumerate("abcde")),
    # On a true/false card "f" is only ever "false": flagging has its own key everywhere.
    Binding("t", "true_false(True)", "True"),
    Binding("f", "true_false(False)", "False"),
    Binding("u", "undo", "Undo"),
    Binding("exclamation_mark", "suspend", "Suspend", key_display="!"),
    Binding("minus", "bury", "Bury", key_display="-"),
    Binding("asterisk", "flag", "Flag", key_display="*"),
    # While an answer is being typed the plain keys are letters: the ctrl chords still work
    # (and esc leaves the answer box, so the plain keys do too).
    Binding("ctrl+z", "chord('undo')", "Undo", show=False),
    Binding("ctrl+s", "chord('suspend')", "Suspend", show=False),
    Binding("ctrl+b", "chord('bury')", "Bury", show=False),
    Binding("ctrl+f", "chord('flag')", "Flag", show=False),
    Binding("p", "source", "Source"),
    Binding("i", "info", "Info"),
    Binding("e", "edit", "Edit"),
]

PALETTE = [
    ("undo", "Undo", "Take back the last grade, suspend, bury, flag or edit"),
    ("suspend", "Suspend card", "Never show this card again (until unsuspended)"),
    ("bury", "Bury card", "Hide this card until tomorrow"),
    ("flag", "Flag card", "Mark this card as wrong or unclear for the teacher"),
    ("source", "Show source paragraph", "The whole paragraph the card was made from"),
    ("info", "Card info", "Every answer of this card with its interval, S, D and R"),
    ("edit", "Edit card", "Change this card's text in its deck file (u undoes)"),
    ("leave", "End session", "Stop reviewing and see the summary"),
]


class KeyGate:
    """A mixin of ``ReviewScreen``: which keys work now, so the footer promises only those."""

    session: ReviewSession
    phase: Phase
    # From Screen; declared, not defined, so the mixin never shadows them.
    focused: Any
    refresh_bindings: Callable[[], None]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in TYPING_KEYS and self._typing():
            return False  # the letter goes into the answer box; the footer must not promise it
        return self._available(action, parameters)

    def _typing(self) -> bool:
        """An answer box has the focus: letters and punctuation go into it."""
        return self._typed_front() and isinstance(self.focused, Input)

    def _typed_front(self) -> bool:
        item = self.session.current
        return self.phase is Phase.FRONT and item is not None and kind(item) is Kind.TYPED

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    def _available(self, action: str, parameters: tuple[object, ...]) -> bool:
        item = self.session.current
        front = self.phase is Phase.FRONT and item is not None
        card = item.card if item is not None else None
        if action == "reveal":
            return front and not self._typing()
        if action in {"accept", "grade"}:
            return self.phase is Phase.BACK
        if action == "pick":
            index = cast(int, parameters[0])
            return front and isinstance(card, ChoiceCard) and index < len(card.options)
        if action == "true_false":
            return front and isinstance(card, TrueFalseCard)
        if action == "undo":
            return bool(self.session.history)
        if action == "chord":
            return self._available(cast(str, parameters[0]), ())
        if action in {"suspend", "bury", "flag"}:
            return item is not None and self.phase is not Phase.LOADING
        if action in {"info", "edit"}:
            return item is not None and self.phase is not Phase.LOADING
        if action == "source":
            return self.phase is Phase.BACK and card is not None and bool(card.source)
        return True
