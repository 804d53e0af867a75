"""Criterion 9: Nhà ở dân cư (Residential housing).

1980/QĐ-TTg, tiêu chí 9 (Bộ Xây dựng standard for 9.2).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import HOUSEHOLDS, INFRASTRUCTURE
from ntm_rules.evaluators import NumericIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction
from ntm_rules.units import HOUSES


class TemporaryHouses(NumericIndicator):
    """Indicator 9.1: none may remain.

    Temporary or dilapidated houses.
    """

    id = "9.1"
    name_vi = "Nhà tạm, dột nát"
    name_en = "Temporary or dilapidated houses"
    unit = HOUSES
    direction = Direction.AT_MOST
    notes = (
        'The table says "Không" (none) in every region (T1, T20): encoded as at most 0 '
        "houses, so give the number of temporary or dilapidated houses remaining."
    )


class StandardHousing(RateIndicator):
    """Indicator 9.2: at least the threshold share.

    Share of households with standard housing (Ministry of Construction standard).
    """

    id = "9.2"
    name_vi = "Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định"
    name_en = "Share of households with standard housing (Ministry of Construction standard)"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = (
        "General ≥80 % (T1); ĐBSCL ≥70 % (T20, two Báo Vĩnh Long articles). Other regions "
        "not found."
    )


class Housing(Criterion):
    """Criterion 9: met when every sub-indicator is met."""

    id = "9"
    name_vi = "Nhà ở dân cư"
    name_en = "Residential housing"
    group = INFRASTRUCTURE
    indicator_types = (TemporaryHouses, StandardHousing)
