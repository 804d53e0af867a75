"""Evaluating a commune against a rulebook edition."""

from __future__ import annotations

from ntm_rules.editions import edition_for_year
from ntm_rules.evaluators.base import Context
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    UnknownIdentifierError,
)
from ntm_rules.in_force import evaluate_criteria, has_indicators, plan
from ntm_rules.profile import CommuneProfile
from ntm_rules.reading import key_text
from ntm_rules.results import Evaluation
from ntm_rules.rulebook import Rulebook, years_problem


def evaluate(
    profile: CommuneProfile, rulebook: Rulebook | None = None, *, verified_only: bool = False
) -> Evaluation:
    """Evaluate a commune against every criterion of ``rulebook``.

    Without ``rulebook``, the edition in force for the profile's data year is used (1980 for
    2016–2021, 318 for 2022–2025, 51/2025 from 2026), and the evaluation says so.

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
    chosen_by_year = rulebook is None
    if rulebook is None:
        rulebook = edition_for_year(profile.year)
    outside = years_problem(profile.year, rulebook.id, rulebook.first_year, rulebook.last_year)
    problems: list[InputProblem] = [] if outside is None else [outside]
    values = profile.values
    if not has_indicators(rulebook, values):  # one set test where every key is known
        for key in values:
            if not rulebook.has_indicator(key):
                field = f'values."{key_text(key)}"'
                problems.append(
                    UnknownIdentifierError(field, "indicator", key, rulebook.indicator_ids)
                )
    if problems:
        raise InvalidInputError(problems, "profile")
    as_of = rulebook.as_of(profile.year)
    try:
        column = rulebook.column_rules.choose(profile, as_of)
    except InputProblem as problem:
        raise InvalidInputError([problem], "profile") from None
    context = Context(column, as_of, verified_only)
    in_force = plan(rulebook, column.column.code, as_of, verified_only)
    return Evaluation(
        profile,
        rulebook,
        column,
        evaluate_criteria(in_force, values, context),
        verified_only,
        "year" if chosen_by_year else "given",
    )
