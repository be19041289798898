"""Learning and relearning steps as Anki applies them (delays in seconds)."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.scheduling.f32 import f32, round_half_away

DAY = 86_400


def _round_in_days(secs: int) -> int:
    if secs > DAY:
        return int(round_half_away(f32(f32(secs) / DAY))) * DAY
    return secs


@dataclass(frozen=True)
class Steps:
    minutes: tuple[int, ...]

    def _secs(self, index: int) -> int | None:
        return self.minutes[index] * 60 if 0 <= index < len(self.minutes) else None

    def index(self, step: int | None) -> int:
        """The step a card is on, clamped to the steps the deck has now."""
        return max(0, min(step or 0, len(self.minutes) - 1))

    @property
    def empty(self) -> bool:
        return not self.minutes

    def again(self) -> int | None:
        return self._secs(0)

    def hard(self, step: int | None) -> int | None:
        """Repeat the step; on the first, halfway to the next (or 1.5 times, at most +1 day)."""
        idx = self.index(step)
        current = self._secs(idx)
        if current is None:
            current = self._secs(0)
            if current is None:
                return None
        if idx != 0:
            return current
        following = self._secs(1)
        if following is not None:
            return _round_in_days((current + following) // 2)
        return _round_in_days(min(current * 3 // 2, current + DAY))

    def good(self, step: int | None) -> int | None:
        return self._secs(self.index(step) + 1)

    def after_good(self, step: int | None) -> int:
        return self.index(step) + 1
