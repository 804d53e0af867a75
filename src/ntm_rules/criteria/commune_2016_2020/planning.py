"""Criterion 1: Quy hoạch (Planning).

1980/QĐ-TTg, tiêu chí 1. Guidance: BNN handbook (Sổ tay) QĐ 69/QĐ-BNN-VPĐP ngày 09/01/2017.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import PLANNING
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class MasterPlanApproved(AchievedIndicator):
    """Indicator 1.1: must be achieved.

    Commune general construction plan approved and published on time.
    """

    id = "1.1"
    name_vi = (
        "Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn"
    )
    name_en = "Commune general construction plan approved and published on time"
    notes = "Pass/fail; the same (Đạt) in all regions (T9, ThuVienPhapLuat Q&A)."


class PlanManagementRules(AchievedIndicator):
    """Indicator 1.2: must be achieved.

    Plan-management rules issued and plan implemented.
    """

    id = "1.2"
    name_vi = (
        "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch"
    )
    name_en = "Plan-management rules issued and plan implemented"
    notes = "Pass/fail; the same (Đạt) in all regions (T9)."


class Planning(Criterion):
    """Criterion 1: met when every sub-indicator is met."""

    id = "1"
    name_vi = "Quy hoạch"
    name_en = "Planning"
    group = PLANNING
    indicator_types = (MasterPlanApproved, PlanManagementRules)
