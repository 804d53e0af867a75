"""Criterion 12: Lao động (Labour / employment).

318/QĐ-TTg, Phụ lục II, tiêu chí 12. Same name as the basic set's criterion 12. Labour guidance
covering this set: QĐ 757/QĐ-LĐTBXH (18/8/2022). Its indicators are not known (the appendix
table could not be consulted): the criterion cannot be assessed until an edition file supplies
them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Labour(PartialCriterion):
    """Criterion 12: no indicator known, so it cannot be assessed."""

    id = "12"
    name_vi = "Lao động"
    name_en = "Labour / employment"
    group = ADVANCED
    indicator_types = ()
