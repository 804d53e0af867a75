"""Achieved / not-achieved indicators, and those assessed by a scored checklist."""

from __future__ import annotations

from typing import ClassVar

from ntm_rules.citations import Verification
from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.exceptions import WrongKindError
from ntm_rules.measurements import Achievement, Measurement, Score
from ntm_rules.messages import Message
from ntm_rules.reading import (
    ACHIEVED_WORDS,
    describe,
    finite_float,
    read_achieved,
    starts_with_number,
)
from ntm_rules.results import IndicatorResult, Reason, Status, new_indicator_result
from ntm_rules.thresholds import Direction, ThresholdValue
from ntm_rules.units import ACHIEVED, POINTS


class AchievedIndicator(Indicator):
    """An indicator that is either achieved ("Đạt") or not, as assessed by the competent body."""

    unit = ACHIEVED
    direction = Direction.ACHIEVED
    accepts = ACHIEVED_WORDS

    def read(self, raw: object, field: str) -> Measurement:
        """Accept true/false, 1/0 or a word such as ``Đạt`` / ``Chưa đạt``."""
        return Achievement(read_achieved(raw, field))

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Pass when achieved."""
        return new_indicator_result(
            IndicatorResult,
            (
                self,
                _PASS if measurement.value is True else _FAIL,
                measurement,
                threshold,
                context.column,
                threshold.verification,
                _COMPARED,
                None,
                None,
                "",
                (),
            ),
        )


# Read once: an enum member read through its class costs about 80 ns in Python 3.11.
_PASS, _FAIL, _COMPARED = Status.PASS, Status.FAIL, Reason.COMPARED


def read_achieved_word(raw: str, field: str, accepts: str) -> bool:
    """An achieved-type word where a number would be a score; other text lists ``accepts``."""
    try:
        return read_achieved(raw, field)
    except WrongKindError:
        raise WrongKindError(
            field,
            Message("expected {accepts}, got {raw}", accepts=Message(accepts), raw=describe(raw)),
        ) from None


class ScoredIndicator(AchievedIndicator):
    """Achieved/not achieved, or a checklist score judged against the pass band.

    A score counts only when every mandatory checklist item is met; if one is not, report
    ``false``. Where the band is not known, a score cannot be assessed (give ``true`` or
    ``false`` as assessed instead).
    """

    parameter_names: ClassVar[tuple[str, ...]] = ("score_minimum", "score_upper")
    """The pass band: the lowest passing score, and where the band stated by the source ends
    (a score at or above it passes on a reading the source does not state)."""
    accepts = f"{ACHIEVED_WORDS} (as assessed), or the checklist score in points (0–100)"

    def read(self, raw: object, field: str) -> Measurement:
        """Accept an achieved-type answer, or a score: here a number is always a score."""
        if isinstance(raw, bool):
            return Achievement(raw)
        if isinstance(raw, str) and not starts_with_number(raw):
            return Achievement(read_achieved_word(raw, field, self.accepts))
        if isinstance(raw, str):
            value = POINTS.parse(raw, field)
        elif isinstance(raw, int | float):
            value = finite_float(raw, field)
        else:
            raise WrongKindError(
                field,
                Message(
                    "expected {accepts}, got {raw}",
                    accepts=Message(self.accepts),
                    raw=describe(raw),
                ),
            )
        POINTS.check_range(value, field)
        return Score(value)

    def judge(
        self, measurement: Measurement, threshold: ThresholdValue, context: Context
    ) -> IndicatorResult:
        """Judge an achievement as such, and a score against the band."""
        if not isinstance(measurement, Score):
            return super().judge(measurement, threshold, context)
        band = self.figures(context)
        minimum = band["score_minimum"]
        if not minimum.is_known:
            return self.undecided(measurement, threshold, context, Reason.SCORE_BAND_UNKNOWN)
        upper = band["score_upper"]
        score = measurement.value
        lowest = float(minimum.value)  # type: ignore[arg-type]  # checked numeric by the rulebook
        passed = score >= lowest
        above = passed and upper.is_known and score >= float(upper.value)  # type: ignore[arg-type]
        # Reading a score above the stated band as a pass is an interpretation: flag it.
        return self.decide(
            measurement,
            threshold,
            context,
            passed=passed,
            verification=Verification.UNVERIFIED if above else minimum.verification,
            reason=Reason.SCORE_ABOVE_BAND if above else Reason.COMPARED,
            gap=0.0 if passed else lowest - score,
        )
