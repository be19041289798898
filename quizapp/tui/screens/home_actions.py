"""What the home screen's keys open: quiz, custom study, deck options, stats, browse, the item
report, FSRS fit.

A mixin of ``HomeScreen``: it reaches the selected deck and the app; the dialogs' answers are
saved off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work

from quizapp.plural import plural
from quizapp.storage import DeckSummary, StorageError

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp
    from quizapp.tui.screens.home_table import Target

__all__ = ["PALETTE", "HomeActions"]


class HomeActions:
    quiz_app: QuizApp
    # The screen provides these (app, notify, run_worker come from Screen, the rest from
    # HomeScreen); declared, not defined, so the mixin never shadows them.
    app: Any
    notify: Callable[..., None]
    selected: Callable[[], Target | None]
    selected_deck: Callable[[], DeckSummary | None]
    load: Callable[[], object]
    _open_review: Callable[[str | None, str | None], None]
    place: Callable[[str | None, str | None], str]

    def action_quiz(self) -> None:
        target = self.selected()
        if target is None:
            return
        try:
            from quizapp.tui.screens.quiz import QuizScreen
        except ImportError:
            self.notify("The quiz is not available in this build.", severity="warning")
            return
        self.app.push_screen(QuizScreen(target[0], target[1], place=self.place(*target)))

    def action_custom_study(self) -> None:
        from quizapp.tui.screens.custom_study import CustomStudy, CustomStudyDialog

        target, deck = self.selected(), self.selected_deck()
        if target is None or deck is None:
            return
        slug, section = target
        title = next((s.title for s in deck.sections if s.slug == section), deck.title)
        place = self.place(slug, section)
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

                plan = Practising(choice.practice, place)
                self.app.push_screen(ReviewScreen(slug, section, plan))

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
        today = store.window().study_date

        def chosen(choice: OptionsChoice | None) -> None:
            if choice is not None:
                self._save_options(deck.slug, choice.settings)

        self.app.call_from_thread(
            self.app.push_screen, DeckOptionsDialog(deck.title, settings, own, today), chosen
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

    def action_report(self) -> None:
        """Which questions work: the selected deck's item analysis over every profile."""
        from quizapp.tui.screens.item_report import ItemReportScreen

        deck = self.selected_deck()
        if deck is not None:
            self.app.push_screen(ItemReportScreen(deck.slug, deck.title))

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
    ("report", "Which questions work", "Item analysis of the deck over every profile"),
    ("curate", "Curate", "Accept, edit, drop or swap the selected deck's cards beside its article"),
    ("delete_deck", "Delete deck", "Take the selected deck off the study list (d)"),
]
