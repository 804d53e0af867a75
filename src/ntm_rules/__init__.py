"""Vietnam's New Rural Development (Nông thôn mới) rulebook as code.

Load a commune profile, evaluate it against the edition in force for its year (or a
provincial or what-if derivation of it), read verdicts with their thresholds, gaps and legal
basis, explain them, write and read them as JSON, follow a commune plan, evaluate a
province's table of communes and classify households.

The public API is the names in ``__all__`` below (and, for the optional subsystems, the
``__all__`` of :mod:`ntm_rules.batch`, :mod:`ntm_rules.households`,
:mod:`ntm_rules.workbooks` and :mod:`ntm_rules.schemas`); every other module and name is
internal and may change. Names that need an optional extra (``batch``, ``excel``,
``schema``) are imported on first use, so ``import ntm_rules`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntm_rules._lazy import lazy_exports
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

if TYPE_CHECKING:
    from ntm_rules.batch import BatchResult, evaluate_many
    from ntm_rules.documents import (
        evaluation_document,
        evaluation_from_document,
        evaluation_json,
        rulebook_document,
    )
    from ntm_rules.edition_files import edition_template, load_edition
    from ntm_rules.examples import (
        example_households_path,
        example_plan_path,
        example_profile_path,
    )
    from ntm_rules.explain import full as explanation
    from ntm_rules.explain import one_line as summary_line
    from ntm_rules.households import classify_households, profile_values
    from ntm_rules.plan.documents import plan_document, progress_document
    from ntm_rules.plan.load import load_plan, save_plan
    from ntm_rules.plan.model import Plan
    from ntm_rules.plan.progress import PlanProgress, progress
    from ntm_rules.schemas import validate
    from ntm_rules.sealing import StoredEvaluation, load_evaluation, verify

__version__ = "0.1.0"

_LAZY = {
    "evaluation_document": "ntm_rules.documents",
    "evaluation_from_document": "ntm_rules.documents",
    "evaluation_json": "ntm_rules.documents",
    "rulebook_document": "ntm_rules.documents",
    "example_households_path": "ntm_rules.examples",
    "example_plan_path": "ntm_rules.examples",
    "classify_households": "ntm_rules.households",
    "profile_values": "ntm_rules.households",
    "example_profile_path": "ntm_rules.examples",
    "explanation": "ntm_rules.explain:full",
    "summary_line": "ntm_rules.explain:one_line",
    "plan_document": "ntm_rules.plan.documents",
    "progress_document": "ntm_rules.plan.documents",
    "load_plan": "ntm_rules.plan.load",
    "save_plan": "ntm_rules.plan.load",
    "Plan": "ntm_rules.plan.model",
    "PlanProgress": "ntm_rules.plan.progress",
    "progress": "ntm_rules.plan.progress",
    "BatchResult": "ntm_rules.batch",
    "evaluate_many": "ntm_rules.batch",
    "edition_template": "ntm_rules.edition_files",
    "load_edition": "ntm_rules.edition_files",
    "validate": "ntm_rules.schemas",
    "StoredEvaluation": "ntm_rules.sealing",
    "load_evaluation": "ntm_rules.sealing",
    "verify": "ntm_rules.sealing",
}
"""Public names imported on first use (``module`` or ``module:name``): they need an optional
extra, or are not needed to evaluate, so ``import ntm_rules`` stays light."""


__getattr__ = lazy_exports(__name__, _LAZY)

__all__ = [
    "COMMUNE_2021_2025",
    "EDITIONS",
    "Achievement",
    "Amount",
    "BatchResult",
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
    "Plan",
    "PlanProgress",
    "Ratio",
    "Reason",
    "Region",
    "Rulebook",
    "RulebookError",
    "Score",
    "Status",
    "StoredEvaluation",
    "ThresholdTable",
    "ThresholdValue",
    "Verdict",
    "Verification",
    "__version__",
    "apply_overrides",
    "classify_households",
    "default_rulebook",
    "edition_for_year",
    "edition_template",
    "evaluate",
    "evaluate_many",
    "evaluation_document",
    "evaluation_from_document",
    "evaluation_json",
    "example_households_path",
    "example_plan_path",
    "example_profile_path",
    "explanation",
    "load_edition",
    "load_evaluation",
    "load_overrides",
    "load_plan",
    "load_profile",
    "load_rulebook",
    "plan_document",
    "profile_values",
    "progress",
    "progress_document",
    "rulebook_document",
    "save_plan",
    "summary_line",
    "validate",
    "verify",
]
