"""The storage facade: one object per database, one short transaction per unit of work.

Every method is safe to call from a worker thread; none touches the UI. The Store keeps one
sqlite3 connection, and a lock makes each unit of work run alone on it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.deck import Deck
from quizapp.deck.gc_pause import paused_gc
from quizapp.deck.model import Settings, is_expired
from quizapp.scheduling import (
    DEFAULT_PARAMETERS,
    CardState,
    Clock,
    Rating,
    SystemClock,
    day_number,
    from_day_number,
    next_day_start,
    study_day,
)
from quizapp.scheduling import answer as schedule_answer
from quizapp.scheduling import preview as schedule_preview
from quizapp.scheduling.clock import days_elapsed
from quizapp.scheduling.forecast import Workload
from quizapp.scheduling.memory import recall_probability
from quizapp.storage import (
    deck_options,
    importer,
    lookup,
    parameters,
    practice,
    profiles,
)
from quizapp.storage.codec import (
    STATE_COLUMNS,
    STATE_SELECT,
    card_from_json,
    from_db,
    is_buried,
    marks_of,
    restore,
    snapshot,
    state_of,
    state_row,
    to_db,
    with_state,
)
from quizapp.storage.db import (
    check_integrity,
    open_database,
    resolve_db_path,
    storage_errors,
    transaction,
)
from quizapp.storage.errors import StorageError
from quizapp.storage.practice import Practice, practice_item_ids
from quizapp.storage.queue import (
    LIVE,
    Window,
    due_item_ids,
    introduced_today,
    new_item_ids,
    summaries,
    unseen_count,
)
from quizapp.storage.queue_cache import QueueCache
from quizapp.storage.titles import Titles, read_titles
from quizapp.storage.views import DeckSummary, ImportReport, Marks, ReviewOutcome, StudyItem
from quizapp.storage.workload import forecast_workload

if TYPE_CHECKING:
    from quizapp.analysis.items import ItemStats
    from quizapp.scheduling.optimize import Fit
    from quizapp.storage.report_views import (
        BrowseRow,
        CardHistory,
        CardInfo,
        DeckRetention,
        HistoryReport,
        ProgressRow,
        QuizRecord,
        Stats,
    )

# The modules behind browse, stats, retention, quizzes, card info, the progress export and
# imported histories (and their values, in report_views) are imported by the methods that use
# them: a launch, which needs none of them, then does not load them.


def last_interval(state: CardState) -> int | None:
    """The interval a card had when answered, as Anki's review log keeps it: days for a card
    in review, minus the step's seconds for one in (re)learning."""
    if state.phase == 2:
        return state.scheduled_days
    if state.phase in (1, 3) and state.due is not None and state.last_review is not None:
        return -round((state.due - state.last_review).total_seconds())
    return None

LEARN_AHEAD = timedelta(minutes=20)  # as Anki: when nothing else is left, show soon-due learning

