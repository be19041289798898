"""One injectable clock for everything that needs "now", so tests and benchmarks can travel."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

DAY_STARTS_AT_HOUR = 4  # as in Anki: a late-night session still counts for the day before


class Clock(Protocol):
    """Gives the current time as an aware UTC datetime, and the user's local zone."""

    def now(self) -> datetime: ...

    @property
    def tz(self) -> tzinfo: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    @property
    def tz(self) -> tzinfo:
        local = datetime.now().astimezone().tzinfo
        return local if local is not None else UTC


class FrozenClock:
    """A clock that only moves when told to."""

    def __init__(self, now: datetime, tz: tzinfo = UTC) -> None:
        if now.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._now = now.astimezone(UTC)
        self._tz = tz

    def now(self) -> datetime:
        return self._now

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, now: datetime) -> None:
        self._now = now.astimezone(UTC)


def study_day(moment: datetime, tz: tzinfo) -> date:
    """The study day a moment belongs to: local date, with the day starting at 4 am."""
    local = moment.astimezone(tz) - timedelta(hours=DAY_STARTS_AT_HOUR)
    return local.date()


def day_start(day: date, tz: tzinfo) -> datetime:
    """When a study day begins, in UTC."""
    local = datetime(day.year, day.month, day.day, DAY_STARTS_AT_HOUR, tzinfo=tz)
    return local.astimezone(UTC)


def next_day_start(moment: datetime, tz: tzinfo) -> datetime:
    return day_start(study_day(moment, tz) + timedelta(days=1), tz)


def day_number(day: date) -> int:
    """Days since 1970-01-01: a compact, sortable key for storing study days."""
    return (day - date(1970, 1, 1)).days


def from_day_number(number: int) -> date:
    return date(1970, 1, 1) + timedelta(days=number)


def rollover_after(moment: datetime, tz: tzinfo) -> datetime:
    """The next 4 am rollover as Anki finds it: in the UTC offset in force at ``moment``."""
    whole = moment.astimezone(UTC).replace(microsecond=0)
    offset = whole.astimezone(tz).utcoffset() or timedelta(0)
    local = whole + offset
    rollover = local.replace(hour=DAY_STARTS_AT_HOUR, minute=0, second=0)
    if rollover <= local:
        rollover += timedelta(days=1)
    return rollover - offset


def days_elapsed(now: datetime, last_review: datetime | None, tz: tzinfo) -> int:
    """Whole days from a review to the coming rollover: how Anki counts elapsed study days.

    A card reviewed at 23:00 and again at 05:00 the next morning has had one day; one reviewed
    at 03:00 and again at 05:00 has too, since the day turned at 4 am in between.
    """
    if last_review is None:
        return 0
    last = int(last_review.timestamp())
    return max(int(rollover_after(now, tz).timestamp()) - last, 0) // 86_400
