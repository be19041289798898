"""Counted nouns as people write them: "1 card", "2 cards", "1 day"."""

from __future__ import annotations

__all__ = ["plural"]


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun``, the noun in the plural (``many``, else noun + "s") unless 1."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"
