"""Numeric indicators: a value at least or at most a threshold."""

from __future__ import annotations

import math
from collections.abc import Mapping

from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.exceptions import OutOfRangeError, WrongKindError
from ntm_rules.measurements import Amount, Measurement, Ratio
from ntm_rules.messages import Message
from ntm_rules.reading import describe, exact, excerpt, finite_float, split_number
from ntm_rules.results import IndicatorResult, Reason, Status, new_indicator_result
from ntm_rules.thresholds import Direction, ThresholdValue
from ntm_rules.units import PERCENT

# Floats agree with exact arithmetic except within a few ulps of the bound; only there is
# the verdict recomputed exactly (2.32 of 2.9 is 80 %, though the float is 79.99999999999999).
_CLOSE = 1e-9


# Read once: an enum member read through its class costs about 80 ns in Python 3.11, and
# these are read for every indicator of every commune.
_AT_LEAST = Direction.AT_LEAST
_PASS, _FAIL, _COMPARED = Status.PASS, Status.FAIL, Reason.COMPARED


def meets(value: float, bound: float, direction: Direction) -> bool:
    """Whether a plain value is on the passing side of the bound (the bound itself passes)."""
    return value >= bound if direction is _AT_LEAST else value <= bound


def ratio_meets(ratio: Ratio, bound: float, direction: Direction) -> bool:
    """Whether a rate from counts passes, decided exactly on the decimals written."""
    return _rate_meets(ratio, ratio.value, bound, direction)


def _rate_meets(ratio: Ratio, value: float, bound: float, direction: Direction) -> bool:
    """:func:`ratio_meets`, given the ratio's float ``value`` already computed."""
    if abs(value - bound) > _CLOSE * max(1.0, abs(bound)):
        return meets(value, bound, direction)
    rate = exact(ratio.numerator) * 100 / exact(ratio.denominator)
    limit = exact(bound)
    return rate >= limit if direction is _AT_LEAST else rate <= limit


class NumericIndicator(Indicator):
    """A value in the indicator's unit, compared with an at-least or at-most threshold."""

    accepts = "a number in the canonical unit, or a string with a unit"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept a bare number or a string with a unit; reject booleans and other kinds."""
        if isinstance(raw, str):
            value = self.unit.parse(raw, field)
        elif isinstance(raw, int | float) and not isinstance(raw, bool):
            value = finite_float(raw, field)
        else:
            raise WrongKindError(
                field,
                Message(
                    "expected {accepts} ({symbol_en}), got {raw}",
                    accepts=Message(self.accepts),
                    symbol_en=self.unit.symbol_en,
                    raw=describe(raw),
                ),
            )
        self.unit.check_range(value, field)
        return Amount(value)

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Pass when the value is on the right side of the threshold (the boundary passes)."""
        value = float(measurement.value)  # type: ignore[arg-type]  # read() only builds numeric kinds
        bound = float(threshold.value)  # type: ignore[arg-type]  # checked numeric by the rulebook
        direction = self.direction
        if isinstance(measurement, Ratio):  # decided exactly near the bound
            passed = _rate_meets(measurement, value, bound, direction)
        else:
            passed = meets(value, bound, direction)
        return new_indicator_result(
            IndicatorResult,
            (
                self,
                _PASS if passed else _FAIL,
                measurement,
                threshold,
                context.column,
                threshold.verification,
                _COMPARED,
                0.0 if passed else bound - value,
                None if passed else _count_needed(measurement, bound, direction),
                "",
                (),
            ),
        )


