"""Criterion 13: Tổ chức sản xuất và phát triển kinh tế nông thôn (Production organisation and rural economic development).

318/QĐ-TTg, Phụ lục I, tiêu chí 13. Guidance: Bộ Nông nghiệp và PTNT - QĐ 1680/QĐ-BNN-VPĐP
ngày 11/5/2022, replaced by QĐ 896/QĐ-BNN-VPĐP ngày 01/4/2024.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class EffectiveCooperative(AchievedIndicator):
    """Indicator 13.1: must be achieved.

    Commune has an effective cooperative operating under the Cooperative Law.
    """

    id = "13.1"
    name_vi = "Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã"
    name_en = "Commune has an effective cooperative operating under the Cooperative Law"
    notes = (
        "Pass/fail. MARD guidance: QĐ 1680/QĐ-BNN-VPĐP (2022), replaced by QĐ 896/QĐ-BNN-VPĐP"
        " (01/4/2024)."
    )


class ProductionLinkage(AchievedIndicator):
    """Indicator 13.2: must be achieved.

    Production-linkage model tied to sales of the commune's key products.
    """

    id = "13.2"
    name_vi = "Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực bảo đảm bền vững"
    name_en = "Production-linkage model tied to sales of the commune's key products"
    notes = (
        "Pass/fail. MARD guidance: QĐ 1680/QĐ-BNN-VPĐP (2022), replaced by QĐ 896/QĐ-BNN-VPĐP"
        " (01/4/2024)."
    )


class Traceability(AchievedIndicator):
    """Indicator 13.3: must be achieved.

    Traceability of key products linked to raw-material zones, VietGAP or equivalent.
    """

    id = "13.3"
    name_vi = (
        "Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng "
        "nguyên liệu và được chứng nhận VietGAP hoặc tương đương"
    )
    name_en = "Traceability of key products linked to raw-material zones, VietGAP or equivalent"
    notes = (
        "Pass/fail. MARD guidance: QĐ 1680/QĐ-BNN-VPĐP (2022), replaced by QĐ 896/QĐ-BNN-VPĐP"
        " (01/4/2024)."
    )


class TraditionalCrafts(AchievedIndicator):
    """Indicator 13.4: must be achieved.

    Plan (and implementation) to preserve traditional rural crafts.
    """

    id = "13.4"
    name_vi = "Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống ở nông thôn"
    name_en = "Plan (and implementation) to preserve traditional rural crafts"
    notes = (
        "May apply only to communes with traditional crafts or craft villages (recall "
        "strength weak)."
    )


class CommunityExtensionTeam(AchievedIndicator):
    """Indicator 13.5: must be achieved.

    Effective community agricultural-extension team.
    """

    id = "13.5"
    name_vi = "Có tổ khuyến nông cộng đồng hoạt động hiệu quả"
    name_en = "Effective community agricultural-extension team"
    notes = (
        "Pass/fail. MARD guidance: QĐ 1680/QĐ-BNN-VPĐP (2022), replaced by QĐ 896/QĐ-BNN-VPĐP"
        " (01/4/2024)."
    )


class ProductionOrganisation(Criterion):
    """Criterion 13: met when every sub-indicator is met."""

    id = "13"
    name_vi = "Tổ chức sản xuất và phát triển kinh tế nông thôn"
    name_en = "Production organisation and rural economic development"
    group = ECONOMY
    indicator_types = (
        EffectiveCooperative,
        ProductionLinkage,
        Traceability,
        TraditionalCrafts,
        CommunityExtensionTeam,
    )
