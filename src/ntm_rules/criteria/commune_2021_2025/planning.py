"""Criterion 1: Quy hoạch (Planning).

318/QĐ-TTg, Phụ lục I, tiêu chí 1. Guidance: Bộ Xây dựng - CV 2307/BXD-QHKT ngày 27/6/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import PLANNING
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.rulebook import Criterion


class MasterPlanApproved(AchievedIndicator):
    """Indicator 1.1: must be achieved.

    Commune general construction plan approved and publicly disclosed on time.
    """

    id = "1.1"
    name_vi = "Có quy hoạch chung xây dựng xã được phê duyệt và công bố công khai đúng thời hạn"
    name_en = "Commune general construction plan approved and publicly disclosed on time"
    notes = (
        "Pass/fail. CV 2307/BXD-QHKT (27/6/2022) guides criterion 1 (U12, medium) but does "
        "not by itself show the pass rule."
    )


class PlanManagementRules(AchievedIndicator):
    """Indicator 1.2: must be achieved.

    Rules for managing the commune plan issued and the plan implemented.
    """

    id = "1.2"
    name_vi = (
        "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch"
    )
    name_en = "Rules for managing the commune plan issued and the plan implemented"
    notes = "Pass/fail. See 1.1 for the guidance document."


class Planning(Criterion):
    """Criterion 1: met when every sub-indicator is met."""

    id = "1"
    name_vi = "Quy hoạch"
    name_en = "Planning"
    group = PLANNING
    indicator_types = (MasterPlanApproved, PlanManagementRules)
