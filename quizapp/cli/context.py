"""Options every command shares (set by the top-level callback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer


@dataclass(frozen=True)
class Options:
    db: Path | None
    profile: str


def options(ctx: typer.Context) -> Options:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, Options) else Options(db=None, profile="default")
