"""Dev loop for the generator: today's deck beside what the blind readers said of the old one.

    python scripts/review_generator.py [heldout|fresh|bundled ...] [--only NAME] [--diff]

For every article whose old deck was read (tests/generate/corpus/verdicts/SPLIT/), each section
prints the reader's key facts (+ tested, - not), then every card generated now: `=KEEP` /
`=EDIT` / `=DROP` when an identical card (same id) was read, with the reader's reason, or `new`.
The summary counts how many of today's cards repeat a card the reader kept, or one the reader
wanted edited or dropped (a floor on what to fix), and how many are unread. It is a dev aid, not
a score: only a blind reading of unseen articles measures the generator.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.generate import decode_article, generate_deck  # noqa: E402

CORPUS = ROOT / "tests" / "generate" / "corpus"
VERDICTS = CORPUS / "verdicts"


def _article(split: str, name: str) -> Path:
    if split == "bundled":
        return ROOT / "decks" / "sources" / f"{name}.txt"
    for suffix in (".spam.txt", ".spam.md"):
        path = CORPUS / split / f"{name}{suffix}"
        if path.exists():
            return path
    raise FileNotFoundError(name)


def _show(card: object) -> str:
    for field in ("text", "question", "statement"):
        value = getattr(card, field, None)
        if value:
            text = value
            break
    kind = card.type.value  # type: ignore[attr-defined]
    if kind == "choice":
        text += f"  [{' | '.join(card.options)}] = {card.answer[0]}"  # type: ignore[attr-defined]
    elif kind in ("truefalse", "qa"):
        text += f"  = {card.answer}"  # type: ignore[attr-defined]
    return f"{kind:9} {text}"


def review(split: str, only: str | None, totals: Counter[str]) -> None:
    for path in sorted((VERDICTS / split).glob("*.verdict.json")):
        name = path.name.removesuffix(".verdict.json")
        if only and only not in name:
            continue
        verdict = json.loads(path.read_text(encoding="utf-8"))
        read = {c["id"]: c for c in verdict["cards"]}
        facts = {s["section"]: s["facts"] for s in verdict.get("sections", [])}
        article = _article(split, name)
        result = generate_deck(
            decode_article(article.read_bytes()), article_path=article.name, deck_id=name
        )
        print(f"\n===== {split}/{name}")
        for section in result.deck.sections:
            print(f"\n# {section.title}  ({section.id})")
            for fact in facts.get(section.id, []):
                print(f"    {'+' if fact['tested'] else '-'} {fact['fact']}")
            for card in section.cards:
                old = read.get(card.id)
                mark = f"={old['verdict']}" if old else "new"
                totals[mark] += 1
                totals["cards"] += 1
                print(f"  {mark:5} {_show(card)}")
                if old and old["verdict"] != "KEEP":
                    print(f"        reader ({''.join(old['codes'])}): {old['reason']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("splits", nargs="*", default=["heldout", "fresh", "bundled"])
    parser.add_argument("--only", help="only articles whose name holds this")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    for split in args.splits:
        if split not in ("heldout", "fresh", "bundled"):
            parser.error(f"no verdicts for split {split!r}")
        review(split, args.only, totals)
    print(
        f"\n{totals['cards']} cards: {totals['=KEEP']} read and kept, {totals['=EDIT']} read "
        f"and edited, {totals['=DROP']} read and dropped, {totals['new']} not read"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
