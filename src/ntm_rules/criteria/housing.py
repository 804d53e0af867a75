"""Criterion 9: Nhà ở dân cư (Residential housing).

318/QĐ-TTg, Phụ lục I, tiêu chí 9. Guidance: Bộ Xây dựng (recalled, not verified).
"""

from __future__ import annotations

from ntm_rules.citations import Verification
from ntm_rules.criteria._common import HOUSEHOLDS, INFRASTRUCTURE, not_found, recalled, sourced
from ntm_rules.criteria._sources import U9
from ntm_rules.evaluators import NumericIndicator, RateIndicator
from ntm_rules.regions import Region
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction, ThresholdTable, cell, unknown
from ntm_rules.units import HOUSES

UNVERIFIED = Verification.UNVERIFIED


class TemporaryHouses(NumericIndicator):
    """Indicator 9.1: none may remain.

    Temporary or dilapidated houses.
    """

    id = "9.1"
    name_vi = "Nhà tạm, dột nát"
    name_en = "Temporary or dilapidated houses"
    unit = HOUSES
    direction = Direction.AT_MOST
    _RECALLED = recalled("9.1")
    _SOURCE = sourced(
        "9.1",
        (
            "recalled; no public source for this value was found (a Vĩnh Long report, U9,"
            " repeats it for ĐBSCL, scope unclear)"
        ),
        U9,
    )
    default_thresholds = ThresholdTable.per_region(
        {
            Region.TDMNPB: cell(0, UNVERIFIED, _RECALLED),
            Region.DBSH: cell(0, UNVERIFIED, _RECALLED),
            Region.BTB: cell(0, UNVERIFIED, _RECALLED),
            Region.DHNTB: cell(0, UNVERIFIED, _RECALLED),
            Region.TN: cell(0, UNVERIFIED, _RECALLED),
            Region.DNB: cell(0, UNVERIFIED, _RECALLED),
            Region.DBSCL: cell(0, UNVERIFIED, _SOURCE),
        }
    )
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
    _NOT_FOUND = not_found("9.2")
    _SOURCE = sourced(
        "9.2",
        ("one ĐBSCL figure from a provincial report of unclear scope; other regions not found"),
        U9,
    )
    default_thresholds = ThresholdTable.per_region(
        {
            Region.TDMNPB: unknown(_NOT_FOUND),
            Region.DBSH: unknown(_NOT_FOUND),
            Region.BTB: unknown(_NOT_FOUND),
            Region.DHNTB: unknown(_NOT_FOUND),
            Region.TN: unknown(_NOT_FOUND),
            Region.DNB: unknown(_NOT_FOUND),
            Region.DBSCL: cell(85, UNVERIFIED, _SOURCE),
        }
    )
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
