"""Home: every deck and its sections with new / learning / due counts and mastery."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quizapp.deck import DeckError
from quizapp.plural import plural
from quizapp.storage import DeckSummary, StorageError
from quizapp.tui.safe_text import shown, shown_line
from quizapp.tui.widgets.mastery import mastery_bar

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp

__all__ = ["HomeScreen"]

Target = tuple[str, str | None]  # (deck slug, section slug or None for the whole deck)
FIXED_COLUMNS = 44  # the count and mastery columns with their padding


def exam_note(deck: DeckSummary) -> str:
    """After the title of a deck with an exam date: days left and the predicted recall."""
    exam = deck.exam
    if exam is None or exam.days_left < 0:
        return ""
    recall = "" if exam.predicted_recall is None else f", {exam.predicted_recall:.0%} predicted"
    return f"  · exam in {exam.days_left} d{recall}"


class HomeScreen(Screen[None]):
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
        yield Footer(compact=True)

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
        table.clear(columns=True)
        title_width = max(20, self.size.width - FIXED_COLUMNS)
        table.add_column("Deck / section", width=title_width)
        for label in ("New", "Learn", "Due"):
            table.add_column(Text(label, justify="right"), width=5)
        table.add_column("Mastery", width=15)
        self.targets = []
        for deck in message.summaries:
            title = deck.title + exam_note(deck)
            self._add_row(table, title, deck, (deck.slug, None), title_width, bold=True)
            for section in deck.sections:
                target = (deck.slug, section.slug)
                self._add_row(table, "  " + section.title, section, target, title_width)
        table.loading = False
        if self.targets:
            table.move_cursor(row=min(row, len(self.targets) - 1))
        empty = self.query_one("#empty", Static)
        empty.update("No decks yet: add one with `quizapp import`.")
        empty.display = not self.targets
        table.focus()
        self.refresh_bindings()
        self._show_hint()

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

    def _add_row(
        self, table: DataTable[object], title: str, summary: object, target: Target, width: int,
        bold: bool = False,
    ) -> None:
        counts = summary.counts  # type: ignore[attr-defined]
        mastery: float = summary.mastery  # type: ignore[attr-defined]
        if len(title) > width:
            title = title[: width - 1] + "…"
        cells = [
            shown_line(title, style="bold" if bold else ""),
            Text(str(counts.new), style="blue", justify="right"),
            Text(str(counts.learning), style="red", justify="right"),
            Text(str(counts.due), style="green", justify="right"),
            mastery_bar(mastery),
        ]
        table.add_row(*cells, key=str(len(self.targets)))
        self.targets.append(target)

    def on_home_screen_load_failed(self, message: LoadFailed) -> None:
        table = self.query_one("#decks", DataTable)
        table.loading = False
        empty = self.query_one("#empty", Static)
        empty.update(shown(f"Could not load the decks: {message.error}"))
        empty.display = True

    # -- what the keys do ---------------------------------------------------------------------
    def selected(self) -> Target | None:
        if not self.targets:
            return None
        row = self.query_one("#decks", DataTable).cursor_row
        return self.targets[row] if 0 <= row < len(self.targets) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"review", "quiz", "browse", "custom_study", "options"}:
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

    def _open_review(self, deck: str | None, section: str | None) -> None:
        from quizapp.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(deck, section))

    def action_quiz(self) -> None:
        target = self.selected()
        if target is None:
            return
        try:
            from quizapp.tui.screens.quiz import QuizScreen
        except ImportError:
            self.notify("The quiz is not available in this build.", severity="warning")
            return
        self.app.push_screen(QuizScreen(target[0], target[1]))

    def action_custom_study(self) -> None:
        from quizapp.tui.screens.custom_study import CustomStudy, CustomStudyDialog

        target, deck = self.selected(), self.selected_deck()
        if target is None or deck is None:
            return
        slug, section = target
        title = next((s.title for s in deck.sections if s.slug == section), deck.title)
        note = (
            f"Today's {plural(deck.new_limit, 'new card')} are studied; {deck.unseen} unseen."
            if deck.limit_reached
            else ""
        )

        def chosen(choice: CustomStudy | None) -> None:
            if choice is None:
                return
            if choice.more_new:
                self._more_new(slug, section, choice.more_new)
            elif choice.practice is not None:
                from quizapp.tui.screens.review import ReviewScreen
                from quizapp.tui.study_plan import Practising

                self.app.push_screen(ReviewScreen(slug, section, Practising(choice.practice)))

        self.app.push_screen(CustomStudyDialog(slug, section, title, note), chosen)

    @work(thread=True, group="home-options")
    def action_options(self) -> None:
        from quizapp.tui.screens.deck_options import DeckOptionsDialog, OptionsChoice

        target = self.selected()
        deck = self.selected_deck()
        if target is None or deck is None:
            return
        store = self.quiz_app.store
        settings, own = store.deck_options(deck.slug)

        def chosen(choice: OptionsChoice | None) -> None:
            if choice is not None:
                self._save_options(deck.slug, choice.settings)

        self.app.call_from_thread(
            self.app.push_screen, DeckOptionsDialog(deck.title, settings, own), chosen
        )

    @work(thread=True, group="home-options")
    def _save_options(self, deck: str, settings: object) -> None:
        try:
            self.quiz_app.store.save_deck_options(deck, settings)  # type: ignore[arg-type]
        except StorageError as error:
            self.app.call_from_thread(self.notify, f"Could not save: {error}", severity="error")
            return
        self.app.call_from_thread(self.notify, "Deck options saved", timeout=2)
        self.app.call_from_thread(self.load)

    @work(thread=True, group="home-custom")
    def _more_new(self, deck: str, section: str | None, count: int) -> None:
        try:
            self.quiz_app.store.add_new_today(deck, count)
        except StorageError as error:
            self.app.call_from_thread(self.notify, f"Could not save: {error}", severity="error")
            return
        self.app.call_from_thread(self._open_review, deck, section)

    def action_stats(self) -> None:
        try:
            from quizapp.tui.screens.stats import StatsScreen
        except ImportError:
            self.notify("Statistics are not available in this build.", severity="warning")
            return
        self.app.push_screen(StatsScreen())

    def action_browse(self) -> None:
        target = self.selected()
        try:
            from quizapp.tui.screens.browse import BrowseScreen
        except ImportError:
            self.notify("Browsing is not available in this build.", severity="warning")
            return
        self.app.push_screen(BrowseScreen(target[0] if target else None))

    def action_optimize(self) -> None:
        from quizapp.tui.screens.optimize import OptimizeDialog

        def saved(changed: bool | None) -> None:
            if changed:
                self.load()  # a reschedule changes the due counts

        self.app.push_screen(OptimizeDialog(), saved)

    def action_undo_parameters(self) -> None:
        store = self.quiz_app.store
        try:
            undone = store.undo_parameters()
            back = "your earlier fit" if store.fsrs_parameters() else "the FSRS defaults"
        except StorageError as error:
            self.notify(str(error), severity="error")
            return
        if undone:
            self.notify(f"Parameters restored: {back}, from the next review.")
        else:
            self.notify("This profile uses the FSRS defaults: nothing to undo.")

    def palette_commands(self) -> Iterator[SystemCommand]:
        for action, title, help_text in PALETTE:
            if self.check_action(action, ()):
                yield SystemCommand(title, help_text, getattr(self, f"action_{action}"))


HOME_HINT = "enter review the selected deck or section · ? every key · ctrl+p commands"


PALETTE = [
    ("review", "Review selected", "Study the selected deck or section"),
    ("review_all", "Review all decks", "Study what is due in every deck"),
    ("quiz", "Quiz", "A scored test on the selected deck or section"),
    ("stats", "Stats", "Reviews, retention, streak and forecast"),
    ("browse", "Browse", "Search and list the cards"),
    ("optimize", "Optimize FSRS parameters", "Fit the scheduler to your own review history"),
    ("undo_parameters", "Undo the last parameter fit", "Back to the parameters before it"),
    ("options", "Deck options", "Desired retention, new cards per day, learning steps"),
    ("custom_study", "Custom study", "More new cards today, review ahead, cram a set of cards"),
]
