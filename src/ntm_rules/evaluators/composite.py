"""Composite indicators: achieved as a whole, or judged from their named parts."""

from __future__ import annotations

import enum
import math
from abc import abstractmethod
from collections.abc import Mapping
from typing import ClassVar

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.evaluators.achieved import AchievedIndicator
from ntm_rules.evaluators.base import Context
from ntm_rules.evaluators.numeric import _kind
from ntm_rules.exceptions import OutOfRangeError, UnknownIdentifierError, WrongKindError
from ntm_rules.measurements import Components, Measurement
from ntm_rules.regions import Region
from ntm_rules.results import IndicatorResult, Reason
from ntm_rules.thresholds import ThresholdValue


class PartKind(enum.Enum):
    """What one part of a composite input holds."""

    COUNT = "a whole number of 0 or more"
    PERCENT = "a percentage from 0 to 100"
    FLAG = "true or false"
    LEVEL = "a level (1, 2 or 3)"


@frozen
class PartsVerdict:
    """What a composite rule decided from the parts.

    Attributes:
        passed: whether every condition holds (``None`` when a needed part is missing).
        detail: which condition failed, or which part is missing.
        gap: the shortfall of the first failing numeric condition.
        count_needed: how many more units that condition needs.
        interpreted: the pass rests on a reading the source does not state.
    """

    passed: bool | None
    detail: str = ""
    gap: float | None = None
    count_needed: int | None = None
    interpreted: bool = False


class CompositeIndicator(AchievedIndicator):
    """Achieved/not achieved, or a mapping of named parts judged by the indicator's rule."""

    parts: ClassVar[Mapping[str, PartKind]]

    def read(self, raw: object, field: str) -> Measurement:
        """Accept a boolean, or a mapping of the known parts."""
        if isinstance(raw, bool):
            return super().read(raw, field)
        if not isinstance(raw, Mapping):
            raise WrongKindError(
                field, f"expected true/false or a mapping of {sorted(self.parts)}, got {_kind(raw)}"
            )
        parts: dict[str, float | bool] = {}
        for key, value in raw.items():
            name = str(key)
            if name not in self.parts:
                raise UnknownIdentifierError(f"{field}.{name}", "part", name, self.parts)
            parts[name] = _read_part(value, self.parts[name], f"{field}.{name}")
        self.check_parts(parts, field)
        return Components(parts)

    def check_parts(self, parts: Mapping[str, float | bool], field: str) -> None:
        """Raise an input problem when the parts contradict each other (none by default)."""

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Judge an achievement as such, and parts by the rule of the column."""
        if not isinstance(measurement, Components):
            return super().judge(measurement, threshold, context)
        verdict = self.judge_parts(measurement.parts, context.column.column)
        if verdict.passed is None:
            return self.undecided(
                measurement, threshold, context, Reason.PART_MISSING, verdict.detail
            )
        return self.decide(
            measurement,
            threshold,
            context,
            passed=verdict.passed,
            verification=Verification.UNVERIFIED if verdict.interpreted else threshold.verification,
            gap=verdict.gap,
            count_needed=verdict.count_needed,
            detail=verdict.detail,
        )

    @abstractmethod
    def judge_parts(self, parts: Mapping[str, float | bool], column: Region) -> PartsVerdict:
        """Apply the indicator's rule for ``column`` to the parts."""


def _read_part(value: object, kind: PartKind, field: str) -> float | bool:
    if kind is PartKind.FLAG:
        if not isinstance(value, bool):
            raise WrongKindError(field, f"expected {kind.value}, got {_kind(value)}")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WrongKindError(field, f"expected {kind.value}, got {_kind(value)}")
    number = float(value)
    valid = math.isfinite(number) and number >= 0
    if kind is PartKind.PERCENT:
        valid = valid and number <= 100
    elif kind is PartKind.COUNT:
        valid = valid and number.is_integer()
    elif kind is PartKind.LEVEL:
        valid = number in (1, 2, 3)
    if not valid:
        raise OutOfRangeError(field, f"{value!r} is not {kind.value}")
    return number


def share_shortfall(have: float, of: float, required_percent: float) -> tuple[float, int]:
    """The percentage-point gap and the count still needed to reach a required share."""
    share = have * 100.0 / of
    needed = math.ceil(required_percent * of / 100.0 - have - 1e-9)
    return required_percent - share, max(needed, 0)
