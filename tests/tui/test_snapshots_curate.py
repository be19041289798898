"""The curation screen at 80×24: a card beside its paragraph, and a card whose sentence changed.

Regenerate with ``pytest tests/tui/test_snapshots_curate.py --snapshot-update`` and look at them.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from quizapp.curation.drafts import load_drafts
from quizapp.curation.session import Curation
from quizapp.tui.curate_app import CurateApp
from tests.curation.articles import LAKES_EDITED, write_article

SIZE = (80, 24)


def test_curation_screen(tmp_path: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    write_article(tmp_path)

    async def second_card(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()

    app = CurateApp(load_drafts(tmp_path / "lakes.txt"))
    assert snap_compare(app, terminal_size=SIZE, run_before=second_card)


def test_curation_screen_source_changed(tmp_path: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    article = write_article(tmp_path)
    curation = Curation(load_drafts(article))
    while curation.current is not None:  # everything accepted, as it was generated
        curation.accept()
    curation.save_deck()
    write_article(tmp_path, LAKES_EDITED)
    drafts = load_drafts(article)
    changed = next(d for d in drafts.drafts if d.status.value == "source changed")

    app = CurateApp(drafts, start_at=changed.slot)
    assert snap_compare(app, terminal_size=SIZE, run_before=lambda pilot: pilot.pause())
