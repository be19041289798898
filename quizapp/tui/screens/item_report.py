"""Which questions work (`w` on home): item analysis of one deck over every profile, the
weakest cards first, with the selected card's detail below the table (docs/report.md); `u`
opens the selected card in the curation screen."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quizapp.analysis.items import ItemStats
from quizapp.plural import plural
from quizapp.storage import StorageError
from quizapp.tui.widgets.item_detail import detail, figure_cells

__all__ = ["ItemReportScreen"]

# First try (9), D (5), seen (4), lapses (6), flags (2), six cells' padding, margins, scrollbar.
FIXED_COLUMNS = 9 + 5 + 4 + 6 + 2 + 12 + 2 + 2
LEGEND = "weakest first · first try: not Again at first · D: upper minus lower 27%"


class ItemReportScreen(Screen[None]):
    CSS_PATH = "item_report.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("u", "curate", "Curate"),
        Binding("i", "info", "Card info"),
        Binding("r", "reload", "Refresh"),
    ]

    class Loaded(Message):
        def __init__(self, rows: list[ItemStats], ids: dict[str, int]) -> None:
            super().__init__()
            self.rows = rows
            self.ids = ids

    class Failed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self, deck: str, title: str | None = None) -> None:
        super().__init__()
        self.deck = deck
        self.deck_title = title or deck
        self.rows: list[ItemStats] = []
        self.ids: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        table: DataTable[object] = DataTable(id="items", cursor_type="row", zebra_stripes=True)
        table.loading = True
        yield table
        with VerticalScroll(id="item-detail"):
            yield Static("", id="detail")
        yield Static(LEGEND, id="legend", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Which questions work"
        self.sub_title = self.deck_title
        self._load()

    def on_screen_resume(self) -> None:
        if self.rows:  # back from card info or curation: a card may have changed
            self._load()

    @work(thread=True, exclusive=True, group="item-report")
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        try:
            rows, ids = store.item_report(self.deck), store.item_ids(self.deck)
        except (StorageError, KeyError) as error:
            self.post_message(self.Failed(str(error)))
            return
        self.post_message(self.Loaded(rows, ids))

    @on(Loaded)
    def _show(self, message: Loaded) -> None:
        self.rows, self.ids = message.rows, message.ids
        table = self.query_one("#items", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        width = max(16, self.size.width - FIXED_COLUMNS)
        for label, size in (("First try", 9), ("D", 5), ("Seen", 4), ("Lapses", 6), ("⚑", 2)):
            table.add_column(Text(label, justify="right"), width=size)
        table.add_column("Card", width=width)
        for stats in self.rows:
            table.add_row(*figure_cells(stats, width), key=stats.item)
        table.loading = False
        if self.rows:
            table.move_cursor(row=min(max(row, 0), len(self.rows) - 1))
        if not self.rows:
            self._say("This deck has no cards.")
        self.sub_title = f"{self.deck_title} · {plural(len(self.rows), 'card')}"
        table.focus()
        self._show_detail()

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.query_one("#items", DataTable).loading = False
        self._say(f"Could not read the report: {message.error}")

    def _say(self, text: str) -> None:
        self.query_one("#detail", Static).update(Text(text))

    @on(DataTable.RowHighlighted, "#items")
    def _show_detail(self) -> None:
        stats = self.selected()
        if stats is not None:
            self.query_one("#detail", Static).update(detail(stats))
            self.query_one("#item-detail", VerticalScroll).scroll_home(animate=False)

    def selected(self) -> ItemStats | None:
        if not self.rows:
            return None
        row = self.query_one("#items", DataTable).cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"info", "curate"}:
            return self.selected() is not None
        return True

    @work(thread=True, group="item-report-info")
    def action_info(self) -> None:
        from quizapp.tui.screens.card_info import CardInfoScreen

        stats = self.selected()
        item_id = None if stats is None else self.ids.get(stats.item)
        if item_id is None:
            return
        store = self.app.store  # type: ignore[attr-defined]
        screen = CardInfoScreen(store.card_info(item_id), store.clock.tz)
        self.app.call_from_thread(self.app.push_screen, screen)

    def action_curate(self) -> None:
        """The selected card in the curation screen (its deck's file); the report is counted
        again once the deck was written and imported."""
        from quizapp.tui.screens.curate_open import open_curation

        stats = self.selected()
        if stats is not None:
            card_id = stats.item.split("#c")[0]  # a cloze deletion's key is its card's id + #cN
            open_curation(
                self.app, self.deck, card_id=card_id, on_written=self._load  # type: ignore[arg-type]
            )

    def action_reload(self) -> None:
        self._load()

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Curate this card", "Edit, drop or swap it in its deck", self.action_curate
        )
        yield SystemCommand("Card info", "The selected card's answers", self.action_info)
        yield SystemCommand("Refresh report", "Count again", self.action_reload)
        yield SystemCommand("Back", "Leave the report", self.action_back)
