"""Plain helpers shared by the tests: build profiles and boundary tables."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from attrs import frozen

import ntm_rules
from ntm_rules.evaluators.base import Indicator
from ntm_rules.regions import Region
from ntm_rules.results import Evaluation, IndicatorResult
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


def profile(
    values: Mapping[str, Any],
    region: str = "TDMNPB",
    year: int = 2025,
    categories: tuple[str, ...] = (),
) -> ntm_rules.CommuneProfile:
    """A profile of a test commune."""
    return ntm_rules.load_profile(
        {
            "commune": "Test",
            "province": "Test",
            "region": region,
            "year": year,
            "categories": list(categories),
            "values": dict(values),
        }
    )


def evaluate(values: Mapping[str, Any], **kwargs: Any) -> Evaluation:
    """Evaluate a test commune against the default rulebook."""
    return ntm_rules.evaluate(profile(values, **kwargs))


def result(indicator_id: str, value: Any, **kwargs: Any) -> IndicatorResult:
    """The verdict on one indicator for one value."""
    return evaluate({indicator_id: value}, **kwargs).indicator(indicator_id)


@frozen
class Case:
    """One row of a boundary table."""

    indicator_id: str
    region: Region
    value: Any
    expected: str

    def __str__(self) -> str:
        return f"{self.indicator_id}-{self.region.code}-{self.value!r}-{self.expected}"


def boundary_cases(criterion: type[Criterion], year: int = 2025) -> Iterator[Case]:
    """Just below, at and just above each known threshold, per region; unknown elsewhere.

    The figures are the edition's own data: this checks that the machinery applies them
    (the law itself is checked against the reference by ``tests/oracles``).
    """
    as_of = date(year, 12, 31)
    built = next(c for c in ntm_rules.default_rulebook().criteria if isinstance(c, criterion))
    for indicator in built.indicators:
        for region in Region:
            yield from _cases(indicator, region, as_of)


def _cases(indicator: Indicator, region: Region, as_of: date) -> Iterator[Case]:
    threshold = indicator.thresholds.at(region.code, as_of)
    if indicator.direction is Direction.ACHIEVED:
        if threshold.is_known:
            yield Case(indicator.id, region, True, "pass")
            yield Case(indicator.id, region, False, "fail")
        else:
            yield Case(indicator.id, region, True, "unknown")
        return
    if not threshold.is_known:
        yield Case(indicator.id, region, 1.0, "unknown")
        return
    bound = float(threshold.value)  # type: ignore[arg-type]
    low, high = indicator.unit.minimum, indicator.unit.maximum
    better, worse = (
        ("pass", "fail") if indicator.direction is Direction.AT_LEAST else ("fail", "pass")
    )
    yield Case(indicator.id, region, bound, "pass")
    step = 1.0 if indicator.unit.whole else 0.01  # the nearest other count of houses
    if bound - step >= low:
        yield Case(indicator.id, region, round(bound - step, 6), worse)
    if high is None or bound + step <= high:
        yield Case(indicator.id, region, round(bound + step, 6), better)


def check_boundary(case: Case) -> None:
    """The verdict of a boundary case is the expected one."""
    verdict = result(case.indicator_id, case.value, region=case.region.code)
    assert verdict.status.value == case.expected, (case, verdict)
