"""Progress figures for self-learners: activity, streak, retention, forecast, mastery."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Integer, and_, case, cast, func
from sqlmodel import Session, col, select

from quizapp.scheduling import day_start, from_day_number
from quizapp.storage import quizzes
from quizapp.storage.codec import to_db
from quizapp.storage.queue import MASTERED_STABILITY_DAYS, Window
from quizapp.storage.tables import CardStateRow, DeckRow, ItemRow, ReviewLogRow, SectionRow
from quizapp.storage.views import SectionMastery, Stats

HEATMAP_DAYS = 182
RECENT_QUIZZES = 5
FORECAST_DAYS = 30


def streak(days: set[int], today: int) -> int:
    """Consecutive study days ending today (or yesterday, when today has no reviews yet)."""
    current = today if today in days else today - 1
    count = 0
    while current in days:
        count += 1
        current -= 1
    return count


def compute_stats(session: Session, window: Window, tz) -> Stats:  # type: ignore[no-untyped-def]
    log = ReviewLogRow
    profile = window.profile_id
    today = window.today
    per_day = dict(
        session.exec(
            select(log.study_day, func.count())
            .where(log.profile_id == profile, log.study_day > today - HEATMAP_DAYS)
            .group_by(log.study_day)
        ).all()
    )
    days = set(per_day)
    run = streak(days, today)
    if run >= HEATMAP_DAYS - 1:  # a long streak: look further back than the heatmap
        days = set(
            session.exec(select(log.study_day).where(log.profile_id == profile).distinct()).all()
        )
        run = streak(days, today)
    total, passed = session.exec(
        select(func.count(), func.sum(case((log.rating > 1, 1), else_=0))).where(
            log.profile_id == profile, log.study_day > today - 30, log.phase_before == 2
        )
    ).one()
    reviews, millis = session.exec(
        select(func.count(), func.coalesce(func.sum(log.duration_ms), 0)).where(
            log.profile_id == profile
        )
    ).one()
    return Stats(
        today=from_day_number(today),
        reviews_today=per_day.get(today, 0),
        streak_days=run,
        retention_30d=(passed or 0) / total if total else None,
        reviews_per_day={from_day_number(d): n for d, n in sorted(per_day.items())},
        forecast=forecast(session, window, tz),
        mastery=mastery(session, profile),
        total_time=timedelta(milliseconds=int(millis or 0)),
        total_reviews=int(reviews or 0),
        recent_quizzes=quizzes.history(session, profile, RECENT_QUIZZES),
    )


def forecast(session: Session, window: Window, tz) -> list[int]:  # type: ignore[no-untyped-def]
    """Items falling due on each of the next 30 study days; overdue ones count for today."""
    start = day_start(from_day_number(window.today), tz)
    end = day_start(from_day_number(window.today + FORECAST_DAYS), tz)
    state = CardStateRow
    bucket = cast(func.julianday(state.due) - func.julianday(to_db(start)), Integer)
    # Retired items are few: excluding them by a subquery keeps the scan on the covering index.
    retired = select(ItemRow.id).where(ItemRow.retired == True)  # noqa: E712
    rows = session.exec(
        select(bucket, func.count())
        .where(
            state.profile_id == window.profile_id,
            state.phase > 0,
            state.suspended == False,  # noqa: E712
            state.due < to_db(end),
            col(state.item_id).not_in(retired),
        )
        .group_by(bucket)
    ).all()
    counts = [0] * FORECAST_DAYS
    for offset, n in rows:
        counts[min(max(int(offset), 0), FORECAST_DAYS - 1)] += n
    return counts


def mastery(session: Session, profile: int) -> list[SectionMastery]:
    state = CardStateRow
    rows = session.exec(
        select(
            DeckRow.slug,
            SectionRow.slug,
            SectionRow.title,
            func.count(ItemRow.id),
            func.sum(case((state.stability >= MASTERED_STABILITY_DAYS, 1), else_=0)),
        )
        .join(SectionRow, col(SectionRow.id) == ItemRow.section_id)
        .join(DeckRow, col(DeckRow.id) == ItemRow.deck_id)
        .outerjoin(state, and_(col(state.item_id) == ItemRow.id, state.profile_id == profile))
        .where(ItemRow.retired == False, SectionRow.retired == False)  # noqa: E712
        .group_by(SectionRow.id)
        .order_by(DeckRow.title, SectionRow.position)
    ).all()
    return [SectionMastery(d, s, t, n, int(m or 0)) for d, s, t, n, m in rows]
