"""A biography's main person is named by every name the article gives them: the birth name
("She was born Maria Salomea Skłodowska") is the person, so a "her" after "Maria" is no unnamed
someone."""

from __future__ import annotations

from quizapp.generate import generate_deck

ARTICLE = """Marie Curie: the scientist who discovered radium
Marie Curie was a Polish-born French physicist and chemist whose research on radioactivity \
changed science. She remains the only person to win Nobel Prizes in two different sciences.
Early life
She was born Maria Salomea Skłodowska on 7 November 1867 in Warsaw. She was the youngest of five \
children, and she was a brilliant pupil at a school for girls.
Studies in Paris
In late 1891 Maria moved to Paris and enrolled at the Sorbonne, signing her name in the French \
form. She earned a degree in physics in 1893, finishing first in her class.
Later years
In 1911 Marie Curie won a second Nobel Prize. In 1934 Marie Curie died of aplastic anaemia. In \
1995 the remains of Marie Curie were moved to the Panthéon.
"""


def test_a_birth_name_then_her_is_the_main_person() -> None:
    result = generate_deck(ARTICLE)
    skipped = {s.sentence: s.reason for s in result.skips}
    late = [s for s in skipped if s.startswith("In late 1891")]
    assert not late or "points to someone" not in skipped[late[0]], skipped[late[0]]
    sources = [c.source or "" for s in result.deck.sections for c in s.cards]
    assert any(src.startswith("In late 1891 Maria moved") for src in sources), sources