# The review's hot path: three prepared statements, one transaction.
REVIEW_READ = (
    f"SELECT i.deck_id, {STATE_SELECT} FROM item i "
    "LEFT JOIN card_state s ON s.item_id = i.id AND s.profile_id = ? WHERE i.id = ?"
)
STATE_UPSERT = (
    f"INSERT INTO card_state (profile_id, item_id, {', '.join(STATE_COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' * len(STATE_COLUMNS))}) "
    "ON CONFLICT (profile_id, item_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in STATE_COLUMNS)
)
LOG_INSERT = (
    "INSERT INTO review_log (profile_id, item_id, rating, reviewed_at, study_day, duration_ms, "
    "state_before, state_after, phase_before, last_interval, deck_id, picked) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Store:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        clock: Clock | None = None,
        profile: str = "default",
        create_profile: bool = True,
    ) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock or SystemClock()
        self._lock = threading.RLock()
        self._settings: dict[int, Settings] = {}
        self.fuzz = True
        self._params: tuple[tuple[float, ...] | None] | None = None  # loaded on first use
        self.suspect = False
        self.new_profile: tuple[str, str | None] | None = None  # (made now, a close old name)
        self._queues = QueueCache()
        self.profile_id = self._profile(profile, create_profile)
        self.profile_name = profile

    # -- units of work -----------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, for one unit of reads (no other thread uses it meanwhile)."""
        with self._lock, self._noting_errors():
            yield self.conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One unit of work: committed whole or not at all, the write lock taken up front.

        After a storage error the file is checked first, so a damaged one is not written to.
        """
        with self._lock:
            if self.suspect:
                self.verify()
            self._queues.writes += 1
            with self._noting_errors(), transaction(self.conn):
                yield self.conn

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
        with self._lock:
            check_integrity(self.conn, self.path)
        self.suspect = False

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def _profile(self, name: str, create: bool) -> int:
        """The profile's id. Only ``create`` (the study app) makes a new one, besides the
        default, which every database has; else an unknown name is UnknownProfile."""
        with self.read() as conn:
            found = profiles.find_profile(conn, name)
            if found is not None:
                return found
            if not create and name != profiles.DEFAULT_PROFILE:
                raise profiles.unknown(conn, name, str(self.path))
        problem = profiles.name_problem(name)
        if problem is not None:
            raise StorageError(f"--profile '{name}': {problem}")
        with self.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO profile (name, created_at) VALUES (?, ?)",
                (name, to_db(self.clock.now())),
            )
            if name != profiles.DEFAULT_PROFILE:
                # The study app says so, and names a close existing one: it may be a typo.
                self.new_profile = (name, profiles.close_name(conn, name))
            return conn.execute("SELECT id FROM profile WHERE name = ?", (name,)).fetchone()[0]

    # -- profiles ----------------------------------------------------------------------------
    def profiles(self) -> list[profiles.ProfileSummary]:
        with self.read() as conn:
            return profiles.list_profiles(conn)

    def rename_profile(self, old: str, new: str) -> None:
        with self.write() as conn:
            profiles.rename_profile(conn, old, new, str(self.path))
        if old == self.profile_name:
            self.profile_name = new

    def delete_profile(self, name: str) -> int:
        """Delete a profile with its progress, reviews, quizzes and fitted parameters; returns
        how many reviews it had."""
        with self.write() as conn:
            return profiles.delete_profile(conn, name, str(self.path))

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
        self,
        deck: Deck,
        deck_path: Path | None = None,
        source_path: Path | None = None,
        digest: str | None = None,
    ) -> ImportReport:
        return self.import_many([(deck, deck_path, source_path)], {deck.id: digest})[0]

    def import_many(
        self,
        decks: list[tuple[Deck, Path | None, Path | None]],
        digests: dict[str, str | None] | None = None,
        unchanged: list[str] | None = None,
    ) -> list[ImportReport]:
        """Import several decks in one transaction: all of them or none.

        ``digests`` maps a deck id to its file's hash (see ``known_file``); ``unchanged``
        names decks whose files are known to be unchanged, reported without being read.
        """
        return self.import_with_history(decks, {}, digests, unchanged)[0]

    def import_with_history(
        self,
        decks: list[tuple[Deck, Path | None, Path | None]],
        histories: Mapping[str, list[CardHistory]],
        digests: dict[str, str | None] | None = None,
        unchanged: list[str] | None = None,
    ) -> tuple[list[ImportReport], list[HistoryReport]]:
        """As import_many; in the same transaction, reviews done elsewhere (by deck id) become
        this profile's progress and log."""
        digests = digests or {}
        now = self.clock.now()
        kept: list[HistoryReport] = []
        with self.write() as conn, paused_gc():
            reports = [
                importer.import_deck(conn, d, now, p, s, digests.get(d.id)) for d, p, s in decks
            ]
            reports += [importer.unchanged_report(conn, slug) for slug in unchanged or ()]
            for deck, _, _ in decks:
                if deck.id in histories:
                    from quizapp.storage.history import Replay, import_history

                    replay = Replay(deck.settings, self.clock.tz, self._fsrs_params(conn))
                    kept.append(
                        import_history(
                            conn, lookup.deck_id(conn, deck.id), deck.id, self.profile_id,
                            histories[deck.id], replay,
                        )
                    )  # fmt: skip
        self._settings.clear()
        return reports, kept

    def unchanged_reports(self, slugs: list[str]) -> list[ImportReport]:
        with self.read() as conn:
            return [importer.unchanged_report(conn, slug) for slug in slugs]

    def known_file(self, deck_path: Path, digest: str) -> str | None:
        """The id of the deck last imported from ``deck_path`` with these exact bytes."""
        with self.read() as conn:
            return importer.known_file(conn, deck_path, digest)

    def deck_file(self, deck: str) -> Path | None:
        """The file the deck ``deck`` (its id) was last imported from; None for none."""
        with self.read() as conn:
            row = conn.execute("SELECT deck_path FROM deck WHERE slug = ?", (deck,)).fetchone()
        return Path(row[0]) if row and row[0] else None

    def deck_summaries(self) -> list[DeckSummary]:
        with self.read() as conn:
            return summaries(conn, self.window(), self.clock.tz, self._fsrs_params(conn))

    def titles(self) -> Titles:
        """Every deck's and section's title by slug, for screens that would show a slug."""
        with self.read() as conn:
            return read_titles(conn)

    def settings_for(self, conn: sqlite3.Connection, deck_id: int) -> Settings:
        """The deck's settings for this profile: its own options, else the deck file's."""
        if deck_id not in self._settings:
            self._settings[deck_id] = deck_options.deck_settings(conn, self.profile_id, deck_id)
        return self._settings[deck_id]

    # -- the study queue ---------------------------------------------------------------------
    def next_items(
        self, deck: str | None = None, section: str | None = None, limit: int = 50
    ) -> list[StudyItem]:
        """Due items first (by due time, then section order), then today's new items."""
        window = self.window()
        with self.read() as conn:
            cached = self._queues.get(conn, (deck, section, limit), window)
            if cached is not None:
                return cached
            items = self._next_items(conn, window, deck, section, limit)
            self._queues.put(conn, (deck, section, limit), window, items, LEARN_AHEAD)
            return items

    def _next_items(
        self,
        conn: sqlite3.Connection,
        window: Window,
        deck: str | None,
        section: str | None,
        limit: int,
    ) -> list[StudyItem]:
        deck_id = lookup.deck_id(conn, deck) if deck else None
        section_id = lookup.section_id(conn, deck_id, section) if deck_id and section else None
        ids = due_item_ids(conn, window, deck_id, section_id, limit)
        if len(ids) < limit:
            introduced = introduced_today(conn, window)
            extra = deck_options.extra_new(conn, self.profile_id, window.today)
            deck_ids = (
                [deck_id]
                if deck_id
                else [r[0] for r in conn.execute("SELECT id FROM deck ORDER BY title")]
            )
            for did in deck_ids:
                settings = self.settings_for(conn, did)
                # to an exam date, new cards come faster if the daily limit is too slow
                unseen = (
                    unseen_count(conn, self.profile_id, did, window.study_date)
                    if settings.exam
                    else 0
                )
                done = introduced.get(did, 0)
                allowance = deck_options.daily_new_limit(
                    settings, from_day_number(window.today), unseen, done, extra.get(did, 0)
                ) - done
                ids += new_item_ids(
                    conn, window, did, section_id, min(allowance, limit - len(ids))
                )
        if not ids:
            ids = due_item_ids(
                conn, window, deck_id, section_id, limit, window.now + LEARN_AHEAD
            )
        return self._study_items(conn, ids)

    # -- custom study --------------------------------------------------------------------------
    def add_new_today(self, deck: str, count: int) -> None:
        """Custom study: allow ``count`` more new cards of the deck today (as Anki does)."""
        window = self.window()
        with self.write() as conn:
            did = lookup.deck_id(conn, deck)
            deck_options.add_extra_new(conn, self.profile_id, did, window.today, count)

    def practice_items(self, practice: Practice, limit: int = 500) -> list[StudyItem]:
        """The cards of a cram or review-ahead session (see ``practice``)."""
        window = self.window()
        with self.read() as conn:
            did = lookup.deck_id(conn, practice.deck) if practice.deck else None
            sid = (
                lookup.section_id(conn, did, practice.section)
                if did is not None and practice.section
                else None
            )
            ids = practice_item_ids(conn, window, practice, did, sid, limit)
            return self._study_items(conn, ids)

    def practise(
        self, item_id: int, rating: Rating, kind: str, duration_ms: int | None = None
    ) -> int:
        """Log a practice answer; the card's schedule is left as it is."""
        with self.write() as conn:
            return practice.log_answer(
                conn, self.profile_id, item_id, kind, rating, self.window(), duration_ms
            )

    def undo_last_practice(self) -> int | None:
        with self.write() as conn:
            return practice.undo_last(conn, self.profile_id)

    def practice_count(self) -> int:
        with self.read() as conn:
            (count,) = conn.execute(
                "SELECT count(*) FROM practice_log WHERE profile_id = ?", (self.profile_id,)
            ).fetchone()
            return count

    # -- deck options --------------------------------------------------------------------------
    def deck_options(self, deck: str) -> tuple[Settings, bool]:
        """The settings in force for this profile, and whether they are its own (not the file's)."""
        with self.read() as conn:
            did = lookup.deck_id(conn, deck)
            own = deck_options.has_own_options(conn, self.profile_id, did)
            return deck_options.deck_settings(conn, self.profile_id, did), own

    def save_deck_options(self, deck: str, settings: Settings | None) -> None:
        """This profile's options for the deck; None goes back to the deck file's settings."""
        with self.write() as conn:
            did = lookup.deck_id(conn, deck)
            deck_options.save_options(conn, self.profile_id, did, settings)
        self._settings.clear()

    def _study_items(self, conn: sqlite3.Connection, ids: list[int]) -> list[StudyItem]:
        if not ids:
            return []
        query = lookup.ITEM_CONTEXT.format(ids=", ".join("?" * len(ids)))
        today = self.window().study_date
        by_id = {}
        now = self.clock.now()
        for row in conn.execute(query, (self.profile_id, *ids)).fetchall():
            item_id, key, deck_id, content, cloze_number, deck_slug, deck_title = row[:7]
            source_path, section_slug, section_title, until = row[7:11]
            state = state_row(row[11:])
            valid_until = date.fromisoformat(until) if until else None
            by_id[item_id] = StudyItem(
                item_id=item_id,
                key=key,
                deck_slug=deck_slug,
                deck_title=deck_title,
                section_slug=section_slug,
                section_title=section_title,
                card=card_from_json(content),
                cloze_number=cloze_number,
                state=state_of(state),
                settings=self.settings_for(conn, deck_id),
                suspended=bool(state and state["suspended"]),
                flagged=bool(state and state["flagged"]),
                source_path=source_path,
                buried=is_buried(state, now),
                valid_until=valid_until,
                expired=is_expired(valid_until, today),
            )
        return [by_id[i] for i in ids if i in by_id]

    def card_info(self, item_id: int) -> CardInfo:
        """The card with every answer it was given, its chance of recall now and its due date."""
        from quizapp.storage.card_info import review_entries
        from quizapp.storage.report_views import CardInfo

        with self.read() as conn:
            items = self._study_items(conn, [item_id])
            if not items:
                raise KeyError(f"no item {item_id}")
            params = self._fsrs_params(conn) or DEFAULT_PARAMETERS
            reviews = review_entries(conn, self.profile_id, item_id, self.clock.tz, params)
        item = items[0]
        recall = None
        if item.state.stability is not None and item.state.last_review is not None:
            elapsed = days_elapsed(self.clock.now(), item.state.last_review, self.clock.tz)
            recall = recall_probability(item.state.stability, elapsed, params)
        return CardInfo(item, reviews, recall, item.state.due)

    def item(self, item_id: int) -> StudyItem:
        with self.read() as conn:
            items = self._study_items(conn, [item_id])
        if not items:
            raise KeyError(f"no item {item_id}")
        return items[0]

    # -- reviewing ---------------------------------------------------------------------------
    def _state_row(self, conn: sqlite3.Connection, item_id: int) -> dict | None:
        values = conn.execute(
            f"SELECT {STATE_SELECT} FROM card_state s WHERE s.profile_id = ? AND s.item_id = ?",
            (self.profile_id, item_id),
        ).fetchone()
        return state_row(values)

    def _put_state(self, conn: sqlite3.Connection, item_id: int, row: dict) -> None:
        conn.execute(
            STATE_UPSERT, (self.profile_id, item_id, *(row[name] for name in STATE_COLUMNS))
        )

    def review(
        self,
        item_id: int,
        rating: Rating,
        duration_ms: int | None = None,
        picked: tuple[str, ...] | None = None,
    ) -> ReviewOutcome:
        """Grade an item: its new state and the log entry are committed together.

        ``picked``: the options chosen on a choice card, kept for item analysis."""
        now = self.clock.now()
        with self.write() as conn:
            found = conn.execute(REVIEW_READ, (self.profile_id, item_id)).fetchone()
            if found is None:
                raise KeyError(f"no item {item_id}")
            row = state_row(found[1:])
            old = state_of(row)
            given = schedule_answer(
                old,
                rating,
                now,
                self.settings_for(conn, found[0]),
                tz=self.clock.tz,
                card_id=item_id,
                fuzz=self.fuzz,
                params=self._fsrs_params(conn),
            )
            new = given.state
            after = with_state(row, new)
            if old.phase == 0:
                after["introduced_day"] = day_number(study_day(now, self.clock.tz))
            after["buried_until"] = None
            self._put_state(conn, item_id, after)
            cursor = conn.execute(
                LOG_INSERT,
                (
                    self.profile_id,
                    item_id,
                    int(rating),
                    to_db(now),
                    day_number(study_day(now, self.clock.tz)),
                    duration_ms,
                    snapshot(row),
                    snapshot(after),
                    int(old.phase),
                    last_interval(old),
                    found[0],
                    json.dumps(list(picked), ensure_ascii=False) if picked else None,
                ),
            )
            log_id = cursor.lastrowid
            assert log_id is not None
        return ReviewOutcome(item_id, rating, new, log_id, given.interval)

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
        with self.write() as conn:
            last = conn.execute(
                "SELECT id, item_id, state_before FROM review_log WHERE profile_id = ? "
                "ORDER BY id DESC LIMIT 1",
                (self.profile_id,),
            ).fetchone()
            if last is None:
                return None
            log_id, item_id, before = last
            row = restore(before)
            if row is None:
                conn.execute(
                    "DELETE FROM card_state WHERE profile_id = ? AND item_id = ?",
                    (self.profile_id, item_id),
                )
            else:
                self._put_state(conn, item_id, row)
            conn.execute("DELETE FROM review_log WHERE id = ?", (log_id,))
            return item_id

    def _update_state(self, item_id: int, **values: object) -> Marks:
        """Set some of an item's marks; the marks it had before (for undo)."""
        with self.write() as conn:
            row = self._state_row(conn, item_id) or with_state(None, state_of(None))
            before = marks_of(row)
            row.update(values)
            self._put_state(conn, item_id, row)
            return before

    def marks(self, item_id: int) -> Marks:
        with self.read() as conn:
            return marks_of(self._state_row(conn, item_id))

    def set_marks(self, item_id: int, marks: Marks) -> Marks:
        """Put back marks saved before (undo of suspend, bury or flag)."""
        return self._update_state(
            item_id,
            suspended=int(marks.suspended),
            buried_until=to_db(marks.buried_until),
            flagged=int(marks.flagged),
            flag_note=marks.flag_note,
        )

    def set_suspended(self, item_id: int, suspended: bool = True) -> Marks:
        return self._update_state(item_id, suspended=int(suspended))

    def bury(self, item_id: int) -> Marks:
        """Hide the item until the next study day starts."""
        until = next_day_start(self.clock.now(), self.clock.tz)
        return self._update_state(item_id, buried_until=to_db(until))

    def set_flagged(self, item_id: int, flagged: bool = True, note: str | None = None) -> Marks:
        return self._update_state(
            item_id, flagged=int(flagged), flag_note=note if flagged else None
        )

    def next_due(self) -> datetime | None:
        """When the next scheduled item falls due (after the ones due now)."""
        with self.read() as conn:
            (moment,) = conn.execute(
                "SELECT min(s.due) FROM card_state s JOIN item i ON i.id = s.item_id "
                f"WHERE s.profile_id = :profile AND s.phase > 0 AND s.suspended = 0 AND {LIVE} "
                "AND s.due > :now",
                self.window().params(),
            ).fetchone()
        return from_db(moment)

    # -- the profile's own FSRS parameters ---------------------------------------------------
    def _fsrs_params(self, conn: sqlite3.Connection) -> tuple[float, ...] | None:
        if self._params is None:
            self._params = (parameters.current(conn, self.profile_id),)
        return self._params[0]

    def fsrs_parameters(self) -> tuple[float, ...] | None:
        """The parameters the scheduler uses for this profile; None for FSRS's defaults."""
        if self._params is not None:  # the UI asks on every card: no lock once loaded
            return self._params[0]
        with self.read() as conn:
            return self._fsrs_params(conn)

    def fit_parameters(self) -> Fit:
        """Fit parameters to the profile's history (nothing is saved). Raises NotEnoughHistory."""
        from quizapp.scheduling.optimize import fit_parameters  # the optimizer loads on demand

        with self.read() as conn:
            history = parameters.review_history(conn, self.profile_id)
            in_force = self._fsrs_params(conn)
        return fit_parameters(history, in_force)

    def save_parameters(self, fit: Fit) -> None:
        """Use ``fit``'s parameters from the next review on; the ones before are kept."""
        with self.write() as conn:
            parameters.save(conn, self.profile_id, fit, self.clock.now())
        self._params = None

    def undo_parameters(self) -> bool:
        """Go back to the parameters in force before the last fit. False when there was none."""
        with self.write() as conn:
            undone = parameters.undo(conn, self.profile_id, self.clock.now())
        self._params = None
        return undone

    def reschedule(self) -> int:
        """Re-date the cards in review by the parameters in force. Returns how many moved."""
        with self.write() as conn:
            params = self._fsrs_params(conn)
            return parameters.reschedule(
                conn, self.profile_id, params, self.clock.tz, self.settings_for
            )

    def expired_count(self, deck: str | None = None, section: str | None = None) -> int:
        """Items hidden today because their fact's valid_until day has come."""
        query = (
            "SELECT count(*) FROM item WHERE retired = 0 AND valid_until IS NOT NULL "
            "AND valid_until <= ?"
        )
        params: list[object] = [self.window().study_date.isoformat()]
        with self.read() as conn:
            if deck:
                did = lookup.deck_id(conn, deck)
                query += " AND deck_id = ?"
                params.append(did)
                if section:
                    query += " AND section_id = ?"
                    params.append(lookup.section_id(conn, did, section))
            return conn.execute(query, params).fetchone()[0]

    def item_report(self, deck: str) -> list[ItemStats]:
        """Item analysis of a deck over every profile, the weakest items first."""
        from quizapp.storage.item_report import item_report

        with self.read() as conn:
            return item_report(conn, deck)

    def item_ids(self, deck: str) -> dict[str, int]:
        """The deck's live items by key (as the item report names them): their ids."""
        from quizapp.storage.item_report import item_ids

        with self.read() as conn:
            return item_ids(conn, deck)

    # -- progress ----------------------------------------------------------------------------
    def stats(self) -> Stats:
        from quizapp.storage.stats import compute_stats

        with self.read() as conn:
            return compute_stats(conn, self.window(), self.clock.tz)

    def workload(self, deck: str | None = None, days: int = 30) -> list[Workload]:
        """Reviews and minutes per day ahead: at the decks' own desired retention, then at each
        of 0.80, 0.85, 0.90 and 0.95."""
        with self.read() as conn:
            if deck is not None:
                deck_ids = [lookup.deck_id(conn, deck)]
            else:
                deck_ids = [r[0] for r in conn.execute("SELECT id FROM deck ORDER BY title")]
            return forecast_workload(
                conn,
                self.profile_id,
                deck_ids,
                self.settings_for,
                from_day_number(self.window().today),
                self.clock.tz,
                days,
                self._fsrs_params(conn),
            )

    def retention(self) -> list[DeckRetention]:
        """Retention as Anki counts it: overall first, then per deck (a pass over the log)."""
        from quizapp.storage.retention import true_retention
        from quizapp.storage.stats import deck_slugs

        with self.read() as conn:
            return true_retention(conn, self.profile_id, self.window().today, deck_slugs(conn))

    def browse(
        self,
        query: str = "",
        deck: str | None = None,
        limit: int = 500,
        sort: str = "deck",
        descending: bool = False,
    ) -> list[BrowseRow]:
        """Cards matching a search in Anki's syntax (see ``quizapp.search``), across every deck
        unless ``deck`` is given; raises ``SearchError`` for a query that cannot be read."""
        # The search's SQL and its parser load with the first search, not at launch.
        from quizapp.storage.search_sql import SearchContext, register_functions

        window = self.window()
        context = SearchContext(self.profile_id, window.now, window.day_end, window.today)
        with self.read() as conn:
            register_functions(
                conn, window.now, self.clock.tz, self._fsrs_params(conn) or DEFAULT_PARAMETERS
            )
            from quizapp.storage.browse import browse_rows

            return browse_rows(
                conn, context, query, deck, limit, sort, descending, window.study_date
            )

    def progress_rows(self, deck: str | None = None) -> list[ProgressRow]:
        """Every profile's state per live item (never-studied items too), in deck order."""
        from quizapp.storage.progress import progress_rows

        with self.read() as conn:
            return progress_rows(conn, self.clock.now(), deck)

    # -- quizzes -----------------------------------------------------------------------------
    def quiz_items(
        self, deck: str, section: str | None = None, count: int = 10, seed: int | None = None
    ) -> list[StudyItem]:
        """A random test drawn from items a program can score (not free-recall qa cards)."""
        from quizapp.storage import quizzes

        with self.read() as conn:
            did = lookup.deck_id(conn, deck)
            sid = lookup.section_id(conn, did, section) if section else None
            ids = quizzes.scorable_item_ids(
                conn, did, sid, count, seed, self.window().study_date
            )
            return self._study_items(conn, ids)

    def record_quiz(
        self, deck: str, section: str | None, total: int, correct: int, missed: list[str]
    ) -> None:
        from quizapp.storage import quizzes

        with self.write() as conn:
            did = lookup.deck_id(conn, deck)
            sid = lookup.section_id(conn, did, section) if section else None
            now = self.clock.now()
            quizzes.record(conn, self.profile_id, did, sid, now, total, correct, missed)

    def quiz_history(self, limit: int = 20) -> list[QuizRecord]:
        from quizapp.storage import quizzes

        with self.read() as conn:
            return quizzes.history(conn, self.profile_id, limit)


def open_store(
    db: Path | None = None,
    profile: str = "default",
    clock: Clock | None = None,
    *,
    create_profile: bool = True,
) -> Store:
    """Open (creating and migrating as needed) the database at ``db`` or the default place.

    With ``create_profile`` false an unknown profile (other than the default) is refused with
    UnknownProfile, for commands that only read a profile's progress.
    """
    path = resolve_db_path(db)
    conn = open_database(path)
    try:
        return Store(conn, path, clock=clock, profile=profile, create_profile=create_profile)
    except BaseException:
        conn.close()
        raise
