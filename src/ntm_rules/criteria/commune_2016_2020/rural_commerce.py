"""Criterion 7: Cơ sở hạ tầng thương mại nông thôn (Rural commercial infrastructure).

1980/QĐ-TTg, tiêu chí 7. The provincial People's Committee sets the concrete level (T17).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE
from ntm_rules.criteria.commune_2016_2020._common import PROVINCE_SETS_LEVEL
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class RuralMarket(AchievedIndicator):
    """Indicator 7: must be achieved (level set by the province).

    Commune has a rural market or trading place.
    """

    id = "7"
    name_vi = "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa"
    name_en = "Commune has a rural market or trading place"
    notes = PROVINCE_SETS_LEVEL + "Source: T17 (Báo Vĩnh Long)."


class RuralCommerce(Criterion):
    """Criterion 7: met when every sub-indicator is met."""

    id = "7"
    name_vi = "Cơ sở hạ tầng thương mại nông thôn"
    name_en = "Rural commercial infrastructure"
    group = INFRASTRUCTURE
    indicator_types = (RuralMarket,)
