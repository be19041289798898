"""Curating a generated deck: one card at a time beside its source paragraph.

Open it on a deck or an article (``CurateScreen(path)``), optionally at one card
(``start_at=card_id``, as the item report does). Every decision is written to the decisions
file beside the deck at once; ``w`` writes the deck of the accepted cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, ProgressBar, Static

from quizapp.curation.drafts import CurationError, Drafts, load_drafts
from quizapp.curation.session import Curation
from quizapp.deck.model import AnyCard
from quizapp.plural import plural
from quizapp.tui.safe_text import shown, shown_line
from quizapp.tui.widgets.draft_view import card_text, source_text, status_text
from quizapp.userfiles import UserFileError

__all__ = ["CurateScreen", "CurationOutcome"]


@dataclass(frozen=True)
class CurationOutcome:
    """What the screen leaves behind: for the CLI's last line."""

    deck_path: Path | None
    decided: int = 0
    total: int = 0
    written: int | None = None  # cards in the deck written last, None when it was not written
    unsaved: bool = False


class CurateScreen(Screen[CurationOutcome]):
    CSS_PATH = "curate.tcss"
    BINDINGS = [
        Binding("a", "accept", "Accept"),
        Binding("e", "edit", "Edit"),
        Binding("d", "drop", "Drop"),
        Binding("s", "swap", "Swap"),
        Binding("left,p", "back", "Back", key_display="←"),
        Binding("right,n", "skip", "Skip", key_display="→"),
        Binding("w,ctrl+s", "save", "Write deck", key_display="w"),
        Binding("escape", "leave", "Close"),
    ]

    class Loaded(Message):
        def __init__(self, drafts: Drafts | None, error: str | None = None) -> None:
            super().__init__()
            self.drafts = drafts
            self.error = error

    def __init__(
        self,
        target: Path | None = None,
        *,
        start_at: str | None = None,
        out: Path | None = None,
        drafts: Drafts | None = None,
        force: bool = False,
    ) -> None:
        """``target``: a deck or an article; or ``drafts`` already loaded (the CLI loads them
        first, to refuse a bad file before the screen opens). ``start_at``: a card id."""
        super().__init__()
        self.target, self.out, self.start_at, self.force = target, out, start_at, force
        self.curation: Curation | None = Curation(drafts, start_at) if drafts else None
        self.written: int | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="curate-progress"):
            yield Label("", id="counts")
            yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="decided")
        yield Static("", id="status")
        with Horizontal(id="panes"):
            with VerticalScroll(id="card-pane"):
                yield Static("Generating the cards…", id="card")
            with VerticalScroll(id="source-pane"):
                yield Static("", id="paragraph")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#card-pane").border_title = "Card"
        self.query_one("#source-pane").border_title = "Source"
        if self.curation is not None:
            self._opened()
        else:
            self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        assert self.target is not None
        try:
            self.post_message(self.Loaded(load_drafts(self.target, self.out)))
        except CurationError as error:
            self.post_message(self.Loaded(None, str(error)))

    def on_curate_screen_loaded(self, message: Loaded) -> None:
        if message.drafts is None:
            self.query_one("#card", Static).update(shown(message.error or ""))
            return
        self.curation = Curation(message.drafts, self.start_at)
        self._opened()

    def _opened(self) -> None:
        assert self.curation is not None
        drafts = self.curation.drafts
        self.title = f"Curate: {drafts.title}"
        self.sub_title = drafts.deck_path.name
        for note in drafts.notes:
            self.notify(note, timeout=6)
        self.show()

    # -- showing ------------------------------------------------------------------------------
    def show(self) -> None:
        curation = self.curation
        if curation is None:
            return
        decided, total = curation.decided, curation.total
        counts = f"{decided}/{total} decided"
        changes = len(curation.drafts.changes)
        if changes:
            counts += f" · {plural(changes, 'source')} changed"
        self.query_one("#counts", Label).update(counts)
        self.query_one("#decided", ProgressBar).update(total=max(total, 1), progress=decided)
        draft = curation.current
        card_widget = self.query_one("#card", Static)
        paragraph = self.query_one("#paragraph", Static)
        if draft is None:
            self.query_one("#status", Static).update(Text("Every card asked about is seen."))
            left = total - decided
            end = Text(
                f"{plural(decided, 'card')} decided, {left} left.\n\n"
                "w writes the deck of the accepted cards · ← goes back · esc closes",
            )
            card_widget.update(end)
            paragraph.update("")
            self.refresh_bindings()
            return
        at, of = curation.position
        card = curation.card(draft)
        assert card is not None
        status = Text.assemble(
            shown_line(f"{draft.section_title} · card {at} of {of} · "),
            status_text(draft, curation.verdict(draft)),
        )
        index = curation.candidate_index(draft)
        if len(draft.candidates) > 1 and index is not None:
            status.append(f" · candidate {index + 1} of {len(draft.candidates)}", style="dim")
        self.query_one("#status", Static).update(status)
        card_widget.update(card_text(card))
        paragraph.update(source_text(draft, curation.drafts.article_text))
        self.query_one("#card-pane", VerticalScroll).scroll_home(animate=False)
        self.query_one("#source-pane", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        curation = self.curation
        if action in {"accept", "edit", "drop", "skip"}:
            return curation is not None and curation.current is not None
        if action == "swap":
            draft = curation.current if curation else None
            return draft is not None and len(draft.candidates) > 1
        if action == "back":
            return curation is not None and curation.at > 0
        if action == "save":
            return curation is not None
        return True

    # -- deciding -----------------------------------------------------------------------------
    def _decided(self) -> None:
        """After each decision: into the decisions file at once, then the next card."""
        assert self.curation is not None
        try:
            self.curation.save_decisions()
        except UserFileError as error:
            self.notify(f"Could not keep the decision: {error}", severity="error")
        self.show()

    def action_accept(self) -> None:
        if self.curation is not None and self.curation.current is not None:
            self.curation.accept()
            self._decided()

    def action_drop(self) -> None:
        if self.curation is not None and self.curation.current is not None:
            self.curation.drop()
            self._decided()

    def action_edit(self) -> None:
        """The card's fields in the card editor; saving there decides the card as edited."""
        from quizapp.tui.widgets.card_editor import CardEditor

        curation = self.curation
        card = curation.card() if curation is not None else None
        if curation is None or card is None:
            return
        slot = curation.current.slot if curation.current else None

        def edited(new: AnyCard | None) -> None:
            current = curation.current
            if new is not None and current is not None and current.slot == slot:
                curation.edit(new)
                self._decided()

        note = "ctrl+s keeps the edited card in the deck"
        self.app.push_screen(CardEditor(card, title="Edit draft", note=note), edited)

    def action_swap(self) -> None:
        if self.curation is not None and self.curation.swap():
            self.show()

    def action_back(self) -> None:
        if self.curation is not None:
            self.curation.back()
            self.show()

    def action_skip(self) -> None:
        if self.curation is not None:
            self.curation.skip()
            self.show()

    def action_save(self) -> None:
        if self.curation is None:
            return
        path = self.curation.drafts.deck_path
        try:
            self.written = self.curation.save_deck(force=self.force)
        except ValueError as error:
            self.notify(str(error).capitalize(), severity="warning")
            return
        except UserFileError as error:
            self.notify(f"{path}: {error}", severity="error")
            return
        self.notify(f"{path}: {plural(self.written, 'card')} written", timeout=4)

    def action_leave(self) -> None:
        curation = self.curation
        if curation is None:
            self.dismiss(CurationOutcome(None))
            return
        self.dismiss(
            CurationOutcome(
                curation.drafts.deck_path,
                curation.decided,
                curation.total,
                self.written,
                curation.unsaved,
            )
        )
