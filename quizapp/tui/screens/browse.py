"""Browse the cards: search every deck as you type (Anki's syntax), sort, open a card,
suspend or unsuspend it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Static

from quizapp.plural import plural
from quizapp.search import SearchError
from quizapp.storage.report_views import BrowseRow
from quizapp.storage.views import StudyItem
from quizapp.tui.card_editing import CardEditing
from quizapp.tui.card_render import prompt_cell
from quizapp.tui.safe_text import shown_line
from quizapp.tui.screens.browse_edit import BrowseEdit
from quizapp.tui.screens.card_detail import CardDetailScreen
from quizapp.tui.widgets.ordered_input import OrderedInput

if TYPE_CHECKING:
    from quizapp.storage.card_edit import CardEdit

__all__ = ["BrowseScreen", "row_cells"]

SEARCH_DELAY = 0.12  # seconds of quiet after a key before the search runs
SORTS = ("deck", "text", "type", "section", "state", "due")
HEADER_SORTS = {"text": "text", "type": "type", "section": "section", "state": "state"}
LIMIT = 500  # the table shows the first matches; narrowing the filter finds the rest
SECTION_WIDTH = 16
# Type (9), state (10) and flag (1) columns, five cells' padding, the margins and a scrollbar.
FIXED_COLUMNS = 9 + 10 + 1 + 10 + 4


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def row_cells(row: BrowseRow, text_width: int, section_width: int = SECTION_WIDTH) -> list[Text]:
    if row.expired:  # the deck's valid_until has passed: suspended whatever the student does
        state = Text("expired", style="bold red")
    elif row.suspended:
        state = Text("suspended", style="bold")
    elif row.buried:
        state = Text("buried", style="italic")
    else:
        state = Text(row.phase)
    return [
        prompt_cell(row.text, row.context, text_width),
        Text(row.type),
        shown_line(clip(row.section_title, section_width)),
        state,
        Text("⚑" if row.flagged else ""),
    ]


class BrowseScreen(BrowseEdit, Screen[None]):
    CSS_PATH = "browse.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("exclamation_mark", "toggle_suspend", "Suspend/unsuspend", key_display="!"),
        Binding("slash", "focus_filter", "Search", key_display="/"),
        Binding("ctrl+s", "next_sort", "Sort", key_display="^s"),
        Binding("i", "info", "Info"),
        Binding("e", "edit", "Edit"),
        Binding("u", "undo_edit", "Undo edit", show=False),
        Binding("down", "focus_table", "Cards", show=False),
    ]

    class Found(Message):
        def __init__(self, query: str, rows: list[BrowseRow], error: str | None = None) -> None:
            super().__init__()
            self.query = query
            self.rows = rows
            self.error = error  # the query could not be read: say why, keep the last rows

    class Opened(Message):
        def __init__(self, item: StudyItem) -> None:
            super().__init__()
            self.item = item

    class Suspended(Message):
        def __init__(self, item_id: int, suspended: bool) -> None:
            super().__init__()
            self.item_id = item_id
            self.suspended = suspended

    def __init__(self, deck: str | None = None) -> None:
        super().__init__()
        # Every deck is searched; a deck chosen on the home screen starts as "deck:ID".
        self.start_query = f"deck:{deck} " if deck else ""
        self.rows: dict[int, BrowseRow] = {}
        self.sort = "deck"
        self.descending = False
        self._pending: Timer | None = None
        self.edits: list[CardEdit] = []  # this visit's edits, for u
        self.editing = CardEditing(self, self._edited, self._unedited)

    def compose(self) -> ComposeResult:
        yield Header()
        yield OrderedInput(
            self.start_query,
            placeholder="Search: words, deck: section: tag: type: is:due prop:r<0.8 rated:7 -not",
            select_on_focus=False,  # typing adds to "deck:ID " rather than replacing it
        )
        yield Static("", id="search-error")
        yield DataTable(id="cards", cursor_type="row", zebra_stripes=True)
        yield Static("Searching…", id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Browse"
        self.sub_title = "every deck"
        self.query_one("#search-error").display = False
        table = self.query_one(DataTable)
        for label, key in (("Card", "text"), ("Type", "type"), ("Section", "section")):
            table.add_column(label, key=key)
        table.add_column("State", key="state", width=10)
        table.add_column("⚑", key="flag", width=1)
        self._search(self.start_query, self.sort, self.descending)

    # -- database work, off the UI thread --------------------------------------------------
    @work(thread=True, exclusive=True, group="browse-search")
    def _search(self, query: str, sort: str, descending: bool) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        try:
            rows = store.browse(query, limit=LIMIT, sort=sort, descending=descending)
        except SearchError as error:
            self.post_message(self.Found(query, [], str(error)))
            return
        self.post_message(self.Found(query, rows))

    @work(thread=True, group="browse-info")
    def _info(self, item_id: int) -> None:
        from quizapp.tui.screens.card_info import CardInfoScreen

        store = self.app.store  # type: ignore[attr-defined]
        screen = CardInfoScreen(store.card_info(item_id), store.clock.tz)
        self.app.call_from_thread(self.app.push_screen, screen)

    def action_info(self) -> None:
        row = self.highlighted()
        if row is not None:
            self._info(row.item_id)

    @work(thread=True, group="browse-open")
    def _open(self, item_id: int) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        self.post_message(self.Opened(store.item(item_id)))

    @work(thread=True, group="browse-suspend")
    def _suspend(self, item_id: int, suspended: bool) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        store.set_suspended(item_id, suspended)
        self.post_message(self.Suspended(item_id, suspended))

    # -- showing results ---------------------------------------------------------------------
    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        # One search once typing pauses, not one per key: rebuilding the table for every key
        # of a held backspace kept the app busy while keys arrived.
        if self._pending is not None:
            self._pending.stop()
        self._pending = self.set_timer(SEARCH_DELAY, self._search_now)

    def _search_now(self) -> None:
        self._pending = None
        self._search(self.query_one(Input).value, self.sort, self.descending)

    @on(Found)
    def _fill(self, message: Found) -> None:
        if message.query != self.query_one(Input).value:
            return  # an older search finishing late: a newer one is on its way
        error = self.query_one("#search-error", Static)
        error.display = message.error is not None
        if message.error is not None:
            error.update(Text(message.error, style="bold red"))
            return
        table = self.query_one(DataTable)
        table.clear()
        section = min(SECTION_WIDTH, max((len(r.section_title) for r in message.rows), default=0))
        width = max(20, self.size.width - FIXED_COLUMNS - section)
        self.rows = {row.item_id: row for row in message.rows}
        for row in message.rows:
            table.add_row(*row_cells(row, width, section), key=str(row.item_id))
        shown = len(message.rows)
        more = f" (the first {LIMIT}: narrow the filter)" if shown == LIMIT else ""
        order = f"by {self.sort}{' ↓' if self.descending else ''}"
        self.query_one("#status", Static).update(
            f"{plural(shown, 'card')}{more} {order} · enter open · e edit · ! suspend · ^s sort"
            " · / search"
        )
        self.refresh_bindings()

    @on(Suspended)
    def _update_row(self, message: Suspended) -> None:
        row = self.rows.get(message.item_id)
        if row is None:
            return
        row = self.rows[message.item_id] = replace(row, suspended=message.suspended)
        table = self.query_one(DataTable)
        table.update_cell(str(row.item_id), "state", row_cells(row, 1)[3])
        verb = "Suspended" if row.suspended else "Unsuspended"
        self.notify(f"{verb}: {row.text[:60]}", timeout=3)

    @on(Opened)
    def _show_card(self, message: Opened) -> None:
        self.app.push_screen(CardDetailScreen(message.item))

    # -- actions -------------------------------------------------------------------------------
    def highlighted(self) -> BrowseRow | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(int(key)) if key is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_suspend":
            return self.highlighted() is not None
        if action in {"info", "edit"}:  # in the search box "i" and "e" are letters
            return self.highlighted() is not None and not isinstance(self.focused, Input)
        if action == "undo_edit":
            return bool(self.edits) and not isinstance(self.focused, Input)
        if action == "focus_table":
            return isinstance(self.focused, Input)
        return True

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self._open(int(event.row_key.value))

    @on(DataTable.RowHighlighted)
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(Input.Submitted)
    def action_focus_table(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.HeaderSelected)
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        key = HEADER_SORTS.get(str(event.column_key.value))
        if key is not None:
            self._sorted(key, not self.descending if key == self.sort else False)

    def action_next_sort(self) -> None:
        order = list(SORTS)
        self._sorted(order[(order.index(self.sort) + 1) % len(order)], False)

    def _sorted(self, sort: str, descending: bool) -> None:
        self.sort, self.descending = sort, descending
        self._search(self.query_one(Input).value, sort, descending)

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def action_toggle_suspend(self) -> None:
        row = self.highlighted()
        if row is not None:
            self._suspend(row.item_id, not row.suspended)

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Filter cards", "Type words to narrow the list", self.action_focus_filter
        )
        if self.highlighted() is not None:
            yield SystemCommand(
                "Suspend or unsuspend card", "The highlighted card", self.action_toggle_suspend
            )
        yield SystemCommand("Back", "Leave the browser", self.action_back)
