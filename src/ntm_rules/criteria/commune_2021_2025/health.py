"""Criterion 15: Y tế (Health).

318/QĐ-TTg, Phụ lục I, tiêu chí 15. Guidance: Bộ Y tế (15.1 with Bảo hiểm xã hội Việt Nam)
(recalled, not verified).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import CHILDREN, PERSONS, SOCIETY
from ntm_rules.evaluators import RateIndicator, ScoredIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class HealthInsurance(RateIndicator):
    """Indicator 15.1: at least the threshold share.

    Health-insurance coverage rate.
    """

    id = "15.1"
    name_vi = "Tỷ lệ người dân tham gia bảo hiểm y tế"
    name_en = "Health-insurance coverage rate"
    direction = Direction.AT_LEAST
    counted = PERSONS
    notes = (
        "The national level is unresolved between ≥90 % and ≥95 % (no source found). ĐBSCL "
        '≥93 % is quoted for Cà Mau "according to regulations" (U6); whether it is the '
        "national ĐBSCL level or the provincial one is unclear (confidence low). The same "
        "report gives ≥95 % for NTM nâng cao; Lạng Sơn (TDMNPB) also gives BHYT ≥95 % for "
        "nâng cao (U7). Previous set (2016-2020): ≥85 % in all regions (S18)."
    )


class CommuneHealthStandard(ScoredIndicator):
    """Indicator 15.2: must be achieved (or its checklist score in the pass band).

    Commune meets the national health criteria (commune health station standard).
    """

    id = "15.2"
    name_vi = "Xã đạt tiêu chí quốc gia về y tế"
    name_en = "Commune meets the national health criteria (commune health station standard)"
    notes = "Also present in the 2016-2020 set (S18)."


class ChildStunting(RateIndicator):
    """Indicator 15.3: at most the threshold share.

    Stunting rate of children under 5 (height-for-age).
    """

    id = "15.3"
    name_vi = "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)"
    name_en = "Stunting rate of children under 5 (height-for-age)"
    direction = Direction.AT_MOST
    counted = CHILDREN
    notes = (
        'The source prints "≥" but the indicator is a ceiling (lower is better); '
        'ThuVienPhapLuat also wrote "tối thiểu" for the 2016-2020 stunting values (S18), so '
        "the sign is their habit, not the decree's. BTB 25 % > TDMNPB 24 % looks odd - "
        "re-check against the official table."
    )


class ElectronicHealthRecords(RateIndicator):
    """Indicator 15.4: at least the threshold share.

    Share of population with an electronic health (medical-examination) book.
    """

    id = "15.4"
    name_vi = "Tỷ lệ dân số có sổ khám chữa bệnh điện tử"
    name_en = "Share of population with an electronic health (medical-examination) book"
    direction = Direction.AT_LEAST
    counted = PERSONS
    notes = (
        "Only TDMNPB and ĐBSH values visible. For comparison, Lạng Sơn (TDMNPB) requires ≥70 "
        "% with an e-health book for NTM nâng cao (U7)."
    )


class Health(Criterion):
    """Criterion 15: met when every sub-indicator is met."""

    id = "15"
    name_vi = "Y tế"
    name_en = "Health"
    group = SOCIETY
    indicator_types = (
        HealthInsurance,
        CommuneHealthStandard,
        ChildStunting,
        ElectronicHealthRecords,
    )
