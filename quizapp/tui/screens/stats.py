"""Progress at a glance: activity, streak, retention, due forecast, the workload ahead per
desired retention, mastery, time, quizzes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quizapp.plural import plural
from quizapp.storage.report_views import DeckRetention, Stats
from quizapp.storage.titles import Titles
from quizapp.terminal_text import terminal_line
from quizapp.tui.widgets.bar_chart import BarChart
from quizapp.tui.widgets.heatmap import ReviewHeatmap
from quizapp.tui.widgets.retention_table import retention_tables
from quizapp.tui.widgets.share_bars import Share, ShareBars
from quizapp.tui.widgets.workload_table import workload_table

if TYPE_CHECKING:
    from quizapp.scheduling.forecast import Workload

__all__ = ["StatsScreen", "format_duration", "mastery_shares", "quizzes_text", "summary_text"]

FORECAST_LABELS = {0: "today", 7: "+1 wk", 14: "+2 wk", 21: "+3 wk", 28: "+4 wk"}
WORKLOAD_DAYS = 30


def format_duration(span: timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def quizzes_text(stats: Stats, titles: Titles) -> Text:
    if not stats.recent_quizzes:
        return Text("No quizzes yet: press z on the home screen to take one.", style="dim")
    text = Text()
    for n, quiz in enumerate(stats.recent_quizzes):
        share = round(100 * quiz.correct / quiz.total) if quiz.total else 0
        text.append("\n" if n else "")
        text.append(f"{quiz.taken_at:%Y-%m-%d}  {quiz.correct}/{quiz.total} ({share}%)  ")
        # Titles are the deck author's text: appended as plain text, never parsed as markup.
        text.append(terminal_line(titles.place(quiz.deck_slug, quiz.section_slug)), style="dim")
    return text


def summary_text(stats: Stats) -> str:
    retention = (
        f"{round(100 * stats.retention_30d)}%" if stats.retention_30d is not None else "no data yet"
    )
    return (
        f"[b]Streak[/] {plural(stats.streak_days, 'day')}   "
        f"[b]Today[/] {plural(stats.reviews_today, 'review')}   "
        f"[b]Retention (30 days)[/] {retention}\n"
        f"[b]Study time[/] {format_duration(stats.total_time)} "
        f"over {plural(stats.total_reviews, 'review')}"
    )


def mastery_shares(stats: Stats, titles: Titles) -> list[Share]:
    """Each deck (bold, its sections summed), then its sections, as the home screen lists them."""
    shares: list[Share] = []
    deck_row, deck = -1, None
    for m in stats.mastery:
        if m.deck_slug != deck:
            deck_row, deck = len(shares), m.deck_slug
            shares.append(Share(titles.deck(m.deck_slug), 0, 0, heading=True))
        head = shares[deck_row]
        shares[deck_row] = Share(head.label, head.part + m.mastered, head.whole + m.cards, True)
        shares.append(Share("  " + m.title, m.mastered, m.cards))
    return shares


class StatsScreen(Screen[None]):
    CSS_PATH = "stats.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("r", "reload", "Refresh"),
    ]

    class Loaded(Message):
        def __init__(self, stats: Stats, titles: Titles) -> None:
            super().__init__()
            self.stats = stats
            self.titles = titles

    def __init__(self) -> None:
        super().__init__()
        self.stats: Stats | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats-body"):
            yield Static("Counting…", id="summary")
            yield Static("Reviews per day, last six months", classes="heading")
            yield ReviewHeatmap(id="heatmap")
            yield Static("Due in the next 30 days", classes="heading")
            yield BarChart(id="forecast")
            yield Static(
                "Workload ahead: answers per desired retention, next 30 days",
                classes="heading",
            )
            yield Static("Counting…", id="workload")
            yield Static(
                "Mastery per section (cards remembered for 21 days or more)", classes="heading"
            )
            yield ShareBars(id="mastery")
            yield Static(
                "Retention (answers other than Again; young cards under 21 days)",
                classes="heading",
            )
            yield Static("Counting…", id="retention")
            yield Static("Recent quizzes", classes="heading")
            yield Static("", id="quizzes")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Stats"
        self.sub_title = ""

    def on_screen_resume(self) -> None:
        # Again on every return, so figures include reviews done since the screen was opened.
        self._load()

    class RetentionLoaded(Message):
        def __init__(self, table: list[DeckRetention], titles: Titles) -> None:
            super().__init__()
            self.table = table
            self.titles = titles

    @work(thread=True, exclusive=True, group="stats-load")
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        titles = store.titles()
        self.post_message(self.Loaded(store.stats(), titles))
        # A pass over the whole review log: shown when ready, after the rest.
        self.post_message(self.RetentionLoaded(store.retention(), titles))
        # A simulation per deck and retention (`quizapp forecast`): last, as it takes longest.
        self.post_message(self.WorkloadLoaded(store.workload(days=WORKLOAD_DAYS)))

    class WorkloadLoaded(Message):
        def __init__(self, workloads: list[Workload]) -> None:
            super().__init__()
            self.workloads = workloads

    @on(WorkloadLoaded)
    def _show_workload(self, message: WorkloadLoaded) -> None:
        self.query_one("#workload", Static).update(workload_table(message.workloads))

    @on(RetentionLoaded)
    def _show_retention(self, message: RetentionLoaded) -> None:
        self.query_one("#retention", Static).update(retention_tables(message.table, message.titles))

    @on(Loaded)
    def _show(self, message: Loaded) -> None:
        stats = self.stats = message.stats
        self.query_one("#summary", Static).update(summary_text(stats))
        heatmap = self.query_one(ReviewHeatmap)
        heatmap.counts = stats.reviews_per_day
        heatmap.today = stats.today
        chart = self.query_one(BarChart)
        chart.values = list(stats.forecast)
        chart.labels = {i: t for i, t in FORECAST_LABELS.items() if i < len(stats.forecast)}
        self.query_one(ShareBars).shares = mastery_shares(stats, message.titles)
        self.query_one("#quizzes", Static).update(quizzes_text(stats, message.titles))

    def action_reload(self) -> None:
        self._load()

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Refresh stats", "Count again", self.action_reload)
        yield SystemCommand("Back", "Leave the stats", self.action_back)
