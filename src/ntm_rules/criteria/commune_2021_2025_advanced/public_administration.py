"""Criterion 15: Hành chính công (Public administration).

318/QĐ-TTg, Phụ lục II, tiêu chí 15. New as a separate criterion: the basic set folds it into
18 Hệ thống chính trị và tiếp cận pháp luật. Its indicators are not known (the appendix table
could not be consulted): the criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class PublicAdministration(PartialCriterion):
    """Criterion 15: no indicator known, so it cannot be assessed."""

    id = "15"
    name_vi = "Hành chính công"
    name_en = "Public administration"
    group = ADVANCED
    indicator_types = ()
