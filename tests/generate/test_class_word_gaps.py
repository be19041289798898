"""A gap asks for the rare name, not for the class word printed before it: 'the mineral
{{aragonite}}', never 'the {{mineral aragonite}}'."""

from __future__ import annotations

from quizapp.deck import dumps
from quizapp.generate import generate_deck

ARTICLE = """How shells are made
Building a shell
Oysters build their shells from calcium carbonate in the form of the mineral calcite. \
Inside the shell, a thin lining called nacre gives the surface its shine.
"""


def test_the_gap_is_the_name_after_the_class_word() -> None:
    text = dumps(generate_deck(ARTICLE).deck)
    assert "the mineral {{c1::calcite}}" in text
    assert "{{c1::mineral calcite}}" not in text
