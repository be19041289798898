"""Hypothesis strategies that build valid decks of every card type."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from quizapp.deck import ChoiceCard, ClozeCard, Deck, QACard, Section, Settings, TrueFalseCard
from quizapp.deck.model import SourceInfo

# Any printable text a teacher might type, including quotes, colons, braces and accents.
text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\x85\u2028\u2029"
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "" and "{{" not in s and "}}" not in s)
ident = st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,12}", fullmatch=True)
maybe = st.none() | text
tags = st.lists(text, max_size=3).map(tuple)
days = st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def cloze_text(draw: st.DrawFn) -> str:
    before, answer, after = draw(text), draw(text), draw(text)
    hint = draw(st.none() | text.filter(lambda s: "::" not in s and ":" not in s[-1:]))
    # A colon or brace next to the "::" and "}}" separators would move the boundary (as in
    # Anki, an answer cannot start or end with them), so those are spaced out.
    answer = answer.replace(":", " ").replace("}", " ").replace("{", " ").strip() or "answer"
    if hint:
        hint = hint.replace("}", " ").replace("{", " ").strip() or None
    deletion = f"{{{{c1::{answer}::{hint}}}}}" if hint else f"{{{{c1::{answer}}}}}"
    return f"{before} {deletion} {after}"


def cards(card_id: str) -> st.SearchStrategy:
    common = {
        "id": st.just(card_id),
        "source": maybe,
        "explanation": maybe,
        "context": maybe,
        "tags": tags,
        "valid_until": days,
    }
    qa = st.builds(
        QACard, question=text, answer=text, accept=st.lists(text, max_size=2).map(tuple), **common
    )
    cloze = st.builds(ClozeCard, text=cloze_text(), **common)
    choice = st.lists(text, min_size=2, max_size=5, unique=True).flatmap(
        lambda options: st.builds(
            ChoiceCard,
            question=text,
            options=st.just(tuple(options)),
            answer=st.sampled_from(options).map(lambda a: (a,)),
            **common,
        )
    )
    truefalse = st.builds(
        TrueFalseCard, statement=text, answer=st.booleans(), correction=maybe, **common
    )
    return st.one_of(qa, cloze, choice, truefalse)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    section_ids = draw(st.lists(ident, min_size=1, max_size=3, unique=True))
    card_ids = iter(draw(st.lists(ident, min_size=len(section_ids) * 3, max_size=12, unique=True)))
    sections = []
    for sid in section_ids:
        count = draw(st.integers(0, 3))
        section_cards = tuple(draw(cards(next(card_ids))) for _ in range(count))
        sections.append(
            Section(id=sid, title=draw(text), cards=section_cards, valid_until=draw(days))
        )
    settings = draw(
        st.builds(
            Settings,
            desired_retention=st.sampled_from([0.8, 0.85, 0.9, 0.95]),
            new_per_day=st.integers(0, 100),
        )
    )
    # A source path names a file inside the deck's folder (check refuses one that leaves it).
    paths = st.none() | st.from_regex(r"[a-z0-9][a-z0-9_-]{0,12}\.(txt|md)", fullmatch=True)
    source = draw(st.none() | st.builds(SourceInfo, path=paths, title=maybe, url=maybe))
    return Deck(
        id=draw(ident),
        title=draw(text),
        description=draw(maybe),
        source=source,
        settings=settings,
        sections=tuple(sections),
    )
