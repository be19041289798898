"""The stats screen after a simulated week of reviews: figures, heatmap, forecast, mastery."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from quizapp.scheduling import FrozenClock, Rating
from quizapp.storage import Store
from quizapp.tui.app import build_app
from quizapp.tui.screens.stats import StatsScreen, format_duration
from quizapp.tui.widgets.bar_chart import BarChart, bar_rows
from quizapp.tui.widgets.heatmap import ReviewHeatmap, heatmap_text, level
from quizapp.tui.widgets.share_bars import ShareBars

from .progress_support import Host, plain, simulate_week, solar_store


@pytest.fixture
def solar(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = solar_store(tmp_path / "stats.db", clock)
    yield store
    store.close()


@asynccontextmanager
async def stats_screen(store: Store) -> AsyncIterator[tuple[Pilot[None], StatsScreen]]:
    """The stats screen at 80×24, its figures loaded."""
    async with Host(store, StatsScreen()).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, StatsScreen)
        yield pilot, screen


def text(screen: Screen[None], selector: str) -> str:
    return plain(screen.query_one(selector, Static))


async def test_stats_after_a_week_of_reviews(solar: Store, clock: FrozenClock) -> None:
    done = simulate_week(solar, clock)
    total = sum(done)
    async with stats_screen(solar) as (_pilot, screen):
        summary = text(screen, "#summary")
        assert "Streak 7 days" in summary
        assert f"Today {done[-1]} reviews" in summary
        assert f"over {total} reviews" in summary
        assert format_duration(timedelta(seconds=20 * total)) in summary
        heatmap = screen.query_one(ReviewHeatmap)
        today = clock.now().date()
        assert heatmap.today == today
        assert sum(heatmap.counts.values()) == total
        # Seven shaded cells in the picture, one per study day.
        picture = heatmap.render().plain.split("\n")[1:8]
        assert sum(row.count(g) for row in picture for g in "░▒▓█") == 7
        forecast = screen.query_one(BarChart)
        assert sum(forecast.values) > 0 and len(forecast.values) == 30
        assert "today" in forecast.render().plain
        mastery = screen.query_one(ShareBars)
        # The deck by its title (its sections summed), then its sections: never the deck's id.
        labels = [s.label for s in mastery.shares]
        assert labels == ["The Solar System", "  Planets", "  The Sun"]
        assert mastery.shares[0].heading and mastery.shares[0].whole == 9
        assert sum(s.whole for s in mastery.shares[1:]) == 9
    # Looking at stats writes nothing.
    assert solar.stats().total_reviews == total


async def test_stats_with_no_history_say_so(solar: Store) -> None:
    async with stats_screen(solar) as (pilot, screen):
        summary = text(screen, "#summary")
        assert "Streak 0 days" in summary and "no data yet" in summary
        assert sum(screen.query_one(BarChart).values) == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, StatsScreen)


async def test_stats_open_from_the_real_app(solar: Store, clock: FrozenClock) -> None:
    simulate_week(solar, clock, per_day=1)
    app = build_app(solar, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(StatsScreen())
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Streak 7 days" in text(app.screen, "#summary")  # type: ignore[arg-type]


def test_heatmap_puts_today_in_the_last_column_on_its_weekday() -> None:
    today = date(2026, 3, 4)  # a Wednesday
    text = heatmap_text({today: 5, today - timedelta(days=7): 1}, today).plain.split("\n")
    wednesday = text[3]
    assert wednesday.startswith("Wed") and wednesday.rstrip().endswith("█")
    assert wednesday.rstrip()[-3] == "░"  # a week earlier, a fifth of the busiest day
    assert text[4].rstrip().endswith("·") and len(text[4].rstrip()) < len(wednesday.rstrip())
    assert max(len(line) for line in text) <= 80


def test_levels_and_bars_scale_to_the_largest_value() -> None:
    assert [level(n, 8) for n in (0, 1, 2, 3, 8)] == [0, 1, 1, 2, 4]
    rows = bar_rows([0, 1, 8, 16], height=2)
    assert rows[0][3] == "█" and rows[1][0] == " " and rows[1][1] != " "


async def test_recent_quizzes_are_listed_newest_first(solar: Store, clock: FrozenClock) -> None:
    solar.record_quiz("solar", None, 10, 7, ["a", "b", "c"])
    clock.advance(timedelta(days=1))
    solar.record_quiz("solar", "planets", 4, 4, [])
    async with stats_screen(solar) as (_pilot, screen):
        lines = text(screen, "#quizzes").splitlines()
    assert len(lines) == 2
    assert "4/4 (100%)" in lines[0] and "The Solar System · Planets" in lines[0]
    assert "solar" not in lines[0] and lines[1].endswith("The Solar System")
    assert "7/10 (70%)" in lines[1]


async def test_no_quizzes_yet_says_how_to_take_one(solar: Store) -> None:
    async with stats_screen(solar) as (_pilot, screen):
        assert "press z on the home screen" in text(screen, "#quizzes")


async def test_stats_show_retention_per_deck_young_and_mature(
    solar: Store, clock: FrozenClock
) -> None:
    ids = [row.item_id for row in solar.browse()][:2]
    for item in ids:  # into review, then one pass and one lapse a few days later
        while solar.item(item).state.phase.name != "REVIEW":
            solar.review(item, Rating.Good)
            clock.advance(timedelta(minutes=10))
    clock.advance(timedelta(days=3))
    solar.review(ids[0], Rating.Good)
    solar.review(ids[1], Rating.Again)
    async with stats_screen(solar) as (_pilot, screen):
        console = Console(width=76, color_system=None)
        with console.capture() as captured:
            console.print(screen.query_one("#retention", Static).content)
        shown = captured.get()
        assert "All decks" in shown and "The Solar System" in shown
        assert "Young" in shown and "Mature" in shown
        assert "50% of 2" in shown  # today, 7, 30 and 365 days alike


async def test_stats_show_the_workload_ahead_per_desired_retention(
    solar: Store, clock: FrozenClock
) -> None:
    simulate_week(solar, clock)
    own, *others = solar.workload(days=30)  # what `quizapp forecast` prints
    async with stats_screen(solar) as (_pilot, screen):
        console = Console(width=76, color_system=None)
        with console.capture() as captured:
            console.print(screen.query_one("#workload", Static).content)
        lines = captured.get().splitlines()
    assert lines[0].endswith("answers a day, today → +29 d")
    assert lines[1].split() == ["Desired", "retention", "Answers", "A", "day", "Min", "a", "day",
                                "Busiest", "day"]
    rows = [line.split() for line in lines[2:7]]
    assert rows[0][:3] == ["0.90", "(yours)", f"{own.total:.0f}"]
    assert rows[0][3] == f"{own.total / 30:.1f}"
    assert [r[0] for r in rows[1:]] == ["0.80", "0.85", "0.90", "0.95"]
    assert [r[1] for r in rows[1:]] == [f"{w.total:.0f}" for w in others]
    assert rows[0][4] == f"{sum(own.minutes) / 30:.0f}"  # from the logged 20 s an answer
    assert own.total > 0
