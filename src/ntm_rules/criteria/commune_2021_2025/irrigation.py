"""Criterion 3: Thủy lợi và phòng, chống thiên tai (Irrigation and natural-disaster prevention).

318/QĐ-TTg, Phụ lục I, tiêu chí 3. Guidance: Bộ Nông nghiệp và PTNT - QĐ 1680/QĐ-BNN-VPĐP
ngày 11/5/2022, replaced by QĐ 896/QĐ-BNN-VPĐP ngày 01/4/2024.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import HECTARES, INFRASTRUCTURE
from ntm_rules.evaluators import RateIndicator, ScoredIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class IrrigatedFarmland(RateIndicator):
    """Indicator 3.1: at least the threshold share.

    Share of farmland with actively controlled irrigation and drainage.
    """

    id = "3.1"
    name_vi = "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động"
    name_en = "Share of farmland with actively controlled irrigation and drainage"
    direction = Direction.AT_LEAST
    counted = HECTARES
    notes = (
        "BNN guidance states the xã NTM pass mark as ≥80 %; the national text may also be "
        "region-split - only the single 80 % figure was seen. QĐ 1680 was replaced by the "
        "consolidated QĐ 896/QĐ-BNN-VPĐP (01/4/2024, U10); whether the 2024 text keeps the "
        "same figure was not checked."
    )


class DisasterPreparedness(ScoredIndicator):
    """Indicator 3.2: must be achieved (or its checklist score in the pass band).

    Proactive disaster prevention per the 'four on-the-spot' motto.
    """

    id = "3.2"
    name_vi = "Bảo đảm yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ"
    name_en = "Proactive disaster prevention per the 'four on-the-spot' motto"
    notes = (
        'Per QĐ 1680: every mandatory item must be "có" and the checklist score must fall in '
        "the 50 to <70 band for xã NTM (a higher band presumably belongs to NTM nâng cao). "
        "Whether a score of 70 or more also satisfies the ordinary NTM indicator is not "
        "stated in the source (open question). QĐ 1680 was replaced by QĐ 896/QĐ-BNN-VPĐP "
        "(01/4/2024, U10)."
    )


class IrrigationAndDisasterPrevention(Criterion):
    """Criterion 3: met when every sub-indicator is met."""

    id = "3"
    name_vi = "Thủy lợi và phòng, chống thiên tai"
    name_en = "Irrigation and natural-disaster prevention"
    group = INFRASTRUCTURE
    indicator_types = (IrrigatedFarmland, DisasterPreparedness)
