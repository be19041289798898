"""Random review histories through quizapp's review path and through the real Anki scheduler.

Each history is one card answered at random moments: learning steps minutes apart, next-morning
reviews either side of the 4 am rollover, regular gaps, lapses and gaps of years, in several time
zones. Anki (the `anki` package, run in a child process per zone under libfaketime) answers the
same card at the same moments. Every interval, stability and difficulty must be equal, every
button must say what it gives, with fuzz off and with fuzz on.
"""

from __future__ import annotations

import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from quizapp.deck import loads
from quizapp.scheduling import FrozenClock, Rating, format_interval
from quizapp.storage import Store, open_store

ZONES = ("UTC", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
HISTORIES_PER_ZONE = 52  # 208 histories with fuzz off, 208 more with fuzz on
LEARN_STEPS, RELEARN_STEPS, RETENTION = (1, 10), (10,), 0.9
DRIVER = Path(__file__).with_name("anki_driver.py")
RATING_WEIGHTS = {Rating.Again: 15, Rating.Hard: 15, Rating.Good: 55, Rating.Easy: 15}


def libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        # CI installs it (.ci/run) and must run the comparison; a developer's machine without
        # the system library still runs the rest of the suite.
        message = "libfaketime is not installed (Debian: apt-get install libfaketime)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found[0]


def _valid_local(moment: datetime, tz: ZoneInfo, fuzz: bool) -> bool:
    """A moment whose local wall-clock time names it alone (libfaketime is set in local time)."""
    local = moment.astimezone(tz).replace(tzinfo=None)
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        return False
    # Anki's test mode (fuzz off) turns its clock back 2 hours from 02:00 to 04:00 local.
    return fuzz or not 2 <= local.hour < 4


def _next_moment(rng: random.Random, now: datetime, tz: ZoneInfo) -> datetime:
    kind = rng.choices(["step", "hours", "boundary", "days", "long"], [35, 12, 18, 25, 10])[0]
    if kind == "step":
        return now + timedelta(seconds=rng.randint(20, 40 * 60))
    if kind == "hours":
        return now + timedelta(minutes=rng.randint(60, 20 * 60))
    if kind == "boundary":  # the next night or the one after, between 03:00 and 05:00 local
        local = now.astimezone(tz) + timedelta(days=rng.choice([0, 1, 1, 2]))
        target = local.replace(hour=3, minute=0, second=0) + timedelta(
            seconds=rng.randint(0, 2 * 3600)
        )
        return max(target.astimezone(UTC), now + timedelta(minutes=1))
    if kind == "days":
        return now + timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86_399))
    return now + timedelta(days=rng.randint(100, 1500), seconds=rng.randint(0, 86_399))


def history(seed: str, tz: ZoneInfo, fuzz: bool) -> list[tuple[int, Rating]]:
    rng = random.Random(seed)
    moment = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 365 * 86_400))
    reviews = []
    for _ in range(rng.randint(3, 14)):
        while not _valid_local(moment, tz, fuzz):
            moment += timedelta(minutes=rng.randint(30, 90))
        rating = rng.choices(list(RATING_WEIGHTS), list(RATING_WEIGHTS.values()))[0]
        reviews.append((int(moment.timestamp()), rating))
        moment = _next_moment(rng, moment + timedelta(seconds=1), tz)
    return reviews


@dataclass
class Group:
    zone: str
    fuzz: bool
    histories: list[list[tuple[int, Rating]]] = field(default_factory=list)
    item_ids: list[int] = field(default_factory=list)


def deck_text(count: int) -> str:
    cards = "\n".join(
        f"      - {{id: c{i}, type: qa, question: Question {i}?, answer: A{i}}}"
        for i in range(count)
    )
    return (
        "version: 1\nid: replay\ntitle: Replay\n"
        f"settings: {{desired_retention: {RETENTION}, learning_steps: {list(LEARN_STEPS)}, "
        f"relearning_steps: {list(RELEARN_STEPS)}}}\n"
        f"sections:\n  - id: all\n    title: All\n    cards:\n{cards}\n"
    )


def start_anki(group: Group, workdir: Path, faketime: str) -> subprocess.Popen[str]:
    clock_file = workdir / f"clock-{group.zone.replace('/', '-')}-{group.fuzz}.txt"
    start = min(r[0][0] for r in group.histories) - 2 * 86_400
    local_start = datetime.fromtimestamp(start, ZoneInfo(group.zone))
    clock_file.write_text(local_start.strftime("%Y-%m-%d %H:%M:%S") + "\n")
    env = {k: v for k, v in os.environ.items() if k != "ANKI_TEST_MODE"}
    env.update(
        LD_PRELOAD=faketime,
        FAKETIME_TIMESTAMP_FILE=str(clock_file),
        FAKETIME_NO_CACHE="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
        FAKETIME_DISABLE_SHM="1",  # no shared-memory files left behind in /dev/shm
        TZ=group.zone,
    )
    if not group.fuzz:
        env["ANKI_TEST_MODE"] = "1"
    job = {
        "clock_file": str(clock_file),
        "learn_steps": list(LEARN_STEPS),
        "relearn_steps": list(RELEARN_STEPS),
        "retention": RETENTION,
        "start": start,
        "histories": [
            {"card_id": item_id, "reviews": [[t, int(r)] for t, r in reviews]}
            for item_id, reviews in zip(group.item_ids, group.histories, strict=True)
        ],
    }
    job_file = clock_file.with_suffix(".json")
    job_file.write_text(json.dumps(job))
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(job_file)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def kind_of(interval: timedelta) -> list[object]:
    if interval >= timedelta(days=1):
        return ["days", interval.days]
    return ["secs", int(interval.total_seconds())]


