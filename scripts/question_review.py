"""Development loop for question cards: the qa, choice and true/false cards the generator makes
now, beside the blind reader's verdict on the card an earlier generator made from the same
source sentence.

    python scripts/question_review.py [--types qa,choice,truefalse] [--split tune ...] [--old]

For every spam twin of the corpus splits that have verdicts (heldout, fresh) and of tune, each new
card of the wanted types is printed with its source; when the read deck had a card from the same
source, its type, verdict and reason follow. ``--old`` also lists the read cards of the wanted
types whose source gives no card of those types now (what was dropped, and why it was read so).
Counts per type close the run. Only the splits named are read (never one being written for a
later blind reading).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.deck import loads  # noqa: E402
from quizapp.generate import decode_article, generate_deck  # noqa: E402

CORPUS = ROOT / "tests" / "generate" / "corpus"
SPLITS = ("tune", "heldout", "fresh")


def _body(card: object) -> str:
    parts = []
    for name in ("question", "statement", "text", "options", "answer", "correction"):
        value = getattr(card, name, None)
        if value is None or value == ():
            continue
        parts.append(f"{name}={value!r}" if not isinstance(value, str) else f"{name}: {value}")
    return "\n      ".join(parts)


def _old(split: str, name: str) -> dict[str, tuple[object, dict]]:
    """source sentence -> (read card, verdict) for a deck read blind."""
    deck_path = CORPUS / "verdicts" / split / f"{name}.deck.yaml"
    verdict_path = deck_path.with_name(f"{name}.verdict.json")
    if not deck_path.exists() or not verdict_path.exists():
        return {}
    deck = loads(deck_path.read_text(encoding="utf-8"))
    verdicts = {v["id"]: v for v in json.loads(verdict_path.read_text(encoding="utf-8"))["cards"]}
    return {
        (card.source or ""): (card, verdicts.get(card.id, {}))
        for _, card in deck.cards()
        if card.id in verdicts
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--types", default="qa,choice,truefalse")
    parser.add_argument("--split", action="append", choices=SPLITS)
    parser.add_argument("--old", action="store_true")
    args = parser.parse_args()
    wanted = set(args.types.split(","))
    counts: Counter[str] = Counter()
    for split in args.split or SPLITS:
        for twin in sorted((CORPUS / split).glob("*.spam.*")):
            name = twin.name.split(".")[0]
            result = generate_deck(decode_article(twin.read_bytes()), article_path=twin.name)
            old = _old(split, name)
            types = Counter(card.type.value for _, card in result.deck.cards())
            print(f"\n=== {split}/{name}  {dict(types)}")
            seen = set()
            for section, card in result.deck.cards():
                counts[card.type.value] += 1
                if card.type.value not in wanted:
                    continue
                seen.add(card.source)
                print(f"  + {card.type.value} [{section.title}]\n      {_body(card)}")
                if card.source in old:
                    was, verdict = old[card.source]
                    print(
                        f"      WAS {was.type.value} {verdict.get('verdict')} "
                        f"{verdict.get('codes')}: {verdict.get('reason', '')}"
                    )
            if args.old:
                for source, (was, verdict) in old.items():
                    if was.type.value in wanted and source not in seen:
                        print(
                            f"  - gone {was.type.value} {verdict.get('verdict')}: "
                            f"{_body(was)}\n      {verdict.get('reason', '')}"
                        )
    print("\ncards per type:", dict(counts))


if __name__ == "__main__":
    main()