class RateIndicator(NumericIndicator):
    """A percentage; also accepts counts as ``{numerator, denominator}`` or ``"412/450"``."""

    unit = PERCENT
    accepts = "a percentage, a string such as '95 %', counts '412/450' or {numerator, denominator}"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept a percentage in any numeric form, or counts."""
        if isinstance(raw, Mapping):
            return read_ratio(raw, field)
        if isinstance(raw, str) and "/" in raw:
            numerator, _, denominator = raw.partition("/")
            return read_ratio({"numerator": numerator, "denominator": denominator}, field)
        return super().read(raw, field)


def read_ratio(raw: Mapping[object, object], field: str) -> Ratio:
    """Check counts: finite, non-negative, part of a whole; numbers or number text."""
    extra = set(raw) - {"numerator", "denominator"}
    if extra or len(raw) != 2:
        keys = sorted(
            excerpt(key)[1:-1] if isinstance(key, str) else describe(key) for key in list(raw)[:5]
        )
        more = f" and {len(raw) - 5} more" if len(raw) > 5 else ""
        raise WrongKindError(
            field,
            Message(
                "expected exactly the keys numerator and denominator, got {keys}{more}",
                keys=keys,
                more=more,
            ),
        )
    numbers = {key: _count(raw[key], f"{field}.{key}") for key in ("numerator", "denominator")}
    if numbers["denominator"] == 0:
        raise OutOfRangeError(f"{field}.denominator", "must be greater than 0")
    if numbers["numerator"] > numbers["denominator"]:
        raise OutOfRangeError(
            f"{field}.numerator",
            Message(
                "{numerator:g} is more than the denominator {denominator:g}",
                numerator=numbers["numerator"],
                denominator=numbers["denominator"],
            ),
        )
    return Ratio(numbers["numerator"], numbers["denominator"])


def _count(value: object, field: str) -> float:
    if isinstance(value, str):
        number = split_number(value, field)
        if number.rest:
            raise WrongKindError(
                field, Message("expected a count, got {value}", value=describe(value))
            )
        count = finite_float(number.value, field)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        count = finite_float(value, field)
    else:
        raise WrongKindError(field, Message("expected a count, got {value}", value=describe(value)))
    if count < 0:
        raise OutOfRangeError(field, Message("{count:g} is not a non-negative count", count=count))
    return count


def _count_needed(measurement: Measurement, bound: float, direction: Direction) -> int | None:
    """How many more (at least) or fewer (at most) units the counts need to reach the bound.

    Decided on the decimals written, as :func:`ratio_meets` is: in floats, each input is
    within half an ulp of its decimal and three roundings follow, so the float shortfall is
    within about 1e-15 of the magnitudes of the exact one; its ceiling is the exact one's
    unless it lies within a margin far wider than that of a whole number, where the
    shortfall is computed again exactly.
    """
    if not isinstance(measurement, Ratio):
        return None
    numerator, denominator = measurement.numerator, measurement.denominator
    big = WHOLE_FLOATS
    if -big < bound < big and -big < denominator < big and -big < numerator < big:
        b, d, n = int(bound), int(denominator), int(numerator)
        if b == bound and d == denominator and n == numerator:
            # whole counts and a whole bound, the usual case: exact in whole numbers at once
            excess = b * d - 100 * n
            if direction is not _AT_LEAST:
                excess = -excess
            return -(-excess // 100)
    target = bound * denominator / 100
    short = target - numerator
    if direction is not _AT_LEAST:
        short = -short
    if math.isfinite(short):
        margin = _CLOSE * (abs(target) + abs(numerator) + 1.0)
        if abs(short - round(short)) > margin:
            return math.ceil(short)
    # With bound b/bd, denominator d/dd and numerator n/nd, the shortfall is
    # (b·d·nd − 100·n·bd·dd) / (100·bd·dd·nd), in whole numbers.
    b, bd = decimal_ratio(bound)
    d, dd = decimal_ratio(denominator)
    n, nd = decimal_ratio(numerator)
    excess = b * d * nd - 100 * n * bd * dd
    if direction is not _AT_LEAST:
        excess = -excess
    return -(-excess // (100 * bd * dd * nd))


WHOLE_FLOATS = 2.0**53
"""Below this, a whole float's decimal is the whole number itself (``repr`` writes every
digit up to 10¹⁶)."""


def decimal_ratio(value: float) -> tuple[int, int]:
    """The decimal ``value`` was written as (:func:`~ntm_rules.reading.exact`), as integers.

    Examples:
        >>> decimal_ratio(80.0), decimal_ratio(2.32), decimal_ratio(7)
        ((80, 1), (58, 25), (7, 1))
    """
    if isinstance(value, int):
        return value, 1
    if value.is_integer() and -WHOLE_FLOATS < value < WHOLE_FLOATS:
        return int(value), 1
    written = exact(value)
    return written.numerator, written.denominator
