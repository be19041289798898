"""Article text in the curation screen: markup reads as written, no control code reaches the
terminal, on every card and in the title."""

from __future__ import annotations

from pathlib import Path

from quizapp.curation.drafts import load_drafts
from quizapp.tui.curate_app import CurateApp
from tests.curation.articles import LAKES

from .screen import controls_in, screen_text

HOSTILE = (
    LAKES.replace("Lakes of the Alps", "Lakes [bold red]of[/] the Alps \x1b]0;PWNED\x07")
    .replace("deep lake", "deep [link=http://evil.example]lake[/link] \x1b[2J")
    .replace("last ice age", "last \x1b[5mice[/] age")
)


async def test_curation_shows_article_text_literally(tmp_path: Path) -> None:
    article = tmp_path / "lakes.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    app = CurateApp(load_drafts(article))
    seen = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        while app.screen.curation.current is not None:  # type: ignore[attr-defined]
            text = screen_text(app)
            assert not controls_in(text)
            seen.append(text)
            await pilot.press("s", "a")  # every candidate shown once is checked too
            await pilot.pause()
    everything = "\n".join(seen)
    assert "[bold red]of[/]" in everything  # the title, as written
    assert "[link=http://evil.example]lake[/link]" in everything  # card and paragraph
    assert "ice[/] age" in everything
