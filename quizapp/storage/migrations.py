"""Versioned schema migrations, tracked in SQLite's `user_version` and applied at start-up.

Each step is plain SQL frozen at the time it was written, so a database made by any earlier
release upgrades through the same path. Never edit a released step: append a new one.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY,
            name VARCHAR NOT NULL UNIQUE,
            created_at DATETIME NOT NULL
        );
        CREATE TABLE deck (
            id INTEGER PRIMARY KEY,
            slug VARCHAR NOT NULL UNIQUE,
            title VARCHAR NOT NULL,
            description VARCHAR,
            settings_json VARCHAR NOT NULL,
            source_path VARCHAR,
            content_hash VARCHAR NOT NULL,
            imported_at DATETIME NOT NULL
        );
        CREATE TABLE section (
            id INTEGER PRIMARY KEY,
            deck_id INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
            slug VARCHAR NOT NULL,
            title VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            retired BOOLEAN NOT NULL DEFAULT 0,
            UNIQUE (deck_id, slug)
        );
        CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            deck_id INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES section(id),
            key VARCHAR NOT NULL,
            card_id VARCHAR NOT NULL,
            cloze_number INTEGER,
            type VARCHAR NOT NULL,
            content_json VARCHAR NOT NULL,
            search_text VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            content_hash VARCHAR NOT NULL,
            retired BOOLEAN NOT NULL DEFAULT 0,
            UNIQUE (deck_id, key)
        );
        CREATE INDEX ix_item_queue ON item (deck_id, retired, position);
        CREATE TABLE card_state (
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            item_id INTEGER NOT NULL REFERENCES item(id),
            phase INTEGER NOT NULL DEFAULT 0,
            step INTEGER,
            stability FLOAT,
            difficulty FLOAT,
            due DATETIME,
            last_review DATETIME,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            suspended BOOLEAN NOT NULL DEFAULT 0,
            buried_until DATETIME,
            introduced_day INTEGER,
            PRIMARY KEY (profile_id, item_id)
        );
        CREATE INDEX ix_card_state_due ON card_state (profile_id, due);
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            item_id INTEGER NOT NULL REFERENCES item(id),
            rating INTEGER NOT NULL,
            reviewed_at DATETIME NOT NULL,
            study_day INTEGER NOT NULL,
            duration_ms INTEGER,
            state_before VARCHAR NOT NULL,
            state_after VARCHAR NOT NULL,
            phase_before INTEGER NOT NULL
        );
        CREATE INDEX ix_review_log_day ON review_log (profile_id, study_day);
        CREATE INDEX ix_review_log_time ON review_log (profile_id, reviewed_at);
        CREATE INDEX ix_review_log_item ON review_log (item_id);
        """,
    ),
    (
        2,
        # Flagging bad cards for the teacher, quiz history, where the deck file lives, and
        # covering indexes so stats and the forecast read indexes only.
        """
        ALTER TABLE card_state ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT 0;
        ALTER TABLE card_state ADD COLUMN flag_note VARCHAR;
        ALTER TABLE deck ADD COLUMN deck_path VARCHAR;
        CREATE TABLE quiz_result (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            deck_id INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES section(id),
            taken_at DATETIME NOT NULL,
            total INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            missed_json VARCHAR NOT NULL
        );
        CREATE INDEX ix_quiz_result_profile ON quiz_result (profile_id, taken_at);
        DROP INDEX ix_review_log_day;
        CREATE INDEX ix_review_log_stats
            ON review_log (profile_id, study_day, phase_before, rating, duration_ms);
        DROP INDEX ix_card_state_due;
        CREATE INDEX ix_card_state_due ON card_state (profile_id, due, phase, suspended);
        """,
    ),
    (
        3,
        # The profile's own FSRS parameters, one row per fit: the newest row not undone is in
        # force, so undoing a fit brings back the one before (or the defaults).
        """
        CREATE TABLE fsrs_params (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            parameters_json VARCHAR NOT NULL,
            fitted_at DATETIME NOT NULL,
            reviews INTEGER NOT NULL,
            log_loss_before FLOAT NOT NULL,
            log_loss_after FLOAT NOT NULL,
            rmse_before FLOAT NOT NULL,
            rmse_after FLOAT NOT NULL,
            undone_at DATETIME
        );
        CREATE INDEX ix_fsrs_params_profile ON fsrs_params (profile_id, undone_at, id);
        """,
    ),
    (
        4,
        # The review interval in whole days, which Anki's scheduling rules build on (a passing
        # review keeps at least the last interval; relearning returns to it). Cards already in
        # review get the interval they were given.
        """
        ALTER TABLE card_state ADD COLUMN scheduled_days INTEGER NOT NULL DEFAULT 0;
        UPDATE card_state
            SET scheduled_days
                = MAX(CAST(ROUND(julianday(due) - julianday(last_review)) AS INTEGER), 1)
            WHERE phase IN (2, 3) AND due IS NOT NULL AND last_review IS NOT NULL;
        """,
    ),
    (
        5,
        # The hash of the deck file's bytes as last imported, so importing the same file again
        # needs neither parsing nor validating it.
        """
        ALTER TABLE deck ADD COLUMN file_hash VARCHAR;
        """,
    ),
    (
        6,
        # Retention as Anki shows it needs each review's interval before it (young under 21
        # days, mature from 21) and its deck. Older log rows get them from the state they
        # recorded and their item; a partial index covers just the answers that count (cards in
        # review, steps of a day or more), so the figures are read from the index alone.
        """
        ALTER TABLE review_log ADD COLUMN last_interval INTEGER;
        ALTER TABLE review_log ADD COLUMN deck_id INTEGER;
        UPDATE review_log SET deck_id = (SELECT item.deck_id FROM item WHERE item.id = item_id);
        UPDATE review_log SET last_interval = CASE
            WHEN phase_before = 2 THEN COALESCE(
                json_extract(state_before, '$.scheduled_days'),
                MAX(CAST(ROUND(julianday(json_extract(state_before, '$.due'))
                    - julianday(json_extract(state_before, '$.last_review'))) AS INTEGER), 1))
            WHEN phase_before IN (1, 3) THEN -CAST(ROUND(
                (julianday(json_extract(state_before, '$.due'))
                    - julianday(json_extract(state_before, '$.last_review'))) * 86400) AS INTEGER)
            END
            WHERE json_extract(state_before, '$.due') IS NOT NULL;
        CREATE INDEX ix_review_log_retention
            ON review_log (profile_id, study_day, deck_id, last_interval, rating, phase_before)
            WHERE phase_before = 2 OR last_interval <= -86400;
        """,
    ),
    (
        7,
        # Expiring facts: the day an item's fact stops holding (its card's or its section's
        # valid_until). The options a student picked on a choice card, for item analysis.
        """
        ALTER TABLE item ADD COLUMN valid_until DATE;
        ALTER TABLE review_log ADD COLUMN picked VARCHAR;
        """,
    ),
    (
        8,
        # Custom study and deck options. A profile's own options for a deck (over the deck
        # file's settings, which stay the default); extra new cards granted for one study day;
        # and the log of practice answers (cram, review ahead) that never move the schedule, kept
        # apart from review_log so retention and the optimizer see only scheduled reviews.
        """
        CREATE TABLE deck_option (
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            deck_id INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
            settings_json VARCHAR NOT NULL,
            PRIMARY KEY (profile_id, deck_id)
        );
        CREATE TABLE extra_new (
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            deck_id INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
            study_day INTEGER NOT NULL,
            extra INTEGER NOT NULL,
            PRIMARY KEY (profile_id, deck_id, study_day)
        );
        CREATE TABLE practice_log (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profile(id),
            item_id INTEGER NOT NULL REFERENCES item(id),
            kind VARCHAR NOT NULL,
            rating INTEGER NOT NULL,
            reviewed_at DATETIME NOT NULL,
            duration_ms INTEGER
        );
        CREATE INDEX ix_practice_log_profile ON practice_log (profile_id, id);
        """,
    ),
    (
        9,
        # Covering indexes for stats and the home screen: the forecast reads card states by
        # due time with their item, mastery counts items per section and joins states to
        # their section, all without reading the item rows (which carry the card's text).
        """
        DROP INDEX ix_card_state_due;
        CREATE INDEX ix_card_state_due
            ON card_state (profile_id, due, phase, suspended, item_id);
        CREATE INDEX ix_card_state_stability ON card_state (profile_id, stability, item_id);
        CREATE INDEX ix_item_section ON item (id, retired, section_id);
        """,
    ),
    (
        10,
        # Removing a deck from the study list keeps its rows (the review log points at its
        # items) and marks it removed; importing it again brings it back. A bundled deck file
        # start-up must no longer import: one the student removed, or one copied into the
        # user's decks folder to be edited (the copy is the deck now). By file name, as the
        # package's folder moves between installs.
        """
        ALTER TABLE deck ADD COLUMN removed_at DATETIME;
        CREATE TABLE bundled_skip (
            name VARCHAR PRIMARY KEY,
            slug VARCHAR NOT NULL,
            why VARCHAR NOT NULL
        );
        """,
    ),
    (
        11,
        # Expired items (valid_until come) are left out of the forecast, mastery and exam
        # pacing: found by a range over this index, so those counts still never read item rows.
        """
        CREATE INDEX ix_item_valid_until ON item (valid_until) WHERE valid_until IS NOT NULL;
        """,
    ),
]

LATEST = MIGRATIONS[-1][0]


class NewerDatabaseError(Exception):
    """The database was written by a newer release than this one."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Apply pending steps up to ``target``, each in its own transaction. Returns the version."""
    current = schema_version(conn)
    if current > LATEST:
        raise NewerDatabaseError(
            f"database schema version {current} is newer than this quizapp understands ({LATEST})"
        )
    for version, script in MIGRATIONS:
        if current < version <= target:
            # executescript would commit on its own; run statements inside one transaction so a
            # crash mid-migration leaves the previous version intact.
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            current = version
    return current
