"""quizapp: turn articles into question decks and learn them with spaced repetition."""

__version__ = "0.1.0"
