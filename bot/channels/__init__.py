"""Custom Rasa input channels (loaded by Rasa from this directory)."""
