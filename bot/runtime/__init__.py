"""How MedNav runs Rasa 3.6: stores chosen by environment variable, and lean action calls.

endpoints.yml names `runtime.stores`, so Rasa imports this package whenever it serves (run, shell,
test); importing it applies `action_calls.send_current_turn_only`.
"""

from runtime.action_calls import send_current_turn_only

send_current_turn_only()
