"""The study app: the shell that owns the Store and opens the home screen."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quizapp.scheduling import Clock
from quizapp.storage import Store
from quizapp.tui.literal_app import LiteralTextApp
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.theme_memory import ThemeMemory
from quizapp.userconfig import UserConfig

__all__ = ["QuizApp", "build_app"]

StartupTask = Callable[[Store], object]
STARTUP_GC_DEADLINE = 5.0  # seconds


class QuizApp(LiteralTextApp[None]):
    """Holds the store and the clock; every screen reaches them as ``self.app.store``."""

    # Home's styles are read with the app's, in the one parse of the start: a screen whose
    # stylesheet is new when it is pushed makes Textual parse every style again and restyle
    # every widget.
    CSS_PATH = ["app.tcss", "screens/home.tcss"]
    TITLE = "quizapp"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        store: Store,
        clock: Clock,
        startup: StartupTask | None = None,
        config: UserConfig | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        # Without a config (tests, benchmarks) the theme is Textual's default and not saved.
        self.theme_memory = ThemeMemory(self, config) if config is not None else None
        self.sub_title = f"profile: {store.profile_name}"
        self._startup = startup
        self._startup_lock = threading.Lock()

    def run_startup(self) -> None:
        """Run the one-off start-up task (importing bundled decks); called from a worker thread.

        It runs on the home screen's loading worker rather than before the app starts, so the
        window appears at once even when the decks take a moment to import.
        """
        with self._startup_lock:
            task, self._startup = self._startup, None
        if task is not None:
            task(self.store)

    def home_painted(self) -> None:
        """The home screen shows its decks: the start-up is over.

        `quizapp` launches with the garbage collector off (quizapp.cli.entry); the objects made
        so far (modules, styles, widgets) live as long as the app, so they are frozen out of
        every later collection, which keeps a collection's pause off the grade key.
        """
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def on_mount(self) -> None:
        # The collector comes back on even if the home screen never reports in.
        self.set_timer(STARTUP_GC_DEADLINE, self.home_painted)
        if self.theme_memory is not None:
            self.theme_memory.restore()
        # Pushed rather than returned from get_default_screen: only pushed screens load CSS_PATH
        # (home's is already loaded, above, but a screen keeps its own styles with it).
        self.push_screen(HomeScreen())
        made = getattr(self.store, "new_profile", None)
        if made is not None and made[1] is not None:  # a new name close to an old one
            name, close = made
            self.notify(
                f"New profile '{name}'. Did you mean '{close}'? (quit with ctrl+q)", timeout=10
            )

    def on_unmount(self) -> None:
        if self.theme_memory is not None:
            self.theme_memory.flush()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's "Keys" panel would sit beside our own Help (which lists every screen's keys).
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        yield SystemCommand("Help", "Every key of every screen", self.action_help)
        # Screen actions (review, quiz, stats, ...) are offered by the screens themselves.
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            yield from commands()

    def action_help(self) -> None:
        from quizapp.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def build_app(
    store: Store,
    *,
    clock: Clock | None = None,
    startup: StartupTask | None = None,
    config: UserConfig | None = None,
) -> QuizApp:
    """The one way to make the app, for the CLI, tests and benchmarks alike.

    A given ``clock`` replaces the store's, so the screens and the scheduler agree on "now";
    a given ``config`` keeps the theme across launches.
    """
    if clock is not None:
        store.clock = clock
    return QuizApp(store, store.clock, startup, config)
