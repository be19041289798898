"""Single-precision arithmetic, so intervals and memory states round exactly as Anki's do.

Anki computes fuzz and stores stability and difficulty as 32-bit floats. Each helper rounds a
Python float to the nearest float32 once; for +, -, * and / on float32 inputs a double result
rounded once is the correctly rounded float32 result, so chains of these match step by step.
"""

from __future__ import annotations

import math
import struct

_F32 = struct.Struct("<f")


def f32(value: float) -> float:
    """``value`` rounded to the nearest 32-bit float."""
    return _F32.unpack(_F32.pack(value))[0]


def round_half_away(value: float) -> float:
    """Round to an integer, halves away from zero (Rust's ``f32::round``, not banker's)."""
    whole = math.trunc(value)
    frac = value - whole
    if frac >= 0.5:
        return float(whole + 1)
    if frac <= -0.5:
        return float(whole - 1)
    return float(whole)


def round_places(value: float, places: int) -> float:
    """Round to ``places`` decimals in float32, as Anki does before storing a memory state."""
    factor = f32(10.0**places)
    return f32(round_half_away(f32(f32(value) * factor)) / factor)
