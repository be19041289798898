"""Launch as a user sees it: `quizapp` itself, in a terminal, until the home screen lists decks.

The program runs in a pseudo-terminal of 100 x 30 cells, started exactly as the user starts it
(the installed `quizapp` script, the real terminal driver). The time is taken from the spawn to
the moment the terminal has been sent the title of a deck, which the home screen only draws once
its decks are loaded. Then `q` is typed: the program must quit on it, which shows the screen
was answering keys and not only drawn. Run alone: python scripts/bench_launch.py
"""

from __future__ import annotations

import compileall
import contextlib
import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS, LINES = 100, 30

# Escape sequences (CSI, OSC, DCS and two-byte ones): what is left is the text on the screen.
_ESCAPES = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|P[^\x1b]*\x1b\\|[@-Z\\-_])"
)


def quizapp_cli() -> list[str]:
    """The installed `quizapp` script when it is the current entry point, else `-m quizapp`."""
    script = Path(sys.executable).with_name("quizapp")
    if script.exists() and "quizapp.cli.entry" in script.read_text(errors="replace"):
        return [str(script)]
    return [sys.executable, "-m", "quizapp"]


def compile_bytecode() -> None:
    """Write quizapp's bytecode, as pip does when it installs a wheel and Python does on the
    first run. Without it (PYTHONDONTWRITEBYTECODE, an editable install) every run compiles
    quizapp's modules from source again, while the reference's (Textual's, Typer's) were
    compiled when pip installed them."""
    compileall.compile_dir(str(ROOT / "quizapp"), quiet=1)


def launch_seconds(db: Path, marker: str, timeout: float = 60.0) -> float:
    """Spawn `quizapp --db DB` in a terminal; seconds until ``marker`` is on the screen."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(LINES)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*quizapp_cli(), "--db", str(db)],
        stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True,
    )
    os.close(slave)
    wanted = marker.encode()
    shown = b""
    elapsed = None
    try:
        while elapsed is None and time.perf_counter() - start < timeout:
            if not select.select([master], [], [], 0.5)[0]:
                continue
            try:
                shown += os.read(master, 1 << 16)
            except OSError:  # the program ended
                break
            if wanted in _ESCAPES.sub(b"", shown):
                elapsed = time.perf_counter() - start
        if elapsed is None:
            raise RuntimeError(f"quizapp did not show {marker!r}: {shown[-500:]!r}")
        os.write(master, b"q")
        deadline = time.perf_counter() + 20
        while proc.poll() is None and time.perf_counter() < deadline:
            if select.select([master], [], [], 0.1)[0]:
                with contextlib.suppress(OSError):
                    os.read(master, 1 << 16)
        if proc.poll() != 0:
            raise RuntimeError("quizapp did not quit on q: its home screen was not answering keys")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return elapsed


def deck_marker(db: Path) -> str:
    """The start of the first deck's title, as the home screen lists it."""
    from quizapp.storage import open_store

    store = open_store(db)
    try:
        titles = [deck.title for deck in store.deck_summaries()]
    finally:
        store.close()
    if not titles:
        raise RuntimeError("the launch database has no decks")
    return titles[0][:20]


def first_launch(db: Path) -> tuple[float, str]:
    """The first launch on a new database (it imports the bundled decks) and the marker."""
    from quizapp.deck import load_deck
    from quizapp.storage import bundled_decks_dir

    first = sorted(bundled_decks_dir().glob("*.yaml"))[0]
    title = load_deck(first).title
    seconds = launch_seconds(db, title[:20])
    return seconds, deck_marker(db)


if __name__ == "__main__":
    import tempfile

    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "launch.db"
        seconds, marker = first_launch(db)
        print(f"first launch (imports the bundled decks): {seconds * 1000:.0f} ms")
        for _ in range(5):
            print(f"launch: {launch_seconds(db, marker) * 1000:.0f} ms")
