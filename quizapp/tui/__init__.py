"""The Textual study app: home, review, quiz, stats, browse and help screens."""
