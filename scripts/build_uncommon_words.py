"""Rebuild the generator's list of uncommon words: scripts/build_uncommon_words.py [--check].

quizapp/generate/data/uncommon_en.tsv.gz holds the words of wordfreq's large English list with
a Zipf frequency from 2.5 up to 3, the band its small list lacks and the generator must tell
apart ("forerunner", "afterthought": everyday English; "seismometers": a term). Reading the
whole large list costs 0.15-0.3 s per run; this band loads in milliseconds. Run this after
upgrading wordfreq. With --check nothing is written; the exit code is 1 when the committed file
differs from what the installed wordfreq gives.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.generate.sentences import (  # noqa: E402
    UNCOMMON_FILE,
    UNCOMMON_FROM,
    _read_cbpack,
    _wordfreq_file,
    _zipf_table,
)


def build() -> bytes:
    large = _read_cbpack(_wordfreq_file("large_en.msgpack.gz"))
    small = _zipf_table()
    rows = sorted(
        f"{word}\t{value:.2f}"
        for word, value in large.items()
        if value >= UNCOMMON_FROM and word not in small
    )
    return gzip.compress("\n".join(rows).encode(), mtime=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args()
    data = build()
    if args.check:
        same = UNCOMMON_FILE.exists() and gzip.decompress(UNCOMMON_FILE.read_bytes()) == (
            gzip.decompress(data)
        )
        print("uncommon word list is current" if same else "uncommon word list is stale")
        return 0 if same else 1
    UNCOMMON_FILE.write_bytes(data)
    print(f"wrote {UNCOMMON_FILE.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
