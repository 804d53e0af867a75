"""Results: per indicator, per criterion and per commune, each with its reasons."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from attrs import field, frozen

from ntm_rules.citations import Verification
from ntm_rules.exceptions import UnknownIdentifierError

if TYPE_CHECKING:
    from ntm_rules.columns import ColumnChoice
    from ntm_rules.evaluators.base import Indicator
    from ntm_rules.measurements import Measurement
    from ntm_rules.profile import CommuneProfile
    from ntm_rules.rulebook import Criterion, Rulebook
    from ntm_rules.thresholds import ThresholdValue


class Status(enum.Enum):
    """The verdict on an indicator or criterion."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"

    # Members are singletons: identity hashing keeps look-ups keyed by them in C (Enum's own
    # hashes the name in Python, and string hashes vary between runs anyway).
    __hash__ = object.__hash__


class Reason(enum.Enum):
    """Why a verdict is what it is, beyond the comparison itself."""

    COMPARED = "compared"
    NO_INPUT = "no_input"
    UNKNOWN_THRESHOLD = "unknown_threshold"
    UNVERIFIED_EXCLUDED = "unverified_excluded"
    SCORE_BAND_UNKNOWN = "score_band_unknown"
    SCORE_ABOVE_BAND = "score_above_band"
    PART_MISSING = "part_missing"
    NO_INDICATORS = "no_indicators"
    INDICATORS_INCOMPLETE = "indicators_incomplete"

    # Members are singletons: identity hashing keeps look-ups keyed by them in C (Enum's own
    # hashes the name in Python, and string hashes vary between runs anyway).
    __hash__ = object.__hash__


class Verdict(enum.Enum):
    """The commune verdict: met, not met, or not concludable from what is known."""

    MET = "met"
    NOT_MET = "not_met"
    CANNOT_CONCLUDE = "cannot_conclude"

    # Members are singletons: identity hashing keeps look-ups keyed by them in C (Enum's own
    # hashes the name in Python, and string hashes vary between runs anyway).
    __hash__ = object.__hash__


# Members read once: through the class, each read is a call (3.11); documents and reports
# ask the properties below for every commune.
_PASS, _FAIL, _UNKNOWN = Status.PASS, Status.FAIL, Status.UNKNOWN
_UNVERIFIED = Verification.UNVERIFIED


# Results are built by the tens of millions in province runs, one per indicator and commune:
# the largest cost of an evaluation. An immutable named tuple is built in a third of the time
# of a frozen attrs class (a tuple is filled in one step, attrs sets each field in turn), so
# this one value class is a NamedTuple. It compares equal only to results of its own class.
class IndicatorResult(NamedTuple):
    """The verdict on one indicator for one commune (immutable).

    Attributes:
        indicator: the indicator evaluated (names, unit, direction).
        status: pass, fail or unknown.
        measurement: what the commune reported (``None`` when nothing was given).
        threshold: the threshold value applied (``None`` when none could be).
        column: the region column used, and why.
        verification: the status of the threshold the verdict rests on.
        reason: why the verdict is what it is.
        gap: what must be added to the value to reach the threshold (0 when passing;
            negative when the value must fall); ``None`` when not numeric.
        count_needed: for rates given as counts, how many more (or fewer) units are needed.
        detail: for composite indicators, which condition failed or which part is
            missing, as an English message id (rendered in the user's language at the edge).
        detail_values: the values of the message's ``{fields}``.

    A copy with some fields changed is ``result._replace(status=...)``.
    """

    indicator: Indicator
    status: Status
    measurement: Measurement | None
    threshold: ThresholdValue | None
    column: ColumnChoice
    verification: Verification
    reason: Reason = Reason.COMPARED
    gap: float | None = None
    count_needed: int | None = None
    detail: str = ""
    detail_values: tuple[tuple[str, str], ...] = ()

    def __eq__(self, other: object) -> bool:
        # Not equal to a plain tuple of the same items: a result is a value of its own kind.
        return type(other) is type(self) and tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:  # defined with __eq__, as tuples hash
        return tuple.__hash__(self)

    @property
    def id(self) -> str:
        """The indicator id, e.g. ``"17.1"``."""
        return self.indicator.id

    @property
    def rests_on_unverified(self) -> bool:
        """Whether the verdict rests on a threshold no public source confirms."""
        return self.status is not _UNKNOWN and self.verification is _UNVERIFIED


new_indicator_result: Callable[[type[IndicatorResult], tuple[object, ...]], IndicatorResult]
new_indicator_result = tuple.__new__
"""Builds an :class:`IndicatorResult` from all eleven fields in order, in one step.

The evaluators call it as ``new_indicator_result(IndicatorResult, (...))``: the class's own
constructor (defaults, keywords) costs twice as much, which shows at 56 indicators a commune.
"""


