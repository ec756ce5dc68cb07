"""Rasa's RulePolicy, matching rules against the last few turns instead of the whole conversation.

MedNav's rules are one user turn long (an intent, then its action), and the conversation's context
lives in slots that the actions keep. RulePolicy nevertheless rebuilds the dialogue state of every
past turn at every prediction, so a reply at turn 50 cost twice one at turn 1. Trimming the tracker
to its recent events before predicting keeps every turn as fast as the first.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.memoization import _trim_tracker_by_max_history
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

# Actions to look back over: enough for any one-turn rule and the action_listen after it.
RECENT_ACTIONS = 5


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITH_END_TO_END_SUPPORT, is_trainable=True)
class RecentTurnsRulePolicy(RulePolicy):
    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        recent = _trim_tracker_by_max_history(tracker, RECENT_ACTIONS)
        return super().predict_action_probabilities(recent, domain, rule_only_data, **kwargs)
