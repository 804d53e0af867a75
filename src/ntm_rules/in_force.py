"""The thresholds in force for one column and date, looked up once and reused per commune.

Evaluating a commune is one threshold look-up and one comparison per indicator. The look-up
and what it alone decides (an unknown or excluded threshold) depend only on the rulebook,
the column, the date and the verified-only option, so they are done once per such
combination and kept beside the rulebook, which is immutable (kept as long as it lives).
The verdicts are those of :meth:`Indicator.evaluate <ntm_rules.evaluators.base.Indicator.evaluate>`
and :meth:`Criterion.evaluate <ntm_rules.rulebook.Criterion.evaluate>`, which a subclass
that overrides either still gets.

The two plainest rules, an achieved answer and a number at least its bound, are applied in
the engine's loop itself for the indicators whose judge is the base class's own: the call
costs as much as the comparison. ``tests/test_in_force.py`` proves every result identical to
the one the judges give, on generated communes of every edition.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from ntm_rules.evaluators.achieved import AchievedIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.numeric import NumericIndicator
from ntm_rules.measurements import Amount
from ntm_rules.results import (
    CriterionResult,
    IndicatorResult,
    Reason,
    Status,
    new_criterion_result,
    new_indicator_result,
)
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction

if TYPE_CHECKING:
    from ntm_rules.citations import Verification
    from ntm_rules.evaluators.base import Context
    from ntm_rules.measurements import Measurement
    from ntm_rules.rulebook import Rulebook
    from ntm_rules.thresholds import ThresholdValue

Entry = tuple[
    str,
    "Callable[[Measurement, ThresholdValue, Context], IndicatorResult]",
    "Callable[[Measurement | None, ThresholdValue, Context, Reason], IndicatorResult] | None",
    "ThresholdValue",
    Reason | None,
    str,
    float,
    Indicator,
    "Verification",
]
"""One indicator's id, its :meth:`~Indicator.judge` and :meth:`~Indicator.undecided` (``None``
where it is the base class's), its
threshold in force, why that threshold is withheld (``None``: it is not), whether the engine
applies the rule itself (:func:`_plainness`) with the bound of a number, the indicator and
the threshold's status."""

Plan = tuple[tuple[Criterion, tuple[Entry, ...] | None, bool], ...]
"""Per criterion, its entries (``None``: the criterion evaluates itself) and whether its
result is the plain one (:meth:`Criterion.result_of` not overridden, every indicator known):
a non-empty list of results under their combined status."""

_Key = tuple[str, date, bool]


class _Known:
    """What is kept per rulebook object: its indicator ids and its plans by key."""

    __slots__ = ("ids", "plans", "rulebook")

    def __init__(self, rulebook: weakref.ref[Rulebook], ids: frozenset[str]) -> None:
        self.rulebook = rulebook
        self.ids = ids
        self.plans: dict[_Key, Plan] = {}


_KNOWN: dict[int, _Known] = {}
"""By ``id`` of the rulebook, dropped when the rulebook is (a weak reference says when)."""


def _known(rulebook: Rulebook) -> _Known:
    key = id(rulebook)
    known = _KNOWN.get(key)
    if known is not None and known.rulebook() is rulebook:
        return known
    ref = weakref.ref(rulebook, lambda _: _KNOWN.pop(key, None))
    known = _Known(ref, frozenset(rulebook.indicator_ids))
    _KNOWN[key] = known
    return known


def has_indicators(rulebook: Rulebook, ids: Mapping[str, object]) -> bool:
    """Whether ``rulebook`` has every indicator keyed in ``ids`` (one set test)."""
    return _known(rulebook).ids.issuperset(ids)


def plan(rulebook: Rulebook, column: str, as_of: date, verified_only: bool) -> Plan:
    """The thresholds in force of every indicator of ``rulebook`` for ``column`` on ``as_of``."""
    plans = _known(rulebook).plans
    key = (column, as_of, verified_only)
    found = plans.get(key)
    if found is None:
        found = plans[key] = _build(rulebook, column, as_of, verified_only)
    return found


