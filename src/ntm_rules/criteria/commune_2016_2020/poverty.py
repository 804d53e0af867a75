"""Criterion 11: Hộ nghèo (Poor households).

1980/QĐ-TTg, tiêu chí 11. Guidance: Bộ Lao động - Thương binh và Xã hội - Công văn
4999/LĐTBXH-KHTC ngày 12/12/2016 (T32).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY, HOUSEHOLDS
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class PoorHouseholdRate(RateIndicator):
    """Indicator 11: at most the threshold share.

    Multidimensional poor-household rate (2016-2020 standard, QĐ 59/2015/QĐ-TTg).
    """

    id = "11"
    name_vi = "Tỷ lệ hộ nghèo đa chiều giai đoạn 2016-2020"
    name_en = "Multidimensional poor-household rate (2016-2020 standard, QĐ 59/2015/QĐ-TTg)"
    direction = Direction.AT_MOST
    counted = HOUSEHOLDS
    notes = (
        "Counts poor households only (multidimensional standard of QĐ 59/2015/QĐ-TTg, annual "
        "review), not poor + near-poor as the 2021-2025 indicator does. General ≤6 % (T5, "
        'T4); regional levels exist ("tùy theo khu vực", T4; T32) but were not found.'
    )


class PoorHouseholds(Criterion):
    """Criterion 11: met when every sub-indicator is met."""

    id = "11"
    name_vi = "Hộ nghèo"
    name_en = "Poor households"
    group = ECONOMY
    indicator_types = (PoorHouseholdRate,)
