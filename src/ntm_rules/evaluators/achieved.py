"""Achieved / not-achieved indicators, and those assessed by a scored checklist."""

from __future__ import annotations

from typing import ClassVar

from attrs import frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.evaluators.numeric import _kind
from ntm_rules.exceptions import WrongKindError
from ntm_rules.measurements import Achievement, Measurement, Score
from ntm_rules.results import IndicatorResult, Reason, Status
from ntm_rules.thresholds import Direction, ThresholdValue
from ntm_rules.units import ACHIEVED, POINTS


class AchievedIndicator(Indicator):
    """An indicator that is either achieved ("Đạt") or not, as assessed by the competent body."""

    unit = ACHIEVED
    direction = Direction.ACHIEVED
    accepts = "true (achieved) or false (not achieved)"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept only a boolean."""
        if not isinstance(raw, bool):
            raise WrongKindError(field, f"expected {self.accepts}, got {_kind(raw)}")
        return Achievement(raw)

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Pass when achieved."""
        return IndicatorResult(
            self,
            Status.PASS if measurement.value is True else Status.FAIL,
            measurement,
            threshold,
            context.column,
            threshold.verification,
        )


@frozen
class ScoreBand:
    """The pass band of a scored checklist.

    Attributes:
        minimum: the lowest passing score (inclusive).
        upper: where the band stated for this set ends (exclusive); scores at or above it
            belong to a higher band whose effect on this set the guidance does not state.
        verification: how well the band is known.
        citation: where it comes from.
    """

    minimum: float
    upper: float | None
    verification: Verification
    citation: Citation


class ScoredIndicator(AchievedIndicator):
    """Achieved/not achieved, or a checklist score judged against the pass band.

    A score counts only when every mandatory checklist item is met; if one is not, report
    ``false``. Where the band is not known, a score cannot be assessed (give ``true`` or
    ``false`` as assessed instead).
    """

    score_band: ClassVar[ScoreBand | None] = None
    accepts = "true/false, or the checklist score in points (0–100)"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept a boolean or a score."""
        if isinstance(raw, bool):
            return Achievement(raw)
        if isinstance(raw, int | float | str):
            value = POINTS.parse(raw, field) if isinstance(raw, str) else float(raw)
            POINTS.check_range(value, field)
            return Score(value)
        raise WrongKindError(field, f"expected {self.accepts}, got {_kind(raw)}")

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Judge an achievement as such, and a score against the band."""
        if not isinstance(measurement, Score):
            return super().judge(measurement, threshold, context)
        band = self.score_band
        if band is None:
            return self.undecided(measurement, threshold, context, Reason.SCORE_BAND_UNKNOWN)
        score = measurement.value
        passed = score >= band.minimum
        above = passed and band.upper is not None and score >= band.upper
        # Reading a score above the stated band as a pass is an interpretation: flag it.
        return self.decide(
            measurement,
            threshold,
            context,
            passed=passed,
            verification=Verification.UNVERIFIED if above else band.verification,
            reason=Reason.SCORE_ABOVE_BAND if above else Reason.COMPARED,
            gap=0.0 if passed else band.minimum - score,
        )
