"""Deterministic random draws seeded from a card, reproducing the generator Anki uses.

Anki seeds its fuzz with ``card id + review count`` through Rust's ``StdRng::seed_from_u64``:
the seed is expanded to a 256-bit key with PCG32, and numbers come from the ChaCha stream
cipher with 12 rounds. The same seed therefore always gives the same fuzz, so the interval shown
on a button before answering is the interval that answer gives.
"""

from __future__ import annotations

from quizapp.scheduling.f32 import f32

_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF
_CONSTANTS = (0x61707865, 0x3320646E, 0x79622D32, 0x6B206574)  # "expand 32-byte k"


def _pcg32_key(seed: int) -> list[int]:
    """Eight little-endian key words from a 64-bit seed (rand_core's seed_from_u64)."""
    state, words = seed & _MASK64, []
    for _ in range(8):
        state = (state * 6364136223846793005 + 11634580027462260723) & _MASK64
        xorshifted = (((state >> 18) ^ state) >> 27) & _MASK32
        rot = state >> 59
        words.append(((xorshifted >> rot) | (xorshifted << ((32 - rot) & 31))) & _MASK32)
    return words


def _rotl(value: int, shift: int) -> int:
    return ((value << shift) | (value >> (32 - shift))) & _MASK32


def _quarter(x: list[int], a: int, b: int, c: int, d: int) -> None:
    x[a] = (x[a] + x[b]) & _MASK32
    x[d] = _rotl(x[d] ^ x[a], 16)
    x[c] = (x[c] + x[d]) & _MASK32
    x[b] = _rotl(x[b] ^ x[c], 12)
    x[a] = (x[a] + x[b]) & _MASK32
    x[d] = _rotl(x[d] ^ x[a], 8)
    x[c] = (x[c] + x[d]) & _MASK32
    x[b] = _rotl(x[b] ^ x[c], 7)


def _chacha12_block(key: list[int]) -> list[int]:
    """The first 64-byte block of the ChaCha12 stream for ``key`` (counter 0, stream 0)."""
    state = [*_CONSTANTS, *key, 0, 0, 0, 0]
    x = list(state)
    for _ in range(6):  # 12 rounds = 6 double rounds
        _quarter(x, 0, 4, 8, 12)
        _quarter(x, 1, 5, 9, 13)
        _quarter(x, 2, 6, 10, 14)
        _quarter(x, 3, 7, 11, 15)
        _quarter(x, 0, 5, 10, 15)
        _quarter(x, 1, 6, 11, 12)
        _quarter(x, 2, 7, 8, 13)
        _quarter(x, 3, 4, 9, 14)
    return [(a + b) & _MASK32 for a, b in zip(x, state, strict=True)]


class SeededDraws:
    """The stream of 32-bit words for one seed; the first block covers every use here."""

    def __init__(self, seed: int) -> None:
        self._words = _chacha12_block(_pcg32_key(seed))
        self._next = 0

    def next_u32(self) -> int:
        word = self._words[self._next]
        self._next += 1
        return word

    def unit_f32(self) -> float:
        """A float32 in [0, 1): the top 23 bits of one word as the mantissa."""
        return (self.next_u32() >> 9) / float(1 << 23)

    def below(self, low: int, high: int) -> int:
        """An integer in [low, high), by widening multiply with one bias correction."""
        span = (high - 1 - low + 1) & _MASK32
        product = self.next_u32() * span
        result, low_order = product >> 32, product & _MASK32
        if low_order > ((-span) & _MASK32):
            extra = (self.next_u32() * span) >> 32
            if low_order + extra > _MASK32:
                result += 1
        return low + result


def fuzz_factor(seed: int) -> float:
    """The review-fuzz factor in [0, 1) for a card at a review count."""
    return SeededDraws(seed).unit_f32()


def learning_fuzz_secs(seed: int, secs: int) -> int:
    """A learning step lengthened by up to 25%, at most 5 minutes."""
    upper = secs + int(min(f32(secs * f32(0.25)), 300.0))
    return secs if secs >= upper else SeededDraws(seed).below(secs, upper)