def _build(rulebook: Rulebook, column: str, as_of: date, verified_only: bool) -> Plan:
    criteria = []
    for criterion in rulebook.criteria:
        own = type(criterion).evaluate is not Criterion.evaluate or any(
            type(i).evaluate is not Indicator.evaluate for i in criterion.indicators
        )
        entries = None
        if not own:
            entries = tuple(
                (
                    indicator.id,
                    indicator.judge,
                    # None: the base class's, which the loop applies itself
                    None
                    if type(indicator).undecided is Indicator.undecided
                    else indicator.undecided,
                    threshold,
                    indicator.withheld(threshold, verified_only),
                    *_plainness(indicator, threshold),
                    indicator,
                    threshold.verification,
                )
                for indicator in criterion.indicators
                for threshold in (indicator.thresholds.at(column, as_of),)
            )
        plain = (
            type(criterion).result_of is Criterion.result_of
            and criterion.complete
            and bool(criterion.indicators)
        )
        criteria.append((criterion, entries, plain))
    return tuple(criteria)


_JUDGED, _ACHIEVED, _AT_LEAST = "judged", "achieved", "at least"


def _plainness(indicator: Indicator, threshold: ThresholdValue) -> tuple[str, float]:
    """Whether the engine applies the indicator's rule itself, and the bound of a number."""
    judge = type(indicator).judge
    if judge is AchievedIndicator.judge:
        return _ACHIEVED, 0.0
    if (
        judge is NumericIndicator.judge
        and threshold.is_known
        and indicator.direction is Direction.AT_LEAST
    ):
        return _AT_LEAST, float(threshold.value)  # type: ignore[arg-type]
    return _JUDGED, 0.0


def evaluate_criteria(
    steps: Plan, values: Mapping[str, Measurement], context: Context
) -> tuple[CriterionResult, ...]:
    """Every criterion's result, as ``criterion.evaluate(values, context)`` gives it."""
    criteria = []
    given = values.get
    passed, failed, no_input = Status.PASS, Status.FAIL, Reason.NO_INPUT  # read once, not 56 times
    make, made = new_criterion_result, CriterionResult
    new, made_result, column = new_indicator_result, IndicatorResult, context.column
    compared, unknown = Reason.COMPARED, Status.UNKNOWN
    achieved, at_least = _ACHIEVED, _AT_LEAST
    for criterion, entries, plain in steps:
        if entries is None:
            criteria.append(criterion.evaluate(values, context))
            continue
        results: list[IndicatorResult] = []
        keep = results.append
        combined = passed  # combine() as the results come: any failure, else any unknown
        for key, judge, undecided, threshold, withheld, kind, bound, indicator, basis in entries:
            measurement = given(key)
            result, gap = None, None  # None: the plain result below, of status and reason
            if withheld is not None or measurement is None:
                reason = withheld or no_input
                if undecided is None:  # Indicator.undecided
                    status = unknown
                else:  # its own undecided() may say more
                    result = undecided(measurement, threshold, context, reason)
            elif kind is achieved:  # AchievedIndicator.judge, for any measurement
                status, reason = passed if measurement.value is True else failed, compared
            elif kind is at_least and type(measurement) is Amount:  # NumericIndicator.judge
                value, reason = float(measurement.value), compared
                status, gap = (passed, 0.0) if value >= bound else (failed, bound - value)
            else:
                result = judge(measurement, threshold, context)
            if result is None:
                result = new(
                    made_result,
                    (
                        indicator,
                        status,
                        measurement,
                        threshold,
                        column,
                        basis,
                        reason,
                        gap,
                        None,
                        "",
                        (),
                    ),
                )
            keep(result)
            if result.status is not passed and combined is not failed:
                combined = result.status
        criteria.append(
            make(made, (criterion, combined, tuple(results), None))  # result_of(), without a call
            if plain
            else criterion.result_of(tuple(results), combined)
        )
    return tuple(criteria)
