"""Browse the cards: filter as you type, open a card, suspend or unsuspend it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from quizapp.deck.cloze import CLOZE_RE
from quizapp.storage.views import BrowseRow, StudyItem
from quizapp.tui.safe_text import shown_line
from quizapp.tui.screens.card_detail import CardDetailScreen

__all__ = ["BrowseScreen", "row_cells"]

LIMIT = 500  # the table shows the first matches; narrowing the filter finds the rest
SECTION_WIDTH = 16
# Type (9), state (10) and flag (1) columns, five cells' padding, the margins and a scrollbar.
FIXED_COLUMNS = 9 + 10 + 1 + 10 + 4


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def row_cells(row: BrowseRow, text_width: int, section_width: int = SECTION_WIDTH) -> list[Text]:
    # Cloze gaps read as [answer]: the raw {{c1::...}} markup would eat the narrow column.
    text = " ".join(CLOZE_RE.sub(lambda m: f"[{m.group(2)}]", row.text).split())
    if row.expired:  # the deck's valid_until has passed: suspended whatever the student does
        state = Text("expired", style="bold red")
    elif row.suspended:
        state = Text("suspended", style="bold")
    elif row.buried:
        state = Text("buried", style="italic")
    else:
        state = Text(row.phase)
    return [
        shown_line(clip(text, text_width)),
        Text(row.type),
        shown_line(clip(row.section_title, section_width)),
        state,
        Text("⚑" if row.flagged else ""),
    ]


class BrowseScreen(Screen[None]):
    CSS_PATH = "browse.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("exclamation_mark", "toggle_suspend", "Suspend/unsuspend", key_display="!"),
        Binding("slash", "focus_filter", "Filter", key_display="/"),
        Binding("down", "focus_table", "Cards", show=False),
    ]

    class Found(Message):
        def __init__(self, query: str, rows: list[BrowseRow]) -> None:
            super().__init__()
            self.query = query
            self.rows = rows

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
        self.deck = deck
        self.rows: dict[int, BrowseRow] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter: words of the card, a section, or a type (cloze, choice…)")
        yield DataTable(id="cards", cursor_type="row", zebra_stripes=True)
        yield Static("Searching…", id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Browse"
        self.sub_title = self.deck or "all decks"
        table = self.query_one(DataTable)
        for label, key in (("Card", "text"), ("Type", "type"), ("Section", "section")):
            table.add_column(label, key=key)
        table.add_column("State", key="state", width=10)
        table.add_column("⚑", key="flag", width=1)
        self._search("")

    # -- database work, off the UI thread --------------------------------------------------
    @work(thread=True, exclusive=True, group="browse-search")
    def _search(self, query: str) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        self.post_message(self.Found(query, store.browse(query, self.deck, limit=LIMIT)))

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
        self._search(event.value)

    @on(Found)
    def _fill(self, message: Found) -> None:
        if message.query != self.query_one(Input).value:
            return  # an older search finishing late: a newer one is on its way
        table = self.query_one(DataTable)
        table.clear()
        section = min(SECTION_WIDTH, max((len(r.section_title) for r in message.rows), default=0))
        width = max(20, self.size.width - FIXED_COLUMNS - section)
        self.rows = {row.item_id: row for row in message.rows}
        for row in message.rows:
            table.add_row(*row_cells(row, width, section), key=str(row.item_id))
        shown = len(message.rows)
        more = f" (the first {LIMIT}: narrow the filter)" if shown == LIMIT else ""
        self.query_one("#status", Static).update(
            f"{shown} cards{more}   enter open · ! suspend/unsuspend · / filter"
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
