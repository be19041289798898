"""The storage facade: one object per database, one short session per unit of work.

Every method is safe to call from a worker thread; none touches the UI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from quizapp.deck import Deck
from quizapp.deck.model import Settings
from quizapp.scheduling import (
    Clock,
    Rating,
    SystemClock,
    day_number,
    next_day_start,
    study_day,
)
from quizapp.scheduling import answer as schedule_answer
from quizapp.scheduling import preview as schedule_preview
from quizapp.scheduling.optimize import Fit, fit_parameters
from quizapp.storage import lookup, parameters, quizzes
from quizapp.storage.browse import browse_rows
from quizapp.storage.codec import (
    apply_state,
    card_from_json,
    from_db,
    restore,
    settings_from_json,
    snapshot,
    state_of,
    to_db,
)
from quizapp.storage.engine import (
    StorageError,
    check_integrity,
    open_engine,
    resolve_db_path,
    storage_errors,
)
from quizapp.storage.importer import import_deck
from quizapp.storage.lookup import with_item_context
from quizapp.storage.progress import progress_rows
from quizapp.storage.queue import Window, due_item_ids, introduced_today, new_item_ids, summaries
from quizapp.storage.stats import compute_stats
from quizapp.storage.tables import (
    CardStateRow,
    DeckRow,
    ItemRow,
    Profile,
    ReviewLogRow,
    SectionRow,
)
from quizapp.storage.views import (
    BrowseRow,
    DeckSummary,
    ImportReport,
    ProgressRow,
    QuizRecord,
    ReviewOutcome,
    Stats,
    StudyItem,
)

LEARN_AHEAD = timedelta(minutes=20)  # as Anki: when nothing else is left, show soon-due learning
PHASE_NAMES = {0: "new", 1: "learning", 2: "review", 3: "relearning"}


class Store:
    def __init__(
        self, engine: Engine, path: Path, clock: Clock | None = None, profile: str = "default"
    ) -> None:
        self.engine = engine
        self.path = path
        self.clock = clock or SystemClock()
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._settings: dict[int, Settings] = {}
        self.fuzz = True
        self._params: tuple[tuple[float, ...] | None] | None = None  # loaded on first use
        self.suspect = False
        with self.write() as session:
            self.profile_id = self._profile(session, profile)
        self.profile_name = profile

    # -- sessions ----------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._noting_errors(), Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed whole or not at all, the write lock taken up front.

        After a storage error the file is checked first, so a damaged one is not written to.
        """
        if self.suspect:
            self.verify()
        with self._noting_errors(), Session(self._writer) as session, session.begin():
            yield session

    @contextmanager
    def _noting_errors(self) -> Iterator[None]:
        try:
            with storage_errors(self.path):
                yield
        except StorageError as exc:
            # A lock times out and passes; anything else may be damage: check before writing.
            self.suspect = "locked" not in str(exc)
            raise

    def verify(self) -> None:
        """A quick integrity check of the whole file; StorageError when it is damaged."""
        check_integrity(self.engine, self.path)
        self.suspect = False

    def _profile(self, session: Session, name: str) -> int:
        row = session.exec(select(Profile).where(Profile.name == name)).first()
        if row is None:
            row = Profile(name=name, created_at=to_db(self.clock.now()))
            session.add(row)
            session.flush()
        assert row.id is not None
        return row.id

    def window(self) -> Window:
        now = self.clock.now()
        tz = self.clock.tz
        return Window(
            profile_id=self.profile_id,
            now=now,
            day_end=next_day_start(now, tz),
            today=day_number(study_day(now, tz)),
        )

    # -- decks -------------------------------------------------------------------------------
    def import_deck(
        self, deck: Deck, deck_path: Path | None = None, source_path: Path | None = None
    ) -> ImportReport:
        with self.write() as session:
            report = import_deck(session, deck, self.clock.now(), deck_path, source_path)
        self._settings.clear()
        return report

    def import_many(self, decks: list[tuple[Deck, Path | None, Path | None]]) -> list[ImportReport]:
        """Import several decks in one transaction: all of them or none."""
        with self.write() as session:
            reports = [import_deck(session, d, self.clock.now(), p, s) for d, p, s in decks]
        self._settings.clear()
        return reports

    def deck_summaries(self) -> list[DeckSummary]:
        with self.read() as session:
            return summaries(session, self.window())

    def settings_for(self, session: Session, deck_id: int) -> Settings:
        if deck_id not in self._settings:
            text = session.exec(select(DeckRow.settings_json).where(DeckRow.id == deck_id)).one()
            self._settings[deck_id] = settings_from_json(text)
        return self._settings[deck_id]

    # -- the study queue ---------------------------------------------------------------------
    def next_items(
        self, deck: str | None = None, section: str | None = None, limit: int = 50
    ) -> list[StudyItem]:
        """Due items first (by due time, then section order), then today's new items."""
        window = self.window()
        with self.read() as session:
            deck_id = lookup.deck_id(session, deck) if deck else None
            section_id = (
                lookup.section_id(session, deck_id, section) if deck_id and section else None
            )
            ids = due_item_ids(session, window, deck_id, section_id, limit)
            if len(ids) < limit:
                introduced = introduced_today(session, window)
                deck_ids = (
                    [deck_id]
                    if deck_id
                    else list(session.exec(select(DeckRow.id).order_by(DeckRow.title)).all())
                )
                for did in deck_ids:
                    allowance = self.settings_for(session, did).new_per_day - introduced.get(did, 0)
                    ids += new_item_ids(
                        session, window, did, section_id, min(allowance, limit - len(ids))
                    )
            if not ids:
                ids = due_item_ids(
                    session, window, deck_id, section_id, limit, window.now + LEARN_AHEAD
                )
            return self._study_items(session, ids)

    def _study_items(self, session: Session, ids: list[int]) -> list[StudyItem]:
        if not ids:
            return []
        rows = session.exec(
            with_item_context(
                select(ItemRow, SectionRow, DeckRow, CardStateRow), self.profile_id
            ).where(col(ItemRow.id).in_(ids))
        ).all()
        by_id = {}
        for item, section, deck, state in rows:
            assert item.id is not None
            by_id[item.id] = StudyItem(
                item_id=item.id,
                key=item.key,
                deck_slug=deck.slug,
                deck_title=deck.title,
                section_slug=section.slug,
                section_title=section.title,
                card=card_from_json(item.content_json),
                cloze_number=item.cloze_number,
                state=state_of(state),
                settings=self.settings_for(session, item.deck_id),
                suspended=bool(state and state.suspended),
                flagged=bool(state and state.flagged),
                source_path=deck.source_path,
            )
        return [by_id[i] for i in ids if i in by_id]

    def item(self, item_id: int) -> StudyItem:
        with self.read() as session:
            items = self._study_items(session, [item_id])
        if not items:
            raise KeyError(f"no item {item_id}")
        return items[0]

    # -- reviewing ---------------------------------------------------------------------------
    def _state_row(self, session: Session, item_id: int) -> CardStateRow | None:
        return session.get(CardStateRow, (self.profile_id, item_id))

    def review(self, item_id: int, rating: Rating, duration_ms: int | None = None) -> ReviewOutcome:
        """Grade an item: its new state and the log entry are committed together."""
        now = self.clock.now()
        with self.write() as session:
            row = self._state_row(session, item_id)
            before = snapshot(row)
            deck_id = session.exec(select(ItemRow.deck_id).where(ItemRow.id == item_id)).one()
            old = state_of(row)
            given = schedule_answer(
                old,
                rating,
                now,
                self.settings_for(session, deck_id),
                tz=self.clock.tz,
                card_id=item_id,
                fuzz=self.fuzz,
                params=self._fsrs_params(session),
            )
            new = given.state
            today = day_number(study_day(now, self.clock.tz))
            if row is None:
                row = CardStateRow(profile_id=self.profile_id, item_id=item_id)
            if old.phase == 0:
                row.introduced_day = today
            row.buried_until = None
            apply_state(row, new)
            session.add(row)
            log = ReviewLogRow(
                profile_id=self.profile_id,
                item_id=item_id,
                rating=int(rating),
                reviewed_at=to_db(now),
                study_day=today,
                duration_ms=duration_ms,
                state_before=before,
                state_after=snapshot(row),
                phase_before=int(old.phase),
            )
            session.add(log)
            session.flush()
            assert log.id is not None
            return ReviewOutcome(item_id, rating, new, log.id, given.interval)

    def preview(self, item: StudyItem) -> dict[Rating, timedelta]:
        """The interval each grade would give the item now: what its button should say."""
        return schedule_preview(
            item.state,
            self.clock.now(),
            item.settings,
            tz=self.clock.tz,
            card_id=item.item_id,
            fuzz=self.fuzz,
            params=self.fsrs_parameters(),
        )

    def undo_last_review(self) -> int | None:
        """Put back the state from before the profile's last review and drop its log entry."""
        with self.write() as session:
            log = session.exec(
                select(ReviewLogRow)
                .where(ReviewLogRow.profile_id == self.profile_id)
                .order_by(col(ReviewLogRow.id).desc())
                .limit(1)
            ).first()
            if log is None:
                return None
            row = self._state_row(session, log.item_id)
            if json.loads(log.state_before) is None:
                if row is not None:
                    session.delete(row)
            else:
                row = row or CardStateRow(profile_id=self.profile_id, item_id=log.item_id)
                restore(row, log.state_before)
                session.add(row)
            session.delete(log)
            return log.item_id

    def _update_state(self, item_id: int, **values: object) -> None:
        with self.write() as session:
            row = self._state_row(session, item_id) or CardStateRow(
                profile_id=self.profile_id, item_id=item_id
            )
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)

    def set_suspended(self, item_id: int, suspended: bool = True) -> None:
        self._update_state(item_id, suspended=suspended)

    def bury(self, item_id: int) -> None:
        """Hide the item until the next study day starts."""
        until = next_day_start(self.clock.now(), self.clock.tz)
        self._update_state(item_id, buried_until=to_db(until))

    def set_flagged(self, item_id: int, flagged: bool = True, note: str | None = None) -> None:
        self._update_state(item_id, flagged=flagged, flag_note=note if flagged else None)

    def next_due(self) -> datetime | None:
        """When the next scheduled item falls due (after the ones due now)."""
        with self.read() as session:
            moment = session.exec(
                select(func.min(CardStateRow.due))
                .join(ItemRow, col(ItemRow.id) == CardStateRow.item_id)
                .where(
                    CardStateRow.profile_id == self.profile_id,
                    CardStateRow.phase > 0,
                    CardStateRow.suspended == False,  # noqa: E712
                    ItemRow.retired == False,  # noqa: E712
                    CardStateRow.due > to_db(self.clock.now()),
                )
            ).one()
        return from_db(moment)

    # -- the profile's own FSRS parameters ---------------------------------------------------
    def _fsrs_params(self, session: Session) -> tuple[float, ...] | None:
        if self._params is None:
            self._params = (parameters.current(session, self.profile_id),)
        return self._params[0]

    def fsrs_parameters(self) -> tuple[float, ...] | None:
        """The parameters the scheduler uses for this profile; None for FSRS's defaults."""
        with self.read() as session:
            return self._fsrs_params(session)

    def fit_parameters(self) -> Fit:
        """Fit parameters to the profile's history (nothing is saved). Raises NotEnoughHistory."""
        with self.read() as session:
            history = parameters.review_history(session, self.profile_id)
            in_force = self._fsrs_params(session)
        return fit_parameters(history, in_force)

    def save_parameters(self, fit: Fit) -> None:
        """Use ``fit``'s parameters from the next review on; the ones before are kept."""
        with self.write() as session:
            parameters.save(session, self.profile_id, fit, self.clock.now())
        self._params = None

    def undo_parameters(self) -> bool:
        """Go back to the parameters in force before the last fit. False when there was none."""
        with self.write() as session:
            undone = parameters.undo(session, self.profile_id, self.clock.now())
        self._params = None
        return undone

    def reschedule(self) -> int:
        """Re-date the cards in review by the parameters in force. Returns how many moved."""
        with self.write() as session:
            params = self._fsrs_params(session)
            return parameters.reschedule(
                session, self.profile_id, params, self.clock.tz, self.settings_for
            )

    # -- progress ----------------------------------------------------------------------------
    def stats(self) -> Stats:
        with self.read() as session:
            return compute_stats(session, self.window(), self.clock.tz)

    def browse(self, query: str = "", deck: str | None = None, limit: int = 500) -> list[BrowseRow]:
        with self.read() as session:
            return browse_rows(session, self.profile_id, query, deck, limit)

    def progress_rows(self, deck: str | None = None) -> list[ProgressRow]:
        """Every profile's state per live item (never-studied items too), in deck order."""
        with self.read() as session:
            return progress_rows(session, self.clock.now(), deck)

    # -- quizzes -----------------------------------------------------------------------------
    def quiz_items(
        self, deck: str, section: str | None = None, count: int = 10, seed: int | None = None
    ) -> list[StudyItem]:
        """A random test drawn from items a program can score (not free-recall qa cards)."""
        with self.read() as session:
            did = lookup.deck_id(session, deck)
            sid = lookup.section_id(session, did, section) if section else None
            return self._study_items(
                session, quizzes.scorable_item_ids(session, did, sid, count, seed)
            )

    def record_quiz(
        self, deck: str, section: str | None, total: int, correct: int, missed: list[str]
    ) -> None:
        with self.write() as session:
            did = lookup.deck_id(session, deck)
            sid = lookup.section_id(session, did, section) if section else None
            now = self.clock.now()
            quizzes.record(session, self.profile_id, did, sid, now, total, correct, missed)

    def quiz_history(self, limit: int = 20) -> list[QuizRecord]:
        with self.read() as session:
            return quizzes.history(session, self.profile_id, limit)


def open_store(
    db: Path | None = None, profile: str = "default", clock: Clock | None = None
) -> Store:
    """Open (creating and migrating as needed) the database at ``db`` or the default place."""
    path = resolve_db_path(db)
    return Store(open_engine(path), path, clock=clock, profile=profile)
