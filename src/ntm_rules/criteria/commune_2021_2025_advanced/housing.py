"""Criterion 9: Nhà ở dân cư (Residential housing).

318/QĐ-TTg, Phụ lục II, tiêu chí 9. Same name as the basic set's criterion 9. Its indicators
are not known (the appendix table could not be consulted): the criterion cannot be assessed
until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Housing(PartialCriterion):
    """Criterion 9: no indicator known, so it cannot be assessed."""

    id = "9"
    name_vi = "Nhà ở dân cư"
    name_en = "Residential housing"
    group = ADVANCED
    indicator_types = ()
