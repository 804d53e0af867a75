"""Criterion 11: Nghèo đa chiều (Multidimensional poverty).

318/QĐ-TTg, Phụ lục I, tiêu chí 11. Guidance: Bộ Lao động - Thương binh và Xã hội - Công văn
1298/LĐTBXH-VPQGGN ngày 26/4/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY, HOUSEHOLDS
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class PovertyRate(RateIndicator):
    """Indicator 11: at most the threshold share.

    Multidimensional poverty rate (2021-2025 standard).
    """

    id = "11"
    name_vi = "Tỷ lệ nghèo đa chiều giai đoạn 2021-2025"
    name_en = "Multidimensional poverty rate (2021-2025 standard)"
    direction = Direction.AT_MOST
    counted = HOUSEHOLDS
    notes = (
        'Under the 2022-2025 standard (Nghị định 07/2021/NĐ-CP) the "tỷ lệ nghèo đa chiều" '
        "counts poor + near-poor households (S24). Only TDMNPB ≤13 % and ĐNB ≤1 % are "
        "recalled with some confidence (recall strength moderate); other regions unknown. The"
        ' 2016-2020 set used "tỷ lệ hộ nghèo đa chiều" (poor households only) with a ≤6 % '
        "general level. An exclusion for social-protection households may exist (as in "
        "2016-2020) - not verified. For scale, actual 2022 rates: TDMNPB 21.92 %, ĐBSH 2.45 "
        "%, BTB & central coast 10.04 %, TN 15.39 %, ĐNB 0.34 %, ĐBSCL 5.73 % (S24); rural "
        "multidimensional poverty 5.4 % in 2022 (S21)."
    )


class MultidimensionalPoverty(Criterion):
    """Criterion 11: met when every sub-indicator is met."""

    id = "11"
    name_vi = "Nghèo đa chiều"
    name_en = "Multidimensional poverty"
    group = ECONOMY
    indicator_types = (PovertyRate,)
