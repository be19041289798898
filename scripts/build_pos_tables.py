"""Rebuild the tagger's tables from the installed model: scripts/build_pos_tables.py [--check].

quizapp/generate/data/pos_tables.bin holds denckring-en-pos's weights in a form that loads in
milliseconds (see quizapp/generate/pos_tables.py). Run this after upgrading denckring-en-pos;
until then the generator notices the other model and reads its JSON instead (slower, same tags).
With --check nothing is written; the exit code is 1 when the committed file is not the one the
installed model gives.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.generate.pos_tables import build_tables  # noqa: E402
from quizapp.generate.tagger import TABLES, model_folder, model_source  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args()
    source = model_source(model_folder())
    tables = build_tables(json.loads(gzip.decompress(source)), source)
    current = TABLES.read_bytes() if TABLES.is_file() else None
    if args.check:
        if current != tables:
            print(f"{TABLES.relative_to(ROOT)} is stale: run scripts/build_pos_tables.py")
            return 1
        return 0
    if current != tables:
        TABLES.write_bytes(tables)
        print(f"wrote {TABLES.relative_to(ROOT)} ({len(tables):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
