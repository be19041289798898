"""A small deck with every card type, as a YAML file in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.deck import (
    ChoiceCard,
    ClozeCard,
    Deck,
    QACard,
    Section,
    TrueFalseCard,
    save_deck,
)

SAMPLE = Deck(
    id="world-capitals",
    title="World capitals",
    description="Capitals & rivers",
    sections=(
        Section(
            id="europe",
            title="Europe",
            cards=(
                QACard(
                    id="fr",
                    question="Capital of France?",
                    answer="Paris",
                    source="Paris is the capital of France.",
                    explanation="Since <987> & so on",
                    tags=("easy", "two words"),
                ),
                QACard(
                    id="de",
                    question="Capital of Germany?",
                    answer="Berlin",
                    accept=("berlin", "BER"),
                ),
                ClozeCard(
                    id="it",
                    text="{{c1::Rome}} is the capital of {{c2::Italy::country}}.",
                    source="Rome is the capital of Italy.",
                ),
            ),
        ),
        Section(
            id="rivers",
            title="Rivers, lakes",
            cards=(
                ChoiceCard(
                    id="danube",
                    question="Which cities lie on the Danube?",
                    options=("Vienna", "Budapest", "Prague", 'Say "Hi", ok'),
                    answer=("Vienna", "Budapest"),
                    explanation="Prague lies on the Vltava.\nSecond line.",
                ),
                TrueFalseCard(
                    id="thames",
                    statement="The Seine flows through London.",
                    answer=False,
                    correction="The Thames flows through London.",
                ),
                TrueFalseCard(
                    id="rhine", statement="The Rhine flows into the North Sea.", answer=True
                ),
            ),
        ),
    ),
)


@pytest.fixture
def sample_deck() -> Deck:
    return SAMPLE


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "capitals.yaml"
    save_deck(SAMPLE, path)
    return path
