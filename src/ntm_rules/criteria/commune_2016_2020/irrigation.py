"""Criterion 3: Thủy lợi (Irrigation).

1980/QĐ-TTg, tiêu chí 3. The provincial People's Committee specifies the details of 3.1
(T10).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import HECTARES, INFRASTRUCTURE
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class IrrigatedFarmland(RateIndicator):
    """Indicator 3.1: at least the threshold share.

    Share of farmland actively irrigated and drained.
    """

    id = "3.1"
    name_vi = "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động"
    name_en = "Share of farmland actively irrigated and drained"
    direction = Direction.AT_LEAST
    counted = HECTARES
    notes = (
        "≥80 % in ĐBSCL (T10) and BTB/Thanh Hóa (T11); T10 adds that the provincial People's "
        "Committee specifies the details. The same level in every region is inferred from two "
        "regions plus the wording, not seen as a table."
    )


class LivelihoodAndDisasterRules(AchievedIndicator):
    """Indicator 3.2: must be achieved.

    Meets livelihood needs and on-the-spot disaster-prevention rules.
    """

    id = "3.2"
    name_vi = (
        "Đảm bảo đủ điều kiện đáp ứng yêu cầu dân sinh và theo quy định về phòng chống thiên "
        "tai tại chỗ"
    )
    name_en = "Meets livelihood needs and on-the-spot disaster-prevention rules"
    notes = "Pass/fail (T10). No checklist score band is known for this set."


class Irrigation(Criterion):
    """Criterion 3: met when every sub-indicator is met."""

    id = "3"
    name_vi = "Thủy lợi"
    name_en = "Irrigation"
    group = INFRASTRUCTURE
    indicator_types = (IrrigatedFarmland, LivelihoodAndDisasterRules)
