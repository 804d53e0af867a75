"""Criterion 16: Tiếp cận pháp luật (Access to law).

318/QĐ-TTg, Phụ lục II, tiêu chí 16. Split from the basic set's criterion 18 Hệ thống chính trị
và tiếp cận pháp luật (inferred; medium). Its indicators are not known (the appendix table
could not be consulted): the criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class AccessToLaw(PartialCriterion):
    """Criterion 16: no indicator known, so it cannot be assessed."""

    id = "16"
    name_vi = "Tiếp cận pháp luật"
    name_en = "Access to law"
    group = ADVANCED
    indicator_types = ()
