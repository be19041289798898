"""The review screen's keys, hints and palette entries, apart from what the keys do."""

from __future__ import annotations

from textual.binding import Binding

from quizapp.scheduling import Rating
from quizapp.tui.card_render import Kind

__all__ = ["BINDINGS", "HINTS", "PALETTE", "TYPING_KEYS"]

HINTS = {
    Kind.PLAIN: "space show the answer",
    Kind.TYPED: "type, enter check (empty: show) · esc then u ! - * · ^z ^s ^b ^f",
    Kind.CHOICE: "{letters} choose · space show the answer",
    Kind.TRUEFALSE: "t true · f false · space show the answer",
}


TYPING_KEYS = {"undo", "suspend", "bury", "flag", "info"}


BINDINGS = [
    Binding("space,enter", "reveal", "Show answer"),
    Binding("space,enter", "accept", "Accept"),
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
    Binding("escape", "leave", "End"),
]

PALETTE = [
    ("undo", "Undo", "Take back the last grade, suspend, bury or flag"),
    ("suspend", "Suspend card", "Never show this card again (until unsuspended)"),
    ("bury", "Bury card", "Hide this card until tomorrow"),
    ("flag", "Flag card", "Mark this card as wrong or unclear for the teacher"),
    ("source", "Show source paragraph", "The whole paragraph the card was made from"),
    ("info", "Card info", "Every answer of this card with its interval, S, D and R"),
    ("leave", "End session", "Stop reviewing and see the summary"),
]
