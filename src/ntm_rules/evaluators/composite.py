"""Composite indicators: achieved as a whole, or judged from their named parts."""

from __future__ import annotations

import enum
from abc import abstractmethod
from collections.abc import Mapping
from datetime import date
from typing import ClassVar

from attrs import frozen

from ntm_rules.citations import Verification, weakest
from ntm_rules.evaluators.achieved import AchievedIndicator
from ntm_rules.evaluators.base import Context
from ntm_rules.evaluators.numeric import WHOLE_FLOATS, decimal_ratio
from ntm_rules.exceptions import OutOfRangeError, UnknownIdentifierError, WrongKindError
from ntm_rules.measurements import Components, Measurement
from ntm_rules.messages import Message
from ntm_rules.reading import (
    ACHIEVED_WORDS,
    describe,
    excerpt,
    finite_float,
    is_blank,
    key_text,
    read_achieved,
    split_number,
)
from ntm_rules.results import IndicatorResult, Reason
from ntm_rules.thresholds import ThresholdTable, ThresholdValue


class PartKind(enum.Enum):
    """What one part of a composite input holds."""

    COUNT = "a whole number of 0 or more"
    PERCENT = "a percentage from 0 to 100"
    FLAG = "true or false"
    LEVEL = "a level (1, 2 or 3)"


@frozen(slots=False)  # one per composite and commune: a dict-backed class is built faster
class PartsVerdict:
    """What a composite rule decided from the parts.

    Attributes:
        passed: whether every condition holds (``None`` when a needed part is missing).
        detail: which condition failed, or which part is missing (an English message id).
        values: the values of the message's ``{fields}``.
        gap: the shortfall of the first failing numeric condition.
        count_needed: how many more units that condition needs.
        interpreted: the pass rests on a reading the source does not state.
    """

    passed: bool | None
    detail: str = ""
    gap: float | None = None
    count_needed: int | None = None
    interpreted: bool = False
    values: tuple[tuple[str, str], ...] = ()


@frozen
class RuleFigures:
    """A composite rule's figures in force for one column and date.

    Attributes:
        unknown: the names of those no source gives (the rule cannot be applied).
        numbers: the known ones, by name, as numbers.
        verification: the weakest status among them.
    """

    unknown: tuple[str, ...]
    numbers: Mapping[str, float]
    verification: Verification


class CompositeIndicator(AchievedIndicator):
    """Achieved/not achieved, or a mapping of named parts judged by the indicator's rule."""

    parts: ClassVar[Mapping[str, PartKind]]

    def __init__(
        self, thresholds: ThresholdTable, parameters: Mapping[str, ThresholdTable] | None = None
    ) -> None:
        super().__init__(thresholds, parameters)
        # By column and date, as :meth:`figures` (the tables of an instance never change).
        self._rule_figures: dict[tuple[str, date], RuleFigures] = {}

    def read(self, raw: object, field: str) -> Measurement:
        """Accept an achieved-type answer, or a mapping of the known parts.

        Parts are kept in the indicator's declared order, whatever the input's order, so
        that explanations and documents do not depend on how the input was written.
        Blank parts are left out (no data).
        """
        if not isinstance(raw, Mapping):
            try:
                return super().read(raw, field)
            except WrongKindError:
                expected = Message(
                    "{words}, or a mapping of {parts}",
                    words=ACHIEVED_WORDS,
                    parts=sorted(self.parts),
                )
                raise WrongKindError(
                    field,
                    Message("expected {expected}, got {raw}", expected=expected, raw=describe(raw)),
                ) from None
        for key in raw:
            if not isinstance(key, str):
                raise WrongKindError(
                    field, Message("part names are text, got {key}", key=describe(key))
                )
            if key not in self.parts:
                raise UnknownIdentifierError(f"{field}.{key_text(key)}", "part", key, self.parts)
        parts = {
            name: _read_part(raw[name], kind, f"{field}.{name}")
            for name, kind in self.parts.items()
            if name in raw and not is_blank(raw[name])
        }
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
        rule = self.rule_figures(context)
        if rule.unknown:
            return self.undecided(
                measurement,
                threshold,
                context,
                Reason.UNKNOWN_THRESHOLD,
                "rule figures unknown: {names}",
                detail_values=(("names", ", ".join(rule.unknown)),),
            )
        verdict = self.judge_parts(measurement.parts, rule.numbers)
        if verdict.passed is None:
            return self.undecided(
                measurement,
                threshold,
                context,
                Reason.PART_MISSING,
                verdict.detail,
                detail_values=verdict.values,
            )
        return self.decide(
            measurement,
            threshold,
            context,
            passed=verdict.passed,
            verification=(
                Verification.UNVERIFIED
                if verdict.interpreted
                else rule.verification
                if threshold.verification is rule.verification
                else weakest(threshold.verification, rule.verification)
            ),
            gap=verdict.gap,
            count_needed=verdict.count_needed,
            detail=verdict.detail,
            detail_values=verdict.values,
        )

    def rule_figures(self, context: Context) -> RuleFigures:
        """The rule's figures in force for the context, as numbers, read once per column and date."""
        key = (context.column.column.code, context.as_of)
        found = self._rule_figures.get(key)
        if found is None:
            figures = self.figures(context)
            known = {name: figure for name, figure in figures.items() if figure.is_known}
            found = self._rule_figures[key] = RuleFigures(
                tuple(name for name in figures if name not in known),
                {name: float(figure.value) for name, figure in known.items()},  # type: ignore[arg-type]
                weakest(Verification.VERIFIED, *(f.verification for f in figures.values())),
            )
        return found

    @abstractmethod
    def judge_parts(
        self, parts: Mapping[str, float | bool], figures: Mapping[str, float]
    ) -> PartsVerdict:
        """Apply the indicator's rule, with the column's figures, to the parts."""


