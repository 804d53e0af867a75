"""The evaluator base class shared by every sub-indicator."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from datetime import date
from typing import ClassVar, Self

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.columns import ColumnChoice
from ntm_rules.exceptions import RulebookError
from ntm_rules.measurements import Measurement
from ntm_rules.messages import Message
from ntm_rules.results import IndicatorResult, Reason, Status, new_indicator_result
from ntm_rules.thresholds import Direction, ThresholdTable, ThresholdValue
from ntm_rules.units import Unit


@frozen
class Noun:
    """What a rate counts, in both languages, e.g. households (hộ)."""

    vi: str
    en: str


UNITS = Noun("đơn vị", "units")


@frozen
class Context:
    """What an evaluation needs besides the measurement.

    Attributes:
        column: the threshold column used, and why.
        as_of: the date whose thresholds apply.
        verified_only: treat unverified thresholds as unknown.
    """

    column: ColumnChoice
    as_of: date
    verified_only: bool = False


class Indicator(ABC):
    """A sub-indicator: its names, unit, direction, and (as data) its dated thresholds.

    Subclasses set the class attributes and implement :meth:`read` (checking raw input at the
    boundary) and :meth:`judge` (comparing a checked measurement with a known threshold).
    The figures are not in the class: an instance carries its threshold table and the
    tables of the figures its rule uses (:attr:`parameter_names`), loaded from the edition's
    data file, so that a provincial or what-if rulebook is the same classes with other data.
    """

    id: ClassVar[str]
    name_vi: ClassVar[str]
    name_en: ClassVar[str]
    unit: ClassVar[Unit]
    direction: ClassVar[Direction]
    parameter_names: ClassVar[tuple[str, ...]] = ()
    """The named figures of the indicator's rule (a score band, criterion 5's shares…)."""
    counted: ClassVar[Noun] = UNITS
    """What the indicator's counts count (for "23 more households")."""
    notes: ClassVar[str] = ""
    accepts: ClassVar[str] = ""
    """A short description of the input forms accepted, for documentation and errors."""

    __slots__ = ("_figures", "parameters", "thresholds")

    def __init__(
        self, thresholds: ThresholdTable, parameters: Mapping[str, ThresholdTable] | None = None
    ) -> None:
        self.thresholds = thresholds
        self.parameters: Mapping[str, ThresholdTable] = dict(parameters or {})
        self._figures: dict[tuple[str, date], dict[str, ThresholdValue]] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Indicator):
            return NotImplemented
        return (
            type(self) is type(other)
            and self.thresholds == other.thresholds
            and self.parameters == other.parameters
        )

    def __hash__(self) -> int:
        return hash((type(self), self.id))

    def with_tables(
        self,
        thresholds: ThresholdTable | None = None,
        parameters: Mapping[str, ThresholdTable] | None = None,
    ) -> Self:
        """The same indicator with another threshold table and/or other rule figures."""
        return type(self)(
            thresholds if thresholds is not None else self.thresholds,
            {**self.parameters, **(parameters or {})},
        )

    def parameter(self, name: str, context: Context) -> ThresholdValue:
        """The rule figure ``name`` (one of :attr:`parameter_names`) in force for the context."""
        return self.figures(context)[name]

    def figures(self, context: Context) -> Mapping[str, ThresholdValue]:
        """The figures of :attr:`parameter_names` in force for the context, in that order.

        Looked up once per column and date (the tables do not change): a composite rule
        reads every one of them for every commune.
        """
        key = _column_and_date(context)
        found = self._figures.get(key)
        if found is None:
            found = {name: self.parameters[name].at(*key) for name in self.parameter_names}
            self._figures[key] = found
        return found

    def check(self, columns: Iterable[str]) -> None:
        """Raise :class:`~ntm_rules.exceptions.RulebookError` if the data is inconsistent."""
        codes = tuple(columns)
        self.thresholds.check(self.id, self.direction, codes)
        missing = sorted(set(self.parameter_names) - set(self.parameters))
        if missing:
            raise RulebookError(
                Message(
                    "{indicator}: no figures for {missing}",
                    indicator=self.id,
                    missing=", ".join(missing),
                )
            )
        extra = sorted(set(self.parameters) - set(self.parameter_names))
        if extra:
            raise RulebookError(
                Message(
                    "{indicator}: unknown rule figures {extra}",
                    indicator=self.id,
                    extra=", ".join(extra),
                )
            )
        for name, table in self.parameters.items():
            table.check(f"{self.id} {name}", Direction.AT_LEAST, codes)

    def name(self, lang: str) -> str:
        """The indicator's name in ``"vi"`` or ``"en"``."""
        return self.name_en if lang == "en" else self.name_vi

    @abstractmethod
    def read(self, raw: object, field: str) -> Measurement:
        """Check one raw input value and convert it to the canonical unit.

        Raises:
            InputProblem: naming ``field`` and what was expected.
        """

    @abstractmethod
    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Compare a measurement with a known threshold."""

    def evaluate(self, measurement: Measurement | None, context: Context) -> IndicatorResult:
        """The verdict for one commune: compared, or ``unknown`` with the reason.

        The engine does the same with the threshold looked up once per column and date
        (:func:`ntm_rules.engine.evaluate`): :meth:`withheld`, then :meth:`judge` or
        :meth:`undecided`.
        """
        threshold = self.thresholds.at(context.column.column.code, context.as_of)
        reason = self.withheld(threshold, context.verified_only)
        if reason is None and measurement is not None:
            return self.judge(measurement, threshold, context)
        return self.undecided(measurement, threshold, context, reason or Reason.NO_INPUT)

    def withheld(self, threshold: ThresholdValue, verified_only: bool) -> Reason | None:
        """Why no input can be compared with ``threshold`` (``None``: one can)."""
        if not threshold.is_known:
            return Reason.UNKNOWN_THRESHOLD
        if verified_only and threshold.verification is Verification.UNVERIFIED:
            return Reason.UNVERIFIED_EXCLUDED
        return None

    def decide(
        self,
        measurement: Measurement,
        threshold: ThresholdValue,
        context: Context,
        *,
        passed: bool,
        verification: Verification,
        reason: Reason = Reason.COMPARED,
        gap: float | None = None,
        count_needed: int | None = None,
        detail: str = "",
        detail_values: tuple[tuple[str, str], ...] = (),
    ) -> IndicatorResult:
        """A verdict resting on ``verification``, which may be weaker than the threshold's.

        Judges that read beyond the source (a score above the stated band, a level above the
        one published) pass ``UNVERIFIED`` here; in verified-only mode that verdict is
        withheld, exactly as for an unverified threshold. The other fields are those of
        :class:`~ntm_rules.results.IndicatorResult`.
        """
        if context.verified_only and verification is _UNVERIFIED:
            withheld = self.undecided(measurement, threshold, context, Reason.UNVERIFIED_EXCLUDED)
            # The threshold may be verified; the reading withheld is not: say so.
            return withheld._replace(verification=_UNVERIFIED)
        return new_indicator_result(
            IndicatorResult,
            (
                self,
                _PASS if passed else _FAIL,
                measurement,
                threshold,
                context.column,
                verification,
                reason,
                gap,
                count_needed,
                detail,
                detail_values,
            ),
        )

    def undecided(
        self,
        measurement: Measurement | None,
        threshold: ThresholdValue,
        context: Context,
        reason: Reason,
        detail: str = "",
        *,
        detail_values: tuple[tuple[str, str], ...] = (),
    ) -> IndicatorResult:
        """An ``unknown`` verdict, keeping the threshold for the record."""
        return new_indicator_result(
            IndicatorResult,
            (
                self,
                _UNKNOWN,
                measurement,
                threshold,
                context.column,
                threshold.verification,
                reason,
                None,
                None,
                detail,
                detail_values,
            ),
        )


# An enum member read through its class costs about 80 ns in Python 3.11; the judges read
# these for every indicator of every commune.
_PASS, _FAIL, _UNKNOWN = Status.PASS, Status.FAIL, Status.UNKNOWN
_UNVERIFIED = Verification.UNVERIFIED


def _column_and_date(context: Context) -> tuple[str, date]:
    return context.column.column.code, context.as_of
