"""Small invented articles for the curation tests: one, and the same after an edit that changes
one sentence, removes another and adds a third."""

from __future__ import annotations

from pathlib import Path

LAKES = """\
Lakes of the Alps

Origins

Lake Geneva is a deep lake on the north side of the Alps, shared between Switzerland and \
France. The lake was carved by the Rhone Glacier during the last ice age, about 20,000 years \
ago. Its surface lies at 372 metres above sea level.

Lake Constance sits on the Rhine at the northern foot of the Alps and borders Germany, Austria \
and Switzerland. Geologists estimate that the basin holds 48 cubic kilometres of water.

Life in the water

The whitefish known as the fera was once common in Lake Geneva and vanished in the 1920s. \
Fishermen on Lake Constance catch about 800 tonnes of fish each year, mostly whitefish and \
perch. The zebra mussel arrived in Lake Constance in 1965 and spread quickly along the shores.
"""

CHANGED = "Fishermen on Lake Constance catch about 800 tonnes of fish each year"
VANISHED = "The whitefish known as the fera was once common in Lake Geneva"
ADDED = (
    "The Swiss doctor François-Alphonse Forel founded the study of lakes, "
    "called limnology, in 1892."
)

LAKES_EDITED = (
    LAKES.replace("about 800 tonnes", "about 900 tonnes")
    .replace(
        "The whitefish known as the fera was once common in Lake Geneva and vanished in the "
        "1920s. ",
        "",
    )
    .replace("Geologists estimate", f"{ADDED} Geologists estimate")
)


def write_article(folder: Path, text: str = LAKES, name: str = "lakes.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
