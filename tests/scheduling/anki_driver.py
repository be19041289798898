"""Replays review histories through the real Anki scheduler; run as a child process.

The parent starts it under libfaketime with TZ set to the learner's zone and, for fuzz off,
ANKI_TEST_MODE=1. That mode also turns Anki's own clock back two hours between 02:00 and 04:00
local time (a shim for Anki's old tests), so fuzz-off histories avoid those hours; fuzz-on ones
run without the mode and cover them. Before each answer the fake clock is moved by rewriting
the timestamp file (FAKETIME_NO_CACHE makes every clock read see it). Anki keeps the day's
timing until the next rollover, so its clock must only move forward: the histories' reviews are
answered interleaved in time order. Input: a JSON file named as the argument:
    {"clock_file": path, "learn_steps": [...], "relearn_steps": [...], "retention": 0.9,
     "start": epoch, "histories": [{"card_id": n, "reviews": [[epoch, rating], ...]}]}
Output on stdout: for each history, for each review, what Anki did.
This file imports nothing from quizapp: it is the independent side of the comparison.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path


def set_clock(clock_file: Path, epoch: int) -> None:
    # libfaketime reads an absolute time as local wall-clock time in the process's zone.
    clock_file.write_text(datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M:%S") + "\n")
    if int(time.time()) != epoch:
        raise SystemExit(f"fake clock shows {int(time.time())}, wanted {epoch}")


def main() -> None:
    job = json.loads(Path(sys.argv[1]).read_text())
    clock_file = Path(job["clock_file"])
    set_clock(clock_file, job["start"])

    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    ratings = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    # In memory-backed storage where there is one: each answer is a commit, and waiting for the
    # disk would be most of the run.
    shm = Path("/dev/shm")
    folder = tempfile.mkdtemp(dir=shm if shm.is_dir() else None)
    col = Collection(str(Path(folder) / "replay.anki2"))
    col.set_config("fsrs", True)
    col.set_config("loadBalancerEnabled", False)  # it would move fuzzed intervals by workload
    config = col.decks.config_dict_for_deck_id(1)
    config["new"]["delays"] = job["learn_steps"]
    config["lapse"]["delays"] = job["relearn_steps"]
    config["desiredRetention"] = job["retention"]
    config["new"]["perDay"] = 9999
    config["rev"]["perDay"] = 9999
    col.decks.update_config(config)
    model = col.models.by_name("Basic")
    card_ids = []
    for history in job["histories"]:
        note = col.new_note(model)
        note["Front"] = f"card {history['card_id']}"
        col.add_note(note, 1)
        old = note.cards()[0].id
        col.db.execute("update cards set id = ? where id = ?", history["card_id"], old)
        card_ids.append(history["card_id"])
    events = sorted(
        (epoch, h, k, rating)
        for h, history in enumerate(job["histories"])
        for k, (epoch, rating) in enumerate(history["reviews"])
    )
    out: list[list[dict | None]] = [[None] * len(h["reviews"]) for h in job["histories"]]
    for epoch, h, k, rating in events:
        cid = card_ids[h]
        set_clock(clock_file, epoch)
        card = col.get_card(cid)
        card.start_timer()
        states = col._backend.get_scheduling_states(cid)
        labels = list(col._backend.describe_next_states(states))
        built = col.sched.build_answer(card=card, states=states, rating=ratings[rating])
        built.answered_at_millis = epoch * 1000
        col.sched.answer_card(built)
        card = col.get_card(cid)
        if card.queue == 1:  # learning, due at a time
            interval = ["secs", card.due - epoch]
        elif card.queue == 3:  # learning, due on a later day
            interval = ["days", card.due - col.sched.today]
        else:
            interval = ["days", card.ivl]
        memory = card.memory_state
        out[h][k] = {
            "interval": interval,
            "type": card.type,
            "stability": memory.stability if memory else None,
            "difficulty": memory.difficulty if memory else None,
            "labels": labels,
        }
    col.close()
    shutil.rmtree(folder, ignore_errors=True)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
