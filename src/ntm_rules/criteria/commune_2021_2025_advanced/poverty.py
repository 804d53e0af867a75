"""Criterion 11: Nghèo đa chiều (Multidimensional poverty).

318/QĐ-TTg, Phụ lục II, tiêu chí 11. Guidance: Bộ Lao động - Thương binh và Xã hội (CV
1298/LĐTBXH-VPQGGN; QĐ 757/QĐ-LĐTBXH ngày 18/8/2022 for the advanced set). The threshold
varies by region; the table was not retrieved.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import (
    ADVANCED,
    HOUSEHOLDS,
    PartialCriterion,
)
from ntm_rules.evaluators import RateIndicator
from ntm_rules.thresholds import Direction


class PovertyRate(RateIndicator):
    """Indicator 11.1: at most the threshold share (by region).

    Multidimensional poverty rate (2021-2025 standard).
    """

    id = "11.1"
    name_vi = "Tỷ lệ nghèo đa chiều giai đoạn 2021-2025"
    name_en = "Multidimensional poverty rate (2021-2025 standard)"
    direction = Direction.AT_MOST
    counted = HOUSEHOLDS
    notes = (
        "Measured under the 2022-2025 multidimensional poverty standard (Nghị định "
        "07/2021/NĐ-CP). No figure was retrieved (unknown). The id 11.1 is the reference's "
        "numbering (AC11.1); the official number was not seen."
    )


class MultidimensionalPoverty(PartialCriterion):
    """Criterion 11: fails when 11.1 fails; otherwise cannot be assessed (list not known)."""

    id = "11"
    name_vi = "Nghèo đa chiều"
    name_en = "Multidimensional poverty"
    group = ADVANCED
    indicator_types = (PovertyRate,)
