"""Criterion 6: Cơ sở vật chất văn hóa (Cultural facilities).

1980/QĐ-TTg, tiêu chí 6. The provincial People's Committee sets the concrete levels of 6.1
and 6.2 (T16).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE, VILLAGES
from ntm_rules.criteria.commune_2016_2020._common import PROVINCE_SETS_LEVEL
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class CommuneCulturalHall(AchievedIndicator):
    """Indicator 6.1: must be achieved (level set by the province).

    Commune cultural house or multi-purpose hall and sports ground.
    """

    id = "6.1"
    name_vi = (
        "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, "
        "thể thao của toàn xã"
    )
    name_en = "Commune cultural house / multi-purpose hall and sports ground"
    notes = PROVINCE_SETS_LEVEL + "Source: T16 (Báo Vĩnh Long)."


class PlaySpots(AchievedIndicator):
    """Indicator 6.2: must be achieved (level set by the province).

    Play, recreation and sports spots for children and the elderly.
    """

    id = "6.2"
    name_vi = "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định"
    name_en = "Play, recreation and sports spots for children and the elderly"
    notes = PROVINCE_SETS_LEVEL + "Source: T16."


class VillageCommunityVenues(RateIndicator):
    """Indicator 6.3: at least the threshold share.

    Share of villages with a cultural house or community venue.
    """

    id = "6.3"
    name_vi = (
        "Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng"
    )
    name_en = "Share of villages with a cultural house or community venue"
    direction = Direction.AT_LEAST
    counted = VILLAGES
    notes = "100 % (T16), stated without a regional split."


class CulturalFacilities(Criterion):
    """Criterion 6: met when every sub-indicator is met."""

    id = "6"
    name_vi = "Cơ sở vật chất văn hóa"
    name_en = "Cultural facilities"
    group = INFRASTRUCTURE
    indicator_types = (CommuneCulturalHall, PlaySpots, VillageCommunityVenues)