def day_based(label: str) -> bool:
    return label.endswith(("d", "mo", "y"))


def open_group_store(group: Group, db: Path) -> tuple[Store, FrozenClock]:
    """A fresh store with one card per history; Anki's cards get the same ids (fuzz seeds)."""
    tz = ZoneInfo(group.zone)
    clock = FrozenClock(datetime.fromtimestamp(group.histories[0][0][0], UTC), tz=tz)
    store = open_store(db, clock=clock)
    store.fuzz = group.fuzz
    store.import_deck(loads(deck_text(len(group.histories))))
    with store.read() as conn:
        group.item_ids = [r[0] for r in conn.execute("SELECT id FROM item ORDER BY position")]
    return store, clock


def replay_quizapp(group: Group, store: Store, clock: FrozenClock) -> list[list[dict[str, object]]]:
    """The same histories through Store.review, each button's label read just before."""
    results = []
    for item_id, reviews in zip(group.item_ids, group.histories, strict=True):
        steps = []
        for moment, rating in reviews:
            clock.set(datetime.fromtimestamp(moment, UTC))
            shown = store.preview(store.item(item_id))
            outcome = store.review(item_id, rating)
            assert outcome.interval is not None
            steps.append(
                {
                    "interval": kind_of(outcome.interval),
                    "label": format_interval(shown[rating]),
                    "given_label": format_interval(outcome.interval),
                    "labels": [format_interval(shown[r]) for r in Rating],
                    "stability": outcome.state.stability,
                    "difficulty": outcome.state.difficulty,
                }
            )
        results.append(steps)
    return results


def test_quizapp_schedules_exactly_as_anki(tmp_path: Path) -> None:
    faketime = libfaketime()
    # Every answer is a commit on both sides; memory-backed storage keeps the disk out of it.
    shm = Path("/dev/shm")
    if shm.is_dir():
        tmp_path = Path(tempfile.mkdtemp(dir=shm))
    groups = []
    for zone in ZONES:
        for fuzz in (False, True):
            group = Group(zone, fuzz)
            for i in range(HISTORIES_PER_ZONE):
                group.histories.append(history(f"{zone}/{fuzz}/{i}", ZoneInfo(zone), fuzz))
            groups.append(group)
    stores = [open_group_store(g, tmp_path / f"replay-{n}.db") for n, g in enumerate(groups)]
    # Anki replays in child processes while quizapp replays here.
    children = [start_anki(group, tmp_path, faketime) for group in groups]
    ours = {n: replay_quizapp(group, *stores[n]) for n, group in enumerate(groups)}
    mismatches: list[str] = []
    counts = {"reviews": 0, "review cards": 0, "labels": 0}
    for n, (group, child) in enumerate(zip(groups, children, strict=True)):
        out, err = child.communicate(timeout=240)
        assert child.returncode == 0, err
        theirs = json.loads(out)
        for h, (mine, anki) in enumerate(zip(ours[n], theirs, strict=True)):
            for k, (a, b) in enumerate(zip(mine, anki, strict=True)):
                where = f"{group.zone} fuzz={group.fuzz} history {h} review {k}"
                moment, rating = group.histories[h][k]
                counts["reviews"] += 1
                counts["review cards"] += b["type"] == 2
                anki_labels = [
                    s.replace("\u2068", "").replace("\u2069", "").lstrip("<") for s in b["labels"]
                ]
                if a["interval"] != b["interval"]:
                    mismatches.append(
                        f"{where} at {moment} {rating.name}: {a['interval']} != {b['interval']}"
                    )
                if (a["stability"], a["difficulty"]) != (b["stability"], b["difficulty"]):
                    mismatches.append(
                        f"{where}: S/D {a['stability']}/{a['difficulty']} "
                        f"!= {b['stability']}/{b['difficulty']}"
                    )
                if a["label"] != a["given_label"]:
                    mismatches.append(f"{where}: button said {a['label']}, gave {a['given_label']}")
                for mine_label, anki_label in zip(a["labels"], anki_labels, strict=True):
                    # Anki labels learning steps before their fuzz; day intervals after it.
                    if group.fuzz and not day_based(anki_label):
                        continue
                    counts["labels"] += 1
                    if mine_label != anki_label:
                        mismatches.append(f"{where}: labels {a['labels']} != {anki_labels}")
                        break
    if tmp_path.parent == shm:
        shutil.rmtree(tmp_path, ignore_errors=True)
    print(f"replayed {counts}")
    assert counts["reviews"] >= 2 * 200 * 4
    assert not mismatches, f"{len(mismatches)} differences:\n" + "\n".join(mismatches[:30])
