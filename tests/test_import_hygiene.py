"""Imports flow one way: checked in a fresh interpreter, as the package is really loaded."""

from __future__ import annotations

import subprocess
import sys

import pytest


def loaded_after(imports: str, prefixes: tuple[str, ...]) -> list[str]:
    code = (
        f"import sys\nimport {imports}\n"
        f"print(','.join(sorted(m for m in sys.modules if m.startswith({prefixes!r}))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


@pytest.mark.parametrize(
    "imports",
    [
        "quizapp.deck, quizapp.generate, quizapp.scheduling",
        "quizapp.storage",
        "quizapp.interop",
        "quizapp.cli.main",  # every command module, but not the app itself
    ],
)
def test_nothing_below_the_tui_imports_textual_or_the_tui(imports: str) -> None:
    assert loaded_after(imports, ("textual", "quizapp.tui")) == []


def test_the_domain_does_not_import_storage() -> None:
    assert loaded_after(
        "quizapp.deck, quizapp.generate, quizapp.scheduling",
        ("quizapp.storage", "quizapp.interop", "sqlmodel", "sqlalchemy"),
    ) == []
