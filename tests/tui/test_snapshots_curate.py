"""The curation screen at 80×24: a card beside its paragraph, and a card whose sentence changed.

Built from fixed drafts (not the generator, whose choices change), so only the screen is under
test. Regenerate with ``pytest tests/tui/test_snapshots_curate.py --snapshot-update`` and look.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from quizapp.curation.decisions import Decision, Decisions, Verdict
from quizapp.curation.drafts import Draft, Drafts, Status
from quizapp.deck.model import ChoiceCard, ClozeCard, QACard, SourceInfo, TrueFalseCard
from quizapp.tui.curate_app import CurateApp

SIZE = (80, 24)
GENEVA = (
    "Lake Geneva is a deep lake on the north side of the Alps, shared between Switzerland and "
    "France."
)
RHONE = "The lake was carved by the Rhone Glacier during the last ice age, about 20,000 years ago."
FISH = "Fishermen on Lake Constance catch about 900 tonnes of fish each year, mostly perch."
ARTICLE = f"""Lakes of the Alps

Origins

{GENEVA} {RHONE} Its surface lies at 372 metres above sea level.

Life in the water

{FISH} The zebra mussel arrived in Lake Constance in 1965.
"""


def drafts() -> Drafts:
    geneva = QACard(
        id="origins-1",
        question="What is Lake Geneva?",
        answer="A deep lake on the north side of the Alps.",
        source=GENEVA,
    )
    rhone = ClozeCard(
        id="origins-2",
        text="The lake was carved by the Rhone Glacier during the last ice age, about "
        "{{c1::20,000 years}} ago.",
        source=RHONE,
    )
    rhone_choice = ChoiceCard(
        id="origins-3",
        question="The lake was carved by the _____ during the last ice age, about 20,000 years "
        "ago.",
        options=("Rhone Glacier", "Aletsch Glacier", "Rhine Glacier", "Gorner Glacier"),
        answer=("Rhone Glacier",),
        source=RHONE,
    )
    rhone_tf = TrueFalseCard(id="origins-4", statement=RHONE, answer=True, source=RHONE)
    fish = ClozeCard(
        id="life-1",
        text="Fishermen on Lake Constance catch about {{c1::900 tonnes}} of fish each year, "
        "mostly perch.",
        source=FISH,
    )
    decisions = Decisions()
    decisions.set("origins-1", Decision(Verdict.ACCEPTED, "origins", GENEVA, geneva))
    before = FISH.replace("900", "800")
    decisions.set("life-1", Decision(Verdict.ACCEPTED, "life", before, fish))
    return Drafts(
        deck_path=Path("lakes.yaml"),
        deck_id="lakes",
        title="Lakes of the Alps",
        source=SourceInfo(path="lakes.txt", title="Lakes of the Alps"),
        drafts=[
            Draft("origins-1", "origins", "Origins", (geneva,), Status.DECIDED),
            Draft("origins-2", "origins", "Origins", (rhone, rhone_choice, rhone_tf), Status.NEW),
            Draft("life-1", "life", "Life in the water", (fish,), Status.CHANGED, before),
        ],
        decisions=decisions,
        article_text=ARTICLE,
    )


def test_curation_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def swapped(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("s")  # the choice card from the same sentence
        await pilot.pause()

    assert snap_compare(CurateApp(drafts()), terminal_size=SIZE, run_before=swapped)


def test_curation_screen_source_changed(snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = CurateApp(drafts(), start_at="life-1")
    assert snap_compare(app, terminal_size=SIZE, run_before=lambda pilot: pilot.pause())
