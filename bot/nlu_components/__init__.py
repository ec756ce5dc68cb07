"""Custom Rasa NLU components (loaded by Rasa from this directory)."""
