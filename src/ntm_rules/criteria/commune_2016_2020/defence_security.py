"""Criterion 19: Quốc phòng và An ninh (National defence and security).

1980/QĐ-TTg, tiêu chí 19. The criterion's name is confirmed (T33, T7); the wording and pass
rules of its two indicators were not seen in any source, so both are unknown.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import POLITICAL_SYSTEM
from ntm_rules.criteria.commune_2016_2020._common import NAME_RECALLED
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class MilitiaAndDefence(AchievedIndicator):
    """Indicator 19.1: must be achieved (expected; pass rule not seen).

    Militia "strong and widespread"; defence targets met.
    """

    id = "19.1"
    name_vi = (
        'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng'
    )
    name_en = 'Militia "strong and widespread"; defence targets met'
    notes = NAME_RECALLED + "Pass/fail expected; the pass rule was not seen, so it is unknown."


class PublicSecurity(AchievedIndicator):
    """Indicator 19.2: must be achieved (expected; pass rule not seen).

    Commune meets the security and public-order safety standard.
    """

    id = "19.2"
    name_vi = "Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên"
    name_en = "Commune meets security/public-order safety standard"
    notes = NAME_RECALLED + "As 19.1."


class DefenceAndSecurity(Criterion):
    """Criterion 19: met when every sub-indicator is met."""

    id = "19"
    name_vi = "Quốc phòng và An ninh"
    name_en = "National defence and security"
    group = POLITICAL_SYSTEM
    indicator_types = (MilitiaAndDefence, PublicSecurity)
