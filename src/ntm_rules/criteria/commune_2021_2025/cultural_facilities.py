"""Criterion 6: Cơ sở vật chất văn hóa (Cultural facilities).

318/QĐ-TTg, Phụ lục I, tiêu chí 6. Guidance: Bộ Văn hóa, Thể thao và Du lịch - HD 1064/HD-
BVHTTDL ngày 30/3/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE, VILLAGES
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class CommuneCulturalHall(AchievedIndicator):
    """Indicator 6.1: must be achieved.

    Commune has a cultural house or multi-purpose hall and a sports ground.
    """

    id = "6.1"
    name_vi = (
        "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa,"
        " thể thao của toàn xã"
    )
    name_en = "Commune has a cultural house or multi-purpose hall and a sports ground"
    notes = "Pass/fail; the province sets size and land area."


class PlaySpots(AchievedIndicator):
    """Indicator 6.2: must be achieved.

    Commune has play/recreation/sport spots for children and the elderly.
    """

    id = "6.2"
    name_vi = "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định"
    name_en = "Commune has play/recreation/sport spots for children and the elderly"
    notes = "Pass/fail with the conditions above."


class VillageCommunityVenues(RateIndicator):
    """Indicator 6.3: at least the threshold share.

    Share of villages with a community cultural/sports venue.
    """

    id = "6.3"
    name_vi = "Tỷ lệ thôn, bản có nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng"
    name_en = "Share of villages with a community cultural/sports venue"
    direction = Direction.AT_LEAST
    counted = VILLAGES
    notes = (
        "100 % of villages (khu dân cư) have a cultural house or community venue, in all regions."
    )


class CulturalFacilities(Criterion):
    """Criterion 6: met when every sub-indicator is met."""

    id = "6"
    name_vi = "Cơ sở vật chất văn hóa"
    name_en = "Cultural facilities"
    group = INFRASTRUCTURE
    indicator_types = (CommuneCulturalHall, PlaySpots, VillageCommunityVenues)
