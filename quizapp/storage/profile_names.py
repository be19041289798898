"""What may name a profile (light: the command line checks `--profile` before loading storage)."""

from __future__ import annotations

from quizapp.terminal_text import has_control

__all__ = ["DEFAULT_PROFILE", "MAX_NAME_CHARS", "name_problem"]

DEFAULT_PROFILE = "default"  # exists in every database: made with it, on first use
MAX_NAME_CHARS = 64


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a profile, or None."""
    if not name.strip():
        return "a profile name cannot be empty"
    if name != name.strip():
        return "a profile name cannot start or end with a space"
    if has_control(name) or "\n" in name or "\t" in name:
        return "a profile name cannot hold control characters"
    if len(name) > MAX_NAME_CHARS:
        return f"a profile name is at most {MAX_NAME_CHARS} characters"
    return None
