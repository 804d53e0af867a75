"""Criterion 7: Cơ sở hạ tầng thương mại nông thôn (Rural commercial infrastructure).

318/QĐ-TTg, Phụ lục I, tiêu chí 7. Guidance: Bộ Công Thương - consolidated QĐ 1327/QĐ-BCT
ngày 03/6/2024 (the 2022 guidance was not identified).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class RuralMarket(AchievedIndicator):
    """Indicator 7: must be achieved.

    Commune has a rural market or a place for trading goods.
    """

    id = "7"
    name_vi = "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa"
    name_en = "Commune has a rural market or a place for trading goods"
    notes = (
        "Single indicator. Consolidated MOIT guidance for criteria 4 and 7: QĐ 1327/QĐ-BCT "
        "(03/6/2024, U8)."
    )


class RuralCommerce(Criterion):
    """Criterion 7: met when every sub-indicator is met."""

    id = "7"
    name_vi = "Cơ sở hạ tầng thương mại nông thôn"
    name_en = "Rural commercial infrastructure"
    group = INFRASTRUCTURE
    indicator_types = (RuralMarket,)
