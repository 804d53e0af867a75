"""The reusable evaluator mechanics: numeric thresholds, achieved/not achieved, scored checklists.

Each sub-indicator of a rulebook is a small subclass of one of these, declared in its
criterion's module under :mod:`ntm_rules.criteria`.
"""

from ntm_rules.evaluators.achieved import AchievedIndicator, ScoredIndicator
from ntm_rules.evaluators.base import Context, Indicator, Noun
from ntm_rules.evaluators.numeric import NumericIndicator, RateIndicator

__all__ = [
    "AchievedIndicator",
    "Context",
    "Indicator",
    "Noun",
    "NumericIndicator",
    "RateIndicator",
    "ScoredIndicator",
]
