"""Pause Python's cyclic garbage collector while a deck's objects are made in bulk.

Reading or importing a deck makes millions of small objects and no reference cycles; each
collection walks every live object, so with the collector on, the work per card grows with
the deck (a 500,000-card import ran several times slower per card than a 10,000-card one).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
