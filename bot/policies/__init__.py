"""Custom Rasa policies (loaded by Rasa from this directory)."""
