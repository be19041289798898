"""Editing keys in a text box apply in the order typed, however fast the keys come."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from quizapp.tui.widgets.ordered_input import OrderedInput


class Box(App[None]):
    def __init__(self, box: type[Input]) -> None:
        super().__init__()
        self.box = box
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield self.box()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submitted.append(event.value)


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        (["a", "b", "c", "backspace", "backspace", "x", "y"], "axy"),
        (["a", "b", "left", "c"], "acb"),
        (["a", "b", "home", "c", "end", "d"], "cabd"),
        (["w", "a", "t", "e", "r", *["backspace"] * 8, "s", "a", "l", "t"], "salt"),
    ],
)
async def test_keys_in_one_burst_apply_in_order(keys: list[str], value: str) -> None:
    app = Box(OrderedInput)
    async with app.run_test() as pilot:
        for key in keys:  # all queued before any is handled, as from a fast typist
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause(0.3)
        assert app.query_one(Input).value == value
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause(0.1)
        assert app.submitted == [value]  # enter still submits, once
