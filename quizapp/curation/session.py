"""A curation in progress: which card is shown, what was decided, and the deck that results.

The screen drives it key by key; every decision is recorded at once in ``Drafts.decisions``
(the caller writes them to the decisions file), so leaving half way loses nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from quizapp.curation.decisions import Decision, Verdict, save_decisions
from quizapp.curation.drafts import Draft, Drafts, Status
from quizapp.deck.model import AnyCard, Deck, Section

__all__ = ["Curation", "deck_text"]


class Curation:
    """The cards to ask about (``queue``) and where the teacher is in them."""

    def __init__(self, drafts: Drafts, start_at: str | None = None) -> None:
        self.drafts = drafts
        self.decisions = drafts.decisions
        every = list(range(len(drafts.drafts)))
        asked = [i for i in every if drafts.drafts[i].status.asks]
        start = self._find(start_at) if start_at else None
        # Opened on one card (from the report): every card, from that one. Otherwise only
        # the ones to ask about; when there are none, every card again, to revise them.
        self.queue = every if start is not None or not asked else asked
        self.at = self.queue.index(start) if start is not None else 0
        self.shown: dict[str, int] = {}  # slot -> which candidate is shown
        self.decided_now: set[str] = set()
        self.unsaved = False

    def _find(self, card_id: str) -> int | None:
        for index, draft in enumerate(self.drafts.drafts):
            decision = self.decisions.get(draft.slot)
            ids = {draft.slot, *(c.id for c in draft.candidates)}
            if card_id in ids or (decision and decision.card and decision.card.id == card_id):
                return index
        return None

    # -- where we are -------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.drafts.drafts)

    @property
    def decided(self) -> int:
        return sum(1 for d in self.drafts.drafts if self.is_decided(d))

    def is_decided(self, draft: Draft) -> bool:
        return draft.slot in self.decided_now or draft.status is Status.DECIDED

    @property
    def current(self) -> Draft | None:
        return self.drafts.drafts[self.queue[self.at]] if self.at < len(self.queue) else None

    @property
    def position(self) -> tuple[int, int]:
        """1-based place in the queue, and its length."""
        return min(self.at + 1, len(self.queue)), len(self.queue)

    def card(self, draft: Draft | None = None) -> AnyCard | None:
        """The card shown for ``draft``: as decided, unless another candidate was asked for;
        else the candidate picked, under the draft's id."""
        draft = draft or self.current
        if draft is None:
            return None
        decision = self.decisions.get(draft.slot)
        kept = decision.card if decision is not None and self.is_decided(draft) else None
        if kept is not None and draft.slot not in self.shown:
            return kept
        chosen = draft.candidates[self.shown.get(draft.slot, 0) % len(draft.candidates)]
        return dataclasses.replace(chosen, id=draft.slot)

    def candidate_index(self, draft: Draft) -> int | None:
        """Which of the sentence's candidates is shown (0 the generator's own); None for an
        edited card, which is none of them."""
        card = self.card(draft)
        for index, candidate in enumerate(draft.candidates):
            if dataclasses.replace(candidate, id=draft.slot) == card:
                return index
        return None

    def verdict(self, draft: Draft | None = None) -> Verdict | None:
        draft = draft or self.current
        if draft is None or not self.is_decided(draft):
            return None
        decision = self.decisions.get(draft.slot)
        return decision.verdict if decision else None

    # -- what the keys do ---------------------------------------------------------------------
    def _decide(self, verdict: Verdict, card: AnyCard | None) -> None:
        draft = self.current
        if draft is None:
            return
        source = draft.source if draft.status is not Status.VANISHED else draft.old_source
        self.decisions.set(draft.slot, Decision(verdict, draft.section_id, source, card))
        self.decided_now.add(draft.slot)
        self.unsaved = True
        self.at += 1

    def accept(self) -> None:
        self._decide(Verdict.ACCEPTED, self.card())

    def edit(self, card: AnyCard) -> None:
        draft = self.current
        if draft is not None:
            self._decide(Verdict.EDITED, dataclasses.replace(card, id=draft.slot))

    def drop(self) -> None:
        self._decide(Verdict.DROPPED, None)

    def swap(self) -> bool:
        """Show the next candidate from the same sentence; False when there is no other."""
        draft = self.current
        if draft is None or len(draft.candidates) < 2:
            return False
        self.shown[draft.slot] = (self.shown.get(draft.slot, 0) + 1) % len(draft.candidates)
        return True

    def back(self) -> None:
        self.at = max(0, self.at - 1)

    def skip(self) -> None:
        self.at = min(len(self.queue), self.at + 1)

    # -- the result ---------------------------------------------------------------------------
    def deck(self) -> Deck:
        """Every card decided in (accepted or edited), this time or before, and every card the
        deck file already holds that was not decided on, in article order."""
        sections: dict[str, tuple[str, list[AnyCard]]] = {}
        for draft in self.drafts.drafts:
            decision = self.decisions.get(draft.slot)
            card = decision.card if decision is not None else self.drafts.in_file.get(draft.slot)
            if card is None:
                continue
            sections.setdefault(draft.section_id, (draft.section_title, []))[1].append(card)
        return Deck(
            id=self.drafts.deck_id,
            title=self.drafts.title,
            source=self.drafts.source,
            sections=tuple(
                Section(id=sid, title=title, cards=tuple(cards))
                for sid, (title, cards) in sections.items()
            ),
        )

    def save_decisions(self) -> None:
        """Write the decisions file (UserFileError when it cannot be written)."""
        save_decisions(self.drafts.deck_path, self.decisions)

    def save_deck(self, force: bool = False) -> int:
        """Write the deck (accepted cards, and the file's own cards not dropped) and the
        decisions; the number of cards written.

        ValueError when no card is accepted yet; UserFileError when a file cannot be written.
        """
        deck = self.deck()
        count = sum(len(s.cards) for s in deck.sections)
        if not count:
            raise ValueError("no card is accepted yet: nothing to write")
        from quizapp.userfiles import is_unedited_stamp, stamped, write_user_file

        text = deck_text(deck, self.drafts.deck_path)
        self.save_decisions()
        write_user_file(self.drafts.deck_path, stamped(text), force=force, ours=is_unedited_stamp)
        self.unsaved = False
        return count


def deck_text(deck: Deck, path: Path) -> str:
    """The deck's YAML, with the schema line editors read, as `quizapp generate` writes it."""
    from quizapp.deck import dumps
    from quizapp.deck.schema import schema_reference

    return dumps(deck, schema=schema_reference(path))
