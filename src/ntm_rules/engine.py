"""Evaluating a commune against a rulebook edition."""

from __future__ import annotations

from ntm_rules.editions import default_rulebook
from ntm_rules.evaluators.base import Context
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    UnknownIdentifierError,
)
from ntm_rules.profile import CommuneProfile
from ntm_rules.regions import choose_column
from ntm_rules.results import Evaluation
from ntm_rules.rulebook import Rulebook


def evaluate(
    profile: CommuneProfile, rulebook: Rulebook | None = None, *, verified_only: bool = False
) -> Evaluation:
    """Evaluate a commune against every criterion of ``rulebook`` (default: 2021–2025).

    A failed threshold is a result; only a profile that does not fit the rulebook (a year
    it does not cover, an indicator it does not have) raises.

    Args:
        profile: the commune and its reported values.
        rulebook: the edition, or one derived from it by a provincial or what-if table.
        verified_only: treat thresholds no public source confirms as unknown.

    Examples:
        >>> from ntm_rules import load_profile
        >>> profile = load_profile({"commune": "A", "region": "TN", "year": 2024,
        ...                         "values": {"3.1": 79.5, "3.2": True}})
        >>> evaluate(profile).criteria[2].status
        <Status.FAIL: 'fail'>
    """
    rulebook = rulebook or default_rulebook()
    problems: list[InputProblem] = []
    if not rulebook.covers(profile.year):
        span = f"{rulebook.first_year}–{rulebook.last_year}"
        problems.append(
            OutOfRangeError("year", f"{profile.year} is outside {rulebook.id} ({span})")
        )
    for key in profile.values:
        if not rulebook.has_indicator(key):
            field = f'values."{key}"'
            problems.append(UnknownIdentifierError(field, "indicator", key, rulebook.indicator_ids))
    if problems:
        raise InvalidInputError(problems, "profile")
    as_of = rulebook.as_of(profile.year)
    column = choose_column(profile.region, profile.categories, as_of)
    context = Context(column, as_of, verified_only)
    values = profile.values
    return Evaluation(
        profile,
        rulebook,
        column,
        tuple(criterion.evaluate(values, context) for criterion in rulebook.criteria),
        verified_only,
    )
