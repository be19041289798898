"""Run every benchmark and print one table: python scripts/bench.py [--only NAME].

`--anki` runs quizapp and Anki side by side instead and prints every budget as a ratio
(`--quick` for a shorter run with smaller growth steps, `--part startup` and the like for some
budgets only).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchlib import Result

# Each module has run() -> list[Result].
MODULES = ["bench_core", "bench_generate", "bench_tui", "bench_optimize"]


def format_time(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=[m.removeprefix("bench_") for m in MODULES])
    parser.add_argument("--anki", action="store_true", help="quizapp against Anki, as ratios")
    parser.add_argument("--quick", action="store_true", help="with --anki: a shorter run")
    parser.add_argument(
        "--part", action="append", choices=["import", "scale", "startup", "grading", "growth"],
        help="with --anki: only these budgets (repeatable)",
    )
    args = parser.parse_args()
    if args.anki:
        import bench_anki

        parts = tuple(args.part) if args.part else bench_anki.PARTS
        return 0 if bench_anki.run(quick=args.quick, parts=parts) else 1
    results: list[Result] = []
    for name in MODULES:
        if args.only and name != f"bench_{args.only}":
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        results.extend(module.run())
    width = max((len(r.name) for r in results), default=10)
    print(f"{'benchmark':<{width}}  {'time':>10}  {'budget':>10}  ok")
    for r in results:
        budget = format_time(r.budget) if r.budget is not None else "-"
        print(f"{r.name:<{width}}  {format_time(r.seconds):>10}  {budget:>10}  "
              f"{'yes' if r.ok else 'NO'}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
