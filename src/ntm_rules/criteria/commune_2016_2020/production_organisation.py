"""Criterion 13: Tổ chức sản xuất (Production organisation).

1980/QĐ-TTg, tiêu chí 13 (T22 Báo Vĩnh Long, T23 Báo Đắk Nông).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class Cooperative(AchievedIndicator):
    """Indicator 13.1: must be achieved.

    Commune has a cooperative operating under the 2012 Cooperative Law.
    """

    id = "13.1"
    name_vi = "Xã có hợp tác xã hoạt động theo đúng quy định của Luật Hợp tác xã năm 2012"
    name_en = "Commune has a cooperative operating under the 2012 Cooperative Law"
    notes = (
        'Pass/fail. T22 adds "với ít nhất 10 thành viên" (at least 10 members), which may be '
        "Vĩnh Long provincial guidance rather than part of 1980."
    )


class ProductionLinkage(AchievedIndicator):
    """Indicator 13.2: must be achieved.

    Sustainable production-sale linkage model for key farm products.
    """

    id = "13.2"
    name_vi = "Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững"
    name_en = "Sustainable production-sale linkage model for key farm products"
    notes = "Pass/fail (T22, T23)."


class ProductionOrganisation(Criterion):
    """Criterion 13: met when every sub-indicator is met."""

    id = "13"
    name_vi = "Tổ chức sản xuất"
    name_en = "Production organisation"
    group = ECONOMY
    indicator_types = (Cooperative, ProductionLinkage)
