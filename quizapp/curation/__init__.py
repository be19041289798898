"""Curating a generated deck: decisions by card id, kept beside the deck, and what changed in
the article since the deck was made. No terminal code here: the screens and the CLI use it."""
