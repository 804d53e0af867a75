"""Criterion 4: Điện (Electricity).

318/QĐ-TTg, Phụ lục I, tiêu chí 4. Guidance: Bộ Công Thương - consolidated QĐ 1327/QĐ-BCT
ngày 03/6/2024 (the 2022 guidance was not identified).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import HOUSEHOLDS, INFRASTRUCTURE
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class PowerSystem(AchievedIndicator):
    """Indicator 4.1: must be achieved.

    Power system meets the sector's technical requirements.
    """

    id = "4.1"
    name_vi = "Hệ thống điện bảo đảm yêu cầu kỹ thuật của ngành điện"
    name_en = "Power system meets the sector's technical requirements"
    notes = "Pass/fail."


class HouseholdPowerSupply(RateIndicator):
    """Indicator 4.2: at least the threshold share.

    Share of households with a direct power contract and safe, reliable, stable supply.
    """

    id = "4.2"
    name_vi = (
        "Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất bảo đảm an "
        "toàn, tin cậy và ổn định"
    )
    name_en = "Share of households with a direct power contract and safe, reliable, stable supply"
    direction = Direction.AT_LEAST
    counted = HOUSEHOLDS
    notes = (
        "Region-specific levels in the mid/high 90s % were recalled (lower for TDMNPB/TN, "
        "about 99 % for the deltas) - no figure recorded. The NTM nâng cao levels in "
        "advanced_set_levels_for_context (QĐ 1327/QĐ-BCT, 03/6/2024) bound the ordinary NTM "
        "level from above: the ordinary level is at or below them."
    )


class Electricity(Criterion):
    """Criterion 4: met when every sub-indicator is met."""

    id = "4"
    name_vi = "Điện"
    name_en = "Electricity"
    group = INFRASTRUCTURE
    indicator_types = (PowerSystem, HouseholdPowerSupply)
