"""Home: every deck and its sections with new / learning / due counts and mastery.

The table's rows are built in ``home_table``; what the keys open, in ``home_actions``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quizapp.deck import DeckError
from quizapp.plural import plural
from quizapp.storage import DeckSummary, StorageError
from quizapp.tui.safe_text import shown
from quizapp.tui.screens.home_actions import PALETTE, HomeActions
from quizapp.tui.screens.home_delete import DeckDeletion
from quizapp.tui.screens.home_table import Target, fill_deck_table, place_title

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp

__all__ = ["HomeScreen"]


class DecksFooter(Footer):
    """A footer whose keys are first built once the decks are known.

    While the decks load every deck key is disabled, and building that row of keys (only to
    rebuild it when the decks arrive) took the interpreter from the loading worker on the way
    to the first screen that lists them.
    """

    decks_known = False

    def bindings_changed(self, screen: Screen) -> None:
        if self.decks_known:
            super().bindings_changed(screen)

    def show_keys(self) -> None:
        self.decks_known = True
        self.screen.refresh_bindings()


class HomeScreen(HomeActions, DeckDeletion, Screen[None]):
    CSS_PATH = "home.tcss"
    BINDINGS = [
        Binding("r", "review", "Review"),
        Binding("a", "review_all", "Review all"),
        # q quits, as in less, htop or mutt; the quiz is on z.
        Binding("q", "app.quit", "Quit", show=False),
        Binding("z", "quiz", "Quiz"),
        Binding("s", "stats", "Stats"),
        Binding("b", "browse", "Browse"),
        Binding("c", "custom_study", "Custom"),
        Binding("o", "options", "Options"),
        # Not in the footer, which is full at 80 columns: in help (?) and the palette.
        Binding("w", "report", "Report", show=False),
        Binding("u", "curate", "Curate", show=False),
        Binding("d,delete", "delete_deck", "Delete deck", show=False),
    ]

    class Loaded(Message):
        def __init__(self, summaries: list[DeckSummary]) -> None:
            super().__init__()
            self.summaries = summaries

    class LoadFailed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[Target] = []
        self.summaries: list[DeckSummary] | None = None

    @property
    def quiz_app(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        table: DataTable[object] = DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        table.loading = True
        yield table
        yield Static("", id="empty", classes="hint")
        yield Static(HOME_HINT, id="home-hint", classes="hint")
        yield DecksFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        self.load()

    def on_screen_resume(self) -> None:
        # Counts change after a review or a quiz; reload them whenever we come back.
        if self.summaries is not None:
            self.load()

    @work(thread=True, exclusive=True, group="home-load")
    def load(self) -> None:
        try:
            self.quiz_app.run_startup()
        except (StorageError, DeckError, OSError) as error:
            # A broken bundled deck must not hide the decks already in the database.
            self.app.call_from_thread(
                self.notify, f"Could not import the bundled decks: {error}", severity="warning"
            )
        try:
            summaries = self.quiz_app.store.deck_summaries()
        except StorageError as error:
            self.post_message(self.LoadFailed(str(error)))
            return
        self.post_message(self.Loaded(summaries))

    def on_home_screen_loaded(self, message: Loaded) -> None:
        self.summaries = message.summaries
        table = self.query_one("#decks", DataTable)
        row = table.cursor_row
        self.targets = fill_deck_table(table, message.summaries, self.size.width)
        table.loading = False
        if self.targets:
            table.move_cursor(row=min(row, len(self.targets) - 1))
        empty = self.query_one("#empty", Static)
        empty.update("No decks yet: add one with `quizapp import`.")
        empty.display = not self.targets
        table.focus()
        self.query_one(DecksFooter).show_keys()
        self._show_hint()
        self.call_after_refresh(self.quiz_app.home_painted)

    @on(DataTable.RowHighlighted, "#decks")
    def _show_hint(self) -> None:
        """Say when the selected deck's daily new-card limit is reached, and what else to do."""
        deck = self.selected_deck()
        hint = HOME_HINT
        if deck is not None and deck.limit_reached:
            hint = (
                f"Daily limit of {plural(deck.new_limit, 'new card')} reached "
                f"({deck.unseen} unseen) · c custom study: more new cards, review ahead, cram"
            )
        self.query_one("#home-hint", Static).update(hint)

    def selected_deck(self) -> DeckSummary | None:
        target = self.selected()
        if target is None or not self.summaries:
            return None
        return next((d for d in self.summaries if d.slug == target[0]), None)

    def on_home_screen_load_failed(self, message: LoadFailed) -> None:
        table = self.query_one("#decks", DataTable)
        table.loading = False
        empty = self.query_one("#empty", Static)
        empty.update(shown(f"Could not load the decks: {message.error}"))
        empty.display = True
        self.query_one(DecksFooter).show_keys()
        self.call_after_refresh(self.quiz_app.home_painted)

    # -- what the keys do ---------------------------------------------------------------------
    def selected(self) -> Target | None:
        if not self.targets:
            return None
        row = self.query_one("#decks", DataTable).cursor_row
        return self.targets[row] if 0 <= row < len(self.targets) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {
            "review", "quiz", "browse", "custom_study", "options", "report", "curate",
            "delete_deck",
        }:
            return self.selected() is not None
        if action == "review_all":
            return bool(self.targets)
        return True

    @on(DataTable.RowSelected, "#decks")
    def row_chosen(self) -> None:
        self.action_review()

    def action_review(self) -> None:
        target = self.selected()
        if target is not None:
            self._open_review(*target)

    def action_review_all(self) -> None:
        self._open_review(None, None)

    def action_curate(self) -> None:
        from quizapp.tui.screens.curate_open import open_curation

        target = self.selected()
        if target is not None:
            open_curation(self.quiz_app, target[0], on_written=self.load)

    def _open_review(self, deck: str | None, section: str | None) -> None:
        from quizapp.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(deck, section, place=self.place(deck, section)))

    def place(self, deck: str | None, section: str | None) -> str:
        """The target's title for a header: titles, never ids."""
        return place_title(self.summaries or [], deck, section)

    def palette_commands(self) -> Iterator[SystemCommand]:
        for action, title, help_text in PALETTE:
            if self.check_action(action, ()):
                yield SystemCommand(title, help_text, getattr(self, f"action_{action}"))


HOME_HINT = "enter review the selected deck or section · ? every key · ctrl+p commands"
