"""A text box whose editing keys take effect in the order they were typed.

Textual's Input inserts a typed letter as soon as the key reaches it, but runs its own bound
keys (backspace, delete, arrows, ctrl+w, enter, ...) only after the key has bubbled up to the
app and back: a letter typed right after a backspace can land first, so on a busy machine
"water", a held backspace and "salt" could end as "wlt" (Textual issue #6605). Here the box
runs its own bindings when the key reaches it, like the letters, so every key applies in order.
Priority bindings (ctrl+q, ...) are unchanged: the app checks them before the box sees the key.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

__all__ = ["OrderedInput"]


class OrderedInput(Input):
    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable:
            for binding in self._bindings.key_to_bindings.get(event.key, []):
                if not binding.priority and await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()  # done here: it must not run again at the app
                    return
        # A letter, or not the box's key (or its action declined, as scrolling a one-line box
        # does): as Input has it, the key then going on to the screen and the app.
        await super()._on_key(event)
