"""Shared inputs for the generator tests: the ten real articles and their generated decks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from quizapp.generate import GenerationResult, decode_article, generate_deck

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
SOURCE_ARTICLES = sorted(ARTICLES.glob("*.txt"))
MORE_ARTICLES = sorted((ARTICLES / "more").glob("*.txt"))
ALL_ARTICLES = SOURCE_ARTICLES + MORE_ARTICLES


@cache
def generated(path: Path) -> GenerationResult:
    return generate_deck(decode_article(path.read_bytes()), article_path=path.name)


@pytest.fixture(params=ALL_ARTICLES, ids=lambda p: p.stem)
def result(request: pytest.FixtureRequest) -> GenerationResult:
    return generated(request.param)
