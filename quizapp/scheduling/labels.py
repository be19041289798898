"""Interval labels as Anki writes them on its answer buttons: 10m, 6m, 1h, 3d, 8mo, 1.5y."""

from __future__ import annotations

from datetime import timedelta

from quizapp.scheduling.f32 import f32, round_half_away

_MINUTE = 60.0
_HOUR = 3_600.0
_DAY = 86_400.0
_YEAR = 365.0 * _DAY
_MONTH = f32(_YEAR / 12.0)  # a month is a twelfth of a year, not 30 days
_UNITS = ((_MINUTE, 1.0, "s"), (_HOUR, _MINUTE, "m"), (_DAY, _HOUR, "h"), (_MONTH, _DAY, "d"))


def _amount(value: float, whole: bool) -> str:
    if whole:
        return str(int(round_half_away(value)))
    tenths = f32(round_half_away(f32(value * 10.0)) / 10.0)
    return f"{tenths:.1f}".removesuffix(".0")


def format_interval(delta: timedelta) -> str:
    """Seconds, minutes and days whole; hours, months and years to one decimal, as Anki does."""
    secs = f32(max(delta.total_seconds(), 0.0))
    for below, unit, suffix in _UNITS:
        if secs < below:
            return _amount(f32(secs / unit), suffix != "h") + suffix
    if secs < _YEAR:
        return _amount(f32(secs / _MONTH), False) + "mo"
    return _amount(f32(secs / _YEAR), False) + "y"
