"""Criterion 1: Quy hoạch (Planning).

318/QĐ-TTg, Phụ lục II, tiêu chí 1. Same name as the basic set's criterion 1 (Phụ lục I). Its
indicators are not known (the appendix table could not be consulted): the criterion cannot be
assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Planning(PartialCriterion):
    """Criterion 1: no indicator known, so it cannot be assessed."""

    id = "1"
    name_vi = "Quy hoạch"
    name_en = "Planning"
    group = ADVANCED
    indicator_types = ()
