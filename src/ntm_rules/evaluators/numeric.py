"""Numeric indicators: a value at least or at most a threshold."""

from __future__ import annotations

import math
from collections.abc import Mapping

from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.exceptions import OutOfRangeError, WrongKindError
from ntm_rules.measurements import Amount, Measurement, Ratio
from ntm_rules.results import IndicatorResult, Status
from ntm_rules.thresholds import Direction, ThresholdValue
from ntm_rules.units import PERCENT

# Rates computed from counts may land a hair off an exact threshold (e.g. 7/10 → 70.00000000000001)
_COUNT_EPSILON = 1e-9


class NumericIndicator(Indicator):
    """A value in the indicator's unit, compared with an at-least or at-most threshold."""

    accepts = "a number in the canonical unit, or a string with a unit"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept a bare number or a string with a unit; reject booleans and other kinds."""
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise WrongKindError(
                field, f"expected {self.accepts} ({self.unit.symbol_en}), got {_kind(raw)}"
            )
        value = self.unit.parse(raw, field) if isinstance(raw, str) else float(raw)
        self.unit.check_range(value, field)
        return Amount(value)

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Pass when the value is on the right side of the threshold (the boundary passes)."""
        value = float(measurement.value)  # type: ignore[arg-type]  # read() only builds numeric kinds
        bound = float(threshold.value)  # type: ignore[arg-type]  # checked numeric by the rulebook
        passed = value >= bound if self.direction is Direction.AT_LEAST else value <= bound
        gap = 0.0 if passed else bound - value
        return IndicatorResult(
            self,
            Status.PASS if passed else Status.FAIL,
            measurement,
            threshold,
            context.column,
            threshold.verification,
            gap=gap,
            count_needed=None if passed else _count_needed(measurement, bound, self.direction),
        )


class RateIndicator(NumericIndicator):
    """A percentage; also accepts ``{numerator, denominator}`` counts."""

    unit = PERCENT
    accepts = "a percentage, a string such as '95 %', or {numerator, denominator}"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept a percentage in any numeric form, or counts."""
        if isinstance(raw, Mapping):
            return read_ratio(raw, field)
        return super().read(raw, field)


def read_ratio(raw: Mapping[object, object], field: str) -> Ratio:
    """Check ``{numerator, denominator}`` counts: finite, non-negative, part of a whole."""
    extra = set(raw) - {"numerator", "denominator"}
    if extra or len(raw) != 2:
        raise WrongKindError(
            field,
            f"expected exactly the keys numerator and denominator, got {sorted(map(str, raw))}",
        )
    numbers = {}
    for key in ("numerator", "denominator"):
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise WrongKindError(f"{field}.{key}", f"expected a count, got {_kind(value)}")
        if not math.isfinite(value) or value < 0:
            raise OutOfRangeError(f"{field}.{key}", f"{value} is not a non-negative count")
        numbers[key] = float(value)
    if numbers["denominator"] == 0:
        raise OutOfRangeError(f"{field}.denominator", "must be greater than 0")
    if numbers["numerator"] > numbers["denominator"]:
        raise OutOfRangeError(
            f"{field}.numerator",
            f"{numbers['numerator']:g} is more than the denominator {numbers['denominator']:g}",
        )
    return Ratio(numbers["numerator"], numbers["denominator"])


def _count_needed(measurement: Measurement, bound: float, direction: Direction) -> int | None:
    if not isinstance(measurement, Ratio):
        return None
    target = bound * measurement.denominator / 100.0
    if direction is Direction.AT_LEAST:
        return math.ceil(target - measurement.numerator - _COUNT_EPSILON)
    return math.ceil(measurement.numerator - target - _COUNT_EPSILON)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if value is None:
        return "null"
    return f"{type(value).__name__} {value!r}"