def _read_part(value: object, kind: PartKind, field: str) -> float | bool:
    if kind is PartKind.FLAG:
        return read_achieved(value, field)
    if isinstance(value, str):
        read = split_number(value, field)
        if read.rest and not (kind is PartKind.PERCENT and read.rest == "%"):
            raise WrongKindError(
                field,
                Message(
                    "expected {kind}, got {value}", kind=Message(kind.value), value=describe(value)
                ),
            )
        number = finite_float(read.value, field)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        number = finite_float(value, field)
    else:
        raise WrongKindError(
            field,
            Message(
                "expected {kind}, got {value}", kind=Message(kind.value), value=describe(value)
            ),
        )
    valid = number >= 0
    if kind is PartKind.PERCENT:
        valid = valid and number <= 100
    elif kind is PartKind.COUNT:
        valid = valid and number.is_integer()
    elif kind is PartKind.LEVEL:
        valid = number in (1, 2, 3)
    if not valid:
        raise OutOfRangeError(
            field, Message("{value} is not {kind}", value=excerpt(value), kind=Message(kind.value))
        )
    return number


_CLEARLY = 1e-9
"""A float share this much (relatively) above a requirement is above it exactly too."""


def share_shortfall(have: float, of: float, required_percent: float) -> tuple[float, int]:
    """The percentage-point gap and the count still needed to reach a required share.

    Decided exactly on the decimals written: a share exactly at the requirement has no gap.

    Examples:
        >>> share_shortfall(7, 10, 70), share_shortfall(6, 10, 70)
        ((0.0, 0), (10.0, 1))
    """
    # In whole numbers: with have = a/ad, of = b/bd and the share c/cd (each the decimal
    # written), the gap is (c·ad·b − 100·a·bd·cd) / (cd·ad·b) and the count still needed is
    # ⌈(c·b·ad − 100·a·cd·bd) / (100·cd·bd·ad)⌉. Python divides integers correctly rounded,
    # as float() of the same Fraction does, without building one.
    if of > 0 and have >= 0:
        share = have * 100 / of
        if share - required_percent > _CLEARLY * max(1.0, abs(required_percent)):
            return 0.0, 0  # above the requirement by far more than float error: none short
    big = WHOLE_FLOATS
    if -big < have < big and 0 < of < big and -big < required_percent < big:
        a, b, c = int(have), int(of), int(required_percent)
        if a == have and b == of and c == required_percent:
            # Whole counts and a whole percentage, the usual case (ad = bd = cd = 1).
            excess = c * b - 100 * a
            return (excess / b, -(-excess // 100)) if excess > 0 else (0.0, 0)
    a, ad = decimal_ratio(have)
    b, bd = decimal_ratio(of)
    c, cd = decimal_ratio(required_percent)
    if b == 0:
        raise ZeroDivisionError("a share of nothing")
    excess, whole = c * ad * b - 100 * a * bd * cd, cd * ad * b
    if whole < 0:
        excess, whole = -excess, -whole
    gap = excess / whole if excess > 0 else 0.0
    needed = -((100 * a * cd * bd - c * b * ad) // (100 * cd * bd * ad))
    return gap, max(needed, 0)
