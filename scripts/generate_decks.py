"""Regenerate the bundled decks from their articles: python scripts/generate_decks.py [--check].

With --check nothing is written; the exit code is 1 when a committed deck differs from what the
generator produces now (so CI catches a generator change that was not followed by a regeneration).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.deck import dumps  # noqa: E402
from quizapp.deck.schema import schema_reference  # noqa: E402
from quizapp.generate import decode_article, generate_deck  # noqa: E402

DECKS = ROOT / "decks"

# deck id -> (source article under decks/, title when the article has no headline)
BUNDLED = {
    "nk-russia-pact": ("sources/nk-russia-pact.txt", "North Korea and Russia: the defense pact"),
    "nk-russia-alliance": (
        "sources/nk-russia-alliance.txt",
        "North Korea and Russia: a new alliance",
    ),
}


def render(deck_id: str) -> str:
    source, title = BUNDLED[deck_id]
    text = decode_article((DECKS / source).read_bytes())
    result = generate_deck(text, article_path=source, deck_id=deck_id, title=title)
    return dumps(result.deck, schema=schema_reference(DECKS / f"{deck_id}.yaml"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="Only compare; exit 1 on a difference."
    )
    args = parser.parse_args()
    stale = []
    for deck_id in BUNDLED:
        path = DECKS / f"{deck_id}.yaml"
        expected = render(deck_id)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == expected:
            continue
        if args.check:
            stale.append(path)
            print(f"{path.relative_to(ROOT)}: differs from the generator's output", file=sys.stderr)
        else:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(expected, encoding="utf-8")
            tmp.replace(path)
            print(f"{path.relative_to(ROOT)}: written")
    if stale:
        print("run: python scripts/generate_decks.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
