"""Article to draft deck: headings, spam hygiene, cards of four types, ranked and stable."""

from quizapp.generate.article import ArticleError, decode_article, parse_article
from quizapp.generate.deck import GenerationResult, generate_deck
from quizapp.generate.hygiene import Drop

__all__ = [
    "ArticleError",
    "Drop",
    "GenerationResult",
    "decode_article",
    "generate_deck",
    "parse_article",
]
