"""Recreate schema_v1.db: a database as release 0.1 (schema version 1) left it, with progress.

Kept beside the file so the fixture's origin is inspectable; the test uses the committed file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizapp.storage.migrations import migrate

CARD = '{"answer": "Paris", "id": "paris", "question": "Capital of France?", "type": "qa"}'


def main() -> None:
    path = Path(__file__).with_name("schema_v1.db")
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    settings = (
        '{"desired_retention": 0.9, "learning_steps": [1, 10], "new_per_day": 20, '
        '"relearning_steps": [10]}'
    )
    conn.executescript(f"""
        BEGIN;
        INSERT INTO profile VALUES (1, 'default', '2026-01-01 09:00:00.000000');
        INSERT INTO deck VALUES (1, 'old', 'Old deck', NULL, '{settings}', NULL, 'h',
                                 '2026-01-01 09:00:00.000000');
        INSERT INTO section VALUES (1, 1, 'capitals', 'Capitals', 0, 0);
        INSERT INTO item VALUES (1, 1, 1, 'paris', 'paris', NULL, 'qa', '{CARD}',
                                 'capital of france? paris', 0, 'x', 0);
        INSERT INTO card_state VALUES (1, 1, 2, NULL, 8.5, 5.1, '2026-01-09 09:00:00.000000',
                                       '2026-01-01 09:00:00.000000', 2, 0, 0, NULL, 20454);
        INSERT INTO review_log VALUES (1, 1, 1, 3, '2026-01-01 09:00:00.000000', 20454, 4000,
                                       'null', '{{}}', 0);
        COMMIT;
    """)
    conn.close()


if __name__ == "__main__":
    main()
