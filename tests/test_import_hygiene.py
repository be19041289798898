"""The headless core never imports Textual: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys


def test_core_packages_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import quizapp.deck, quizapp.scheduling, quizapp.storage, quizapp.cli.main\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_domain_does_not_import_storage() -> None:
    code = (
        "import sys\n"
        "import quizapp.deck, quizapp.scheduling\n"
        "print(','.join(m for m in sys.modules if m.startswith(('quizapp.storage', 'sqlmodel'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
