"""Criterion 9: Nhà ở dân cư (Residential housing).

318/QĐ-TTg, Phụ lục I, tiêu chí 9. Guidance: Bộ Xây dựng (recalled, not verified).
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
        'Must be none. U9 (Vĩnh Long, ĐBSCL) also states "no temporary or dilapidated '
        'houses", but whether that is the national or the provincial rule is unclear, so it '
        "stays unverified."
    )


class SolidHousing(RateIndicator):
    """Indicator 9.2: at least the threshold share.

    Share of households with permanent or semi-permanent housing.
    """

    id = "9.2"
    name_vi = "Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố"
    name_en = "Share of households with permanent or semi-permanent housing"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = (
        "Region-specific (roughly 70-90 % range by region, recalled); figures not verified. "
        "ĐBSCL ≥85 % appears in a Vĩnh Long report (U9) but may be the provincial level "
        "(confidence low)."
    )


class Housing(Criterion):
    """Criterion 9: met when every sub-indicator is met."""

    id = "9"
    name_vi = "Nhà ở dân cư"
    name_en = "Residential housing"
    group = INFRASTRUCTURE
    indicator_types = (TemporaryHouses, SolidHousing)
