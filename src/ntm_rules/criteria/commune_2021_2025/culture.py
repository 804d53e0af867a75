"""Criterion 16: Văn hóa (Culture).

318/QĐ-TTg, Phụ lục I, tiêu chí 16. Guidance: Bộ Văn hóa, Thể thao và Du lịch - HD 1064/HD-
BVHTTDL ngày 30/3/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import SOCIETY, VILLAGES
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class CulturalVillages(RateIndicator):
    """Indicator 16: at least the threshold share.

    Share of villages recognised as 'cultural villages'.
    """

    id = "16"
    name_vi = "Tỷ lệ thôn, bản đạt chuẩn văn hóa theo quy định"
    name_en = "Share of villages recognised as 'cultural villages'"
    direction = Direction.AT_LEAST
    counted = VILLAGES
    notes = (
        "Single indicator; the 70 % level is recalled (same as 2016-2020). Guidance "
        '1064/HD-BVHTTDL adds the two conditions above; the regional % of "cultural villages"'
        " was not found in it."
    )


class Culture(Criterion):
    """Criterion 16: met when every sub-indicator is met."""

    id = "16"
    name_vi = "Văn hóa"
    name_en = "Culture"
    group = SOCIETY
    indicator_types = (CulturalVillages,)
