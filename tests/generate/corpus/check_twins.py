"""Check the generator corpus: clean articles, their spam twins and spam.json agree.

Run from anywhere: ``python3 tests/generate/corpus/check_twins.py [split ...]``.
For every split folder (tune, heldout, fresh, heldout2 ... heldout6 by default) it checks
that

- every clean article has 500–2,500 words and a twin, and every twin a clean article;
- every twin is listed in spam.json with at least one item, and nothing else is listed;
- every item has a known kind, its exact text occurs in the twin and its probe in its text;
- no probe occurs in the clean article (else no generator could keep it out of cards);
- the twin with each listed text removed once equals the clean article, modulo whitespace.

Messages name files and item numbers only, never article text, so the check can run over
held-out articles without showing them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
SPLITS = ("tune", "heldout", "fresh", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
KINDS = {"sentence", "line", "token"}
MIN_WORDS, MAX_WORDS = 500, 2500
TWIN = re.compile(r"^(?P<stem>.+)\.spam\.(?P<ext>txt|md)$")


def normalise(text: str) -> str:
    return " ".join(text.split())


def check_twin(split: Path, twin: str, items: object, errors: list[str]) -> None:
    where = f"{split.name}/{twin}"
    match = TWIN.match(twin)
    if match is None:
        errors.append(f"{where}: spam.json key is not a NN_slug.spam.txt/.md name")
        return
    twin_path = split / twin
    clean_path = split / f"{match['stem']}.{match['ext']}"
    if not twin_path.is_file() or not clean_path.is_file():
        errors.append(f"{where}: twin or its clean article is missing")
        return
    if not isinstance(items, list) or not items:
        errors.append(f"{where}: needs a non-empty list of spam items")
        return
    clean = clean_path.read_text(encoding="utf-8")
    remaining = twin_path.read_text(encoding="utf-8")
    for number, item in enumerate(items, 1):
        label = f"{where} item {number}"
        if not isinstance(item, dict) or set(item) != {"kind", "text", "probe"}:
            errors.append(f"{label}: needs exactly the keys kind, text, probe")
            continue
        kind, text, probe = item["kind"], item["text"], item["probe"]
        if kind not in KINDS:
            errors.append(f"{label}: kind must be one of {sorted(KINDS)}")
        if not isinstance(text, str) or not isinstance(probe, str) or not text or not probe:
            errors.append(f"{label}: text and probe must be non-empty strings")
            continue
        if probe not in text:
            errors.append(f"{label}: probe is not a substring of its text")
        if probe.casefold() in clean.casefold():
            errors.append(f"{label}: probe also occurs in the clean article")
        if text not in remaining:
            errors.append(f"{label}: text does not occur in the twin (exactly)")
            continue
        remaining = remaining.replace(text, " ", 1)
    if normalise(remaining) != normalise(clean):
        errors.append(f"{where}: twin minus its listed spam differs from the clean article")


def check_split(split: Path, errors: list[str]) -> int:
    spam_path = split / "spam.json"
    try:
        listed = json.loads(spam_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        errors.append(f"{split.name}/spam.json: cannot be read as JSON ({exc.__class__.__name__})")
        return 0
    if not isinstance(listed, dict):
        errors.append(f"{split.name}/spam.json: must be an object keyed by twin file name")
        return 0
    articles = sorted(
        p for p in split.iterdir() if p.suffix in {".txt", ".md"} and ".spam." not in p.name
    )
    for article in articles:
        words = len(article.read_text(encoding="utf-8").split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{split.name}/{article.name}: {words} words, outside 500–2,500")
        twin = f"{article.stem}.spam{article.suffix}"
        if twin not in listed:
            errors.append(f"{split.name}/{article.name}: no twin listed in spam.json")
    for twin_path in split.glob("*.spam.*"):
        if twin_path.name not in listed:
            errors.append(f"{split.name}/{twin_path.name}: twin not listed in spam.json")
    for twin, items in listed.items():
        check_twin(split, twin, items, errors)
    return len(articles)


def main(argv: list[str]) -> int:
    names = argv or [s for s in SPLITS if (CORPUS / s).is_dir()]
    errors: list[str] = []
    for name in names:
        split = CORPUS / name
        if not split.is_dir():
            errors.append(f"{name}: no such split folder under {CORPUS}")
            continue
        count = check_split(split, errors)
        print(f"{name}: {count} articles checked")
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
