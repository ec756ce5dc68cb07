"""How MedNav runs Rasa 3.6: stores chosen by environment variable, responses from the catalogs, and the
changes to Rasa's behaviour that runtime/cli.py applies (lean action calls, answers when actions fail)."""
