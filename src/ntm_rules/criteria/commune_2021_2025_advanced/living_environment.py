"""Criterion 18: Chất lượng môi trường sống (Quality of the living environment).

318/QĐ-TTg, Phụ lục II, tiêu chí 18: split from the basic set's 17 Môi trường và an toàn
thực phẩm (with 17 Môi trường; inferred from the names). A key criterion of revocation
under 18/2022/QĐ-TTg. One indicator is named by the reference (its number is not known);
the others are not.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import (
    ADVANCED,
    HOUSEHOLDS,
    PartialCriterion,
)
from ntm_rules.evaluators import RateIndicator
from ntm_rules.thresholds import Direction


class CentralisedWater(RateIndicator):
    """Indicator 18.x (number not known): at least the threshold share.

    Share of households using clean water from a centralised supply system.
    """

    id = "18.x_centralised_water"
    name_vi = "Tỷ lệ hộ sử dụng nước sạch từ hệ thống cấp nước tập trung"
    name_en = "Share of households using clean water from a centralised supply system"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = (
        "The official number of this indicator was not visible: the id is the reference's "
        "(AC18.x_centralised_water) and will change when the number is known. No national "
        "figure (unknown). A Thanh Hóa newspaper (S33; low confidence, unverified) reports "
        "≥55 % for an advanced commune against 15-20 % for a basic one, without the region "
        "column, and possibly as Thanh Hóa's own value: it is not applied."
    )


class LivingEnvironment(PartialCriterion):
    """Criterion 18: fails when a known indicator fails; otherwise cannot be assessed."""

    id = "18"
    name_vi = "Chất lượng môi trường sống"
    name_en = "Quality of the living environment"
    group = ADVANCED
    indicator_types = (CentralisedWater,)
