"""Criterion 15: Y tế (Health).

1980/QĐ-TTg, tiêu chí 15 (T25, ThuVienPhapLuat Q&A; T26, Thái Bình TV).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import CHILDREN, PERSONS, SOCIETY
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class HealthInsurance(RateIndicator):
    """Indicator 15.1: at least the threshold share.

    Health-insurance coverage.
    """

    id = "15.1"
    name_vi = "Tỷ lệ người dân tham gia bảo hiểm y tế"
    name_en = "Health-insurance coverage"
    direction = Direction.AT_LEAST
    counted = PERSONS
    notes = "≥85 %, the same level in every region (T25, T26)."


class CommuneHealthStandard(AchievedIndicator):
    """Indicator 15.2: must be achieved.

    Commune meets the national commune-health criteria.
    """

    id = "15.2"
    name_vi = "Xã đạt tiêu chí quốc gia về y tế"
    name_en = "Commune meets national commune-health criteria"
    notes = "Pass/fail (T25, T26). No checklist score band is known for this set."


class ChildStunting(RateIndicator):
    """Indicator 15.3: at most the threshold share.

    Under-5 stunting (height-for-age).
    """

    id = "15.3"
    name_vi = "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chỉ số chiều cao theo tuổi)"
    name_en = "Under-5 stunting (height-for-age)"
    direction = Direction.AT_MOST
    counted = CHILDREN
    notes = (
        'T25 prints "tối thiểu" (minimum), but stunting is a ceiling, so the direction is at '
        'most. T26 gives the range "13.9 % to 31 %", consistent except TN 31 against 31.4 '
        "(rounding)."
    )


class Health(Criterion):
    """Criterion 15: met when every sub-indicator is met."""

    id = "15"
    name_vi = "Y tế"
    name_en = "Health"
    group = SOCIETY
    indicator_types = (HealthInsurance, CommuneHealthStandard, ChildStunting)
