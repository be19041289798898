"""The terminal sanitizer: nothing a terminal acts on survives, everything else reads as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.terminal_text import has_control, terminal_line, terminal_text

UNSAFE = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F)]}
UNSAFE |= {chr(c) for c in range(0x2066, 0x206A)}


@given(st.text())
def test_no_control_character_survives_and_length_is_kept(text: str) -> None:
    shown = terminal_text(text)
    assert len(shown) == len(text)  # one for one: styles on a Rich Text stay in place
    assert not (set(shown) & (UNSAFE - {"\n", "\t"}))
    line = terminal_line(text)
    assert len(line) == len(text) and not (set(line) & UNSAFE)
    assert "\u2028" not in line and "\u2029" not in line
    assert terminal_text(shown) == shown  # idempotent


@given(st.text(st.characters(blacklist_categories=["Cc", "Cf", "Zl", "Zp"])))
def test_printable_text_is_unchanged(text: str) -> None:
    assert terminal_text(text) == text == terminal_line(text)
    assert not has_control(text)


def test_escape_sequences_read_as_characters() -> None:
    assert terminal_line("\x1b]0;PWNED\x07") == "␛]0;PWNED␇"
    assert terminal_text("\x1b[2J\x1b[Ha\nb") == "␛[2J␛[Ha\nb"
    assert terminal_line("a\nb\u2028c\td") == "a b c d"
    assert terminal_text("x\u202ey") == "x\ufffdy"
    assert terminal_text("[bold red]x[/]") == "[bold red]x[/]"  # markup is not this module's job
