"""A process that keeps reviewing: used by the crash and concurrency tests.

usage: python review_worker.py DB COUNT [PROFILE]   (prints "ready" once the store is open)
"""

from __future__ import annotations

import sys
from pathlib import Path

from quizapp.scheduling import Rating
from quizapp.storage import open_store


def main() -> None:
    db, count = Path(sys.argv[1]), int(sys.argv[2])
    profile = sys.argv[3] if len(sys.argv) > 3 else "default"
    store = open_store(db, profile=profile)
    print("ready", flush=True)
    done = 0
    ratings = [Rating.Good, Rating.Again, Rating.Hard, Rating.Easy]
    while done < count:
        items = store.next_items(limit=20) or []
        ids = [i.item_id for i in items] or [1]
        for item_id in ids:
            store.review(item_id, ratings[done % 4], 100)
            done += 1
            print(f"committed {done}", flush=True)
            if done >= count:
                break
    print("done", flush=True)


if __name__ == "__main__":
    main()
