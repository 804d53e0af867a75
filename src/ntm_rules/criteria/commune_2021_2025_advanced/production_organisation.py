"""Criterion 13: Tổ chức sản xuất và phát triển kinh tế nông thôn (Production organisation and rural economic development).

318/QĐ-TTg, Phụ lục II, tiêu chí 13. Same name as the basic set's criterion 13. Its indicators
are not known (the appendix table could not be consulted): the criterion cannot be assessed
until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class ProductionOrganisation(PartialCriterion):
    """Criterion 13: no indicator known, so it cannot be assessed."""

    id = "13"
    name_vi = "Tổ chức sản xuất và phát triển kinh tế nông thôn"
    name_en = "Production organisation and rural economic development"
    group = ADVANCED
    indicator_types = ()
