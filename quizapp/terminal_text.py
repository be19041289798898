"""Untrusted text made safe for a terminal: what a deck, an article or a file name says is
shown as characters, never acted on as control codes.

A deck may carry ESC, BEL or OSC sequences (YAML's "\\e" and "\\a" escapes make them easy), and
a terminal acts on them: OSC 0 renames the window, "ESC [2J" wipes the screen, OSC 8 makes a
link. So every C0 and C1 control character is replaced by a visible stand-in (ESC reads "␛",
BEL "␇"), which keeps a sequence readable without letting it run. Bidirectional overrides and
isolates, which reorder what is shown against what is stored ("Trojan Source"), read "�".

Both functions map one character to one character, so they can be applied to the plain text
of an already styled ``rich.text.Text`` without moving its styles. Pure, no dependencies: the
command line and the study app use the same rules.
"""

from __future__ import annotations

__all__ = ["has_control", "terminal_line", "terminal_text"]

_REPLACEMENT = "\ufffd"
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _table(one_line: bool) -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20)}  # control pictures: ␛, ␇, ␍...
    table[0x7F] = "\u2421"  # ␡
    table.update({code: _REPLACEMENT for code in range(0x80, 0xA0)})  # C1 has no pictures
    table.update({code: _REPLACEMENT for code in _BIDI})
    # Line breaks an editor shows as breaks stay breaks; one-line text gets spaces.
    breaks = {0x0A, 0x85, 0x2028, 0x2029}
    table.update({code: " " if one_line else "\n" for code in breaks})
    table[0x09] = " " if one_line else "\t"
    return table


_TEXT = _table(one_line=False)
_LINE = _table(one_line=True)
_CONTROLS = frozenset(_TEXT) - {0x09, 0x0A, 0x2028, 0x2029}


def terminal_text(text: str) -> str:
    """``text`` with control characters visible and bidi controls replaced; lines kept."""
    return text.translate(_TEXT)


def terminal_line(text: str) -> str:
    """``text`` as one terminal line: as :func:`terminal_text`, line breaks and tabs spaced."""
    return text.translate(_LINE)


def has_control(text: str) -> bool:
    """True when ``text`` holds a character a terminal would act on (or a bidi control)."""
    return any(ord(char) in _CONTROLS for char in text)
