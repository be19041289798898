"""The mastery bar drawn in table cells: a share of mastered cards as blocks and a percentage."""

from __future__ import annotations

from rich.text import Text

__all__ = ["mastery_bar"]


def mastery_bar(share: float, width: int = 10) -> Text:
    """``share`` (0..1) as ``width`` block characters followed by a right-aligned percentage."""
    share = min(max(share, 0.0), 1.0)
    filled = round(share * width)
    bar = Text()
    bar.append("█" * filled, style="green")
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {round(share * 100):3d}%")
    return bar
