"""The hospital directory: its data, its vocabulary and its rules. Knows nothing of Rasa or HTTP."""
