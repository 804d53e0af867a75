"""Vietnam's New Rural Development (Nông thôn mới) rulebook as code.

Load a commune profile, evaluate it against the 2021–2025 commune set (or a provincial
or what-if derivation of it), and read verdicts with their thresholds, gaps and legal
basis.
"""

from ntm_rules.citations import Citation, Verification
from ntm_rules.columns import Column, ColumnChoice, ColumnSet
from ntm_rules.editions import (
    COMMUNE_2021_2025,
    EDITIONS,
    default_rulebook,
    edition_for_year,
)
from ntm_rules.engine import evaluate
from ntm_rules.evaluators.base import Indicator
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    NtmRulesError,
    RulebookError,
)
from ntm_rules.measurements import Achievement, Amount, Components, Ratio, Score
from ntm_rules.overrides import OverrideTable, apply_overrides, load_overrides, load_rulebook
from ntm_rules.profile import CommuneProfile, load_profile
from ntm_rules.regions import Category, Region
from ntm_rules.results import (
    CriterionResult,
    Evaluation,
    IndicatorResult,
    Reason,
    Status,
    Verdict,
)
from ntm_rules.rulebook import Criterion, Group, Rulebook
from ntm_rules.thresholds import Direction, ThresholdTable, ThresholdValue

__version__ = "0.1.0"

__all__ = [
    "COMMUNE_2021_2025",
    "EDITIONS",
    "Achievement",
    "Amount",
    "Category",
    "Citation",
    "Column",
    "ColumnChoice",
    "ColumnSet",
    "CommuneProfile",
    "Components",
    "Criterion",
    "CriterionResult",
    "Direction",
    "Evaluation",
    "Group",
    "Indicator",
    "IndicatorResult",
    "InputProblem",
    "InvalidInputError",
    "NtmRulesError",
    "OverrideTable",
    "Ratio",
    "Reason",
    "Region",
    "Rulebook",
    "RulebookError",
    "Score",
    "Status",
    "ThresholdTable",
    "ThresholdValue",
    "Verdict",
    "Verification",
    "__version__",
    "apply_overrides",
    "default_rulebook",
    "edition_for_year",
    "evaluate",
    "load_overrides",
    "load_profile",
    "load_rulebook",
]