class CriterionResult(NamedTuple):  # built once per criterion and commune: see IndicatorResult
    """The verdict on one criterion: met when every indicator is met (immutable).

    ``reason`` is set when the criterion could not be assessed as a whole (its indicators
    are not known yet, e.g. the 2026–2030 set before an edition file supplies them).
    A copy with some fields changed is ``result._replace(status=...)``.
    """

    criterion: Criterion
    status: Status
    indicators: tuple[IndicatorResult, ...]
    reason: Reason | None = None

    def __eq__(self, other: object) -> bool:
        # Not equal to a plain tuple of the same items: a result is a value of its own kind.
        return type(other) is type(self) and tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:  # defined with __eq__, as tuples hash
        return tuple.__hash__(self)

    @property
    def id(self) -> str:
        """The criterion id, e.g. ``"17"``."""
        return self.criterion.id


new_criterion_result: Callable[[type[CriterionResult], tuple[object, ...]], CriterionResult]
new_criterion_result = tuple.__new__
"""Builds a :class:`CriterionResult` from its four fields in order, in one step."""


def combine(statuses: list[Status]) -> Status:
    """A criterion fails if any part fails, passes if all pass, and is unknown otherwise.

    Examples:
        >>> combine([Status.PASS, Status.UNKNOWN])
        <Status.UNKNOWN: 'unknown'>
        >>> combine([Status.UNKNOWN, Status.FAIL])
        <Status.FAIL: 'fail'>
    """
    if _FAIL in statuses:
        return _FAIL
    if _UNKNOWN in statuses:
        return _UNKNOWN
    return _PASS


@frozen
class Evaluation:
    """The evaluation of one commune against one rulebook edition."""

    profile: CommuneProfile
    rulebook: Rulebook
    column: ColumnChoice
    criteria: tuple[CriterionResult, ...]
    verified_only: bool = False
    edition_basis: str = field(default="given", eq=False)
    """Why this edition: ``"year"`` (the one in force for the data year) or ``"given"``."""

    @property
    def criteria_met(self) -> int:
        """How many criteria pass."""
        return sum(1 for c in self.criteria if c.status is _PASS)

    @property
    def criteria_total(self) -> int:
        """How many criteria the edition has."""
        return len(self.criteria)

    @property
    def verdict(self) -> Verdict:
        """Met when every criterion passes, not met when one fails, otherwise undecided.

        A commune with no failing criterion but some indicator that cannot be assessed (no
        data, or no known threshold) *cannot be concluded*: :attr:`blockers` says why.
        """
        statuses = [criterion.status for criterion in self.criteria]
        if _FAIL in statuses:
            return Verdict.NOT_MET
        if _UNKNOWN in statuses:
            return Verdict.CANNOT_CONCLUDE
        return Verdict.MET

    @property
    def standard_met(self) -> bool:
        """Whether every criterion passes (the condition for recognition).

        ``False`` both when a criterion fails and when the verdict cannot be concluded; use
        :attr:`verdict` to tell them apart.
        """
        return self.verdict is Verdict.MET

    @property
    def failing(self) -> tuple[IndicatorResult, ...]:
        """The indicators that fail, in rulebook order."""
        return self._sorted[0]

    @property
    def blockers(self) -> tuple[IndicatorResult, ...]:
        """The indicators that cannot be assessed, each with its reason, in rulebook order.

        They block a conclusion while nothing fails; when something fails they are what
        is still unknown.
        """
        return self._sorted[1]

    @functools.cached_property
    def _sorted(
        self,
    ) -> tuple[tuple[IndicatorResult, ...], tuple[IndicatorResult, ...], tuple[str, ...]]:
        """The failing, the undecided, and the ids resting on unverified thresholds, in one pass.

        Documents, reports and sheets ask for all three of every commune.
        """
        failing: list[IndicatorResult] = []
        blockers: list[IndicatorResult] = []
        unverified: list[str] = []
        for criterion in self.criteria:
            for result in criterion.indicators:
                status = result.status
                if status is _UNKNOWN:
                    blockers.append(result)
                    continue
                if status is _FAIL:
                    failing.append(result)
                if result.verification is _UNVERIFIED:
                    unverified.append(result.indicator.id)
        return tuple(failing), tuple(blockers), tuple(unverified)

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator result, in rulebook order."""
        return tuple(i for c in self.criteria for i in c.indicators)

    def indicator(self, indicator_id: str) -> IndicatorResult:
        """The result of one indicator.

        Raises:
            UnknownIdentifierError: the edition has no such indicator.
        """
        criterion_id = indicator_id.split(".", maxsplit=1)[0]
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                for result in criterion.indicators:
                    if result.id == indicator_id:
                        return result
        known = self.rulebook.indicator_ids
        raise UnknownIdentifierError("indicator", "indicator", indicator_id, known)

    @property
    def criteria_without_indicators(self) -> tuple[str, ...]:
        """Ids of the criteria whose indicators the edition does not know yet."""
        return tuple(c.id for c in self.criteria if c.reason is Reason.NO_INDICATORS)

    @property
    def open_criteria(self) -> tuple[CriterionResult, ...]:
        """Criteria undecided as a whole (no indicators known, or not all of them)."""
        return tuple(c for c in self.criteria if c.reason is not None)

    @property
    def resting_on_unverified(self) -> tuple[str, ...]:
        """Ids of the indicators whose verdict rests on an unverified threshold."""
        return self._sorted[2]
