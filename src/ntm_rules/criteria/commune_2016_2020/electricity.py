"""Criterion 4: Điện (Electricity).

1980/QĐ-TTg, tiêu chí 4. Provinces specify the levels for groups of communes (T12, EVN).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import HOUSEHOLDS, INFRASTRUCTURE
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class PowerSystem(AchievedIndicator):
    """Indicator 4.1: must be achieved.

    Power system meets standard.
    """

    id = "4.1"
    name_vi = "Hệ thống điện đạt chuẩn"
    name_en = "Power system meets standard"
    notes = "Pass/fail (T12, T13)."


class HouseholdPowerSupply(RateIndicator):
    """Indicator 4.2: at least the threshold share.

    Share of households using electricity regularly and safely from any source.
    """

    id = "4.2"
    name_vi = "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn"
    name_en = "Share of households using electricity regularly and safely from any source"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = (
        "General ≥98 % (T12, EVN); ĐBSCL ≥98 % (T13). TDMNPB 95 % comes from Bắc Kạn's "
        "provincial 2017-2020 set (T14), so it is unverified as a national regional level and "
        "every result that uses it is flagged. Other regions not found."
    )


class Electricity(Criterion):
    """Criterion 4: met when every sub-indicator is met."""

    id = "4"
    name_vi = "Điện"
    name_en = "Electricity"
    group = INFRASTRUCTURE
    indicator_types = (PowerSystem, HouseholdPowerSupply)
