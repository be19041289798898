"""interop sits below the TUI: importing it must not pull in Textual."""

from __future__ import annotations

import subprocess
import sys


def test_interop_does_not_import_textual() -> None:
    code = (
        "import sys, quizapp.interop, quizapp.cli.commands_interop;"
        "print(sorted(m for m in sys.modules if m.startswith(('textual', 'quizapp.tui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
