"""Criterion 16: Văn hóa (Culture).

1980/QĐ-TTg, tiêu chí 16 (T27, Báo Vĩnh Long).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import SOCIETY, VILLAGES
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class CulturalVillages(RateIndicator):
    """Indicator 16: at least the threshold share.

    Share of villages meeting the cultural-village standard.
    """

    id = "16"
    name_vi = "Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định"
    name_en = "Share of villages meeting the cultural-village standard"
    direction = Direction.AT_LEAST
    counted = VILLAGES
    notes = (
        "Only the ĐBSCL level (≥70 %, T27) was seen; whether the other regions also use 70 % "
        "is not verified, so they are unknown."
    )


class Culture(Criterion):
    """Criterion 16: met when every sub-indicator is met."""

    id = "16"
    name_vi = "Văn hóa"
    name_en = "Culture"
    group = SOCIETY
    indicator_types = (CulturalVillages,)
