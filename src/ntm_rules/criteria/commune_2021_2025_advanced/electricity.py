"""Criterion 4: Điện (Electricity).

318/QĐ-TTg, Phụ lục II, tiêu chí 4. Guidance: Bộ Công Thương - QĐ 2332/QĐ-BCT ngày 07/11/2022
(levels not seen), consolidated after 211/QĐ-TTg by QĐ 1327/QĐ-BCT ngày 03/6/2024, which
publishes the advanced levels of 4.2 by region. Only 4.2 is known; the other indicators of
the criterion (a 4.1, by the numbering) are not.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import (
    ADVANCED,
    HOUSEHOLDS,
    PartialCriterion,
)
from ntm_rules.evaluators import RateIndicator
from ntm_rules.thresholds import Direction


class HouseholdPowerSupply(RateIndicator):
    """Indicator 4.2: at least the threshold share (advanced level).

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
        "Advanced levels from QĐ 1327/QĐ-BCT (03/6/2024), the consolidated guidance after "
        "211/QĐ-TTg (U8; verified, medium): ĐBSH, ĐNB 100 %; BTB & DHMT, ĐBSCL ≥99 %; "
        "TDMNPB, TN ≥98 % (one level for 'BTB & DHMT', applied to BTB and DHNTB). They apply "
        "from 211's entry into force (01/3/2024); the 2022-2023 levels (QĐ 2332/QĐ-BCT) were "
        "not seen and are unknown. The wording is the basic set's 4.2, of which the reference "
        "gives these as the advanced levels; the Phụ lục II wording itself was not seen."
    )


class Electricity(PartialCriterion):
    """Criterion 4: fails when 4.2 fails; otherwise cannot be assessed (list incomplete)."""

    id = "4"
    name_vi = "Điện"
    name_en = "Electricity"
    group = ADVANCED
    indicator_types = (HouseholdPowerSupply,)
