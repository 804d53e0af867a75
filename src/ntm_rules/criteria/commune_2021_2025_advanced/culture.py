"""Criterion 6: Văn hóa (Culture).

318/QĐ-TTg, Phụ lục II, tiêu chí 6. Covers what the basic set splits into 6 Cơ sở vật chất văn
hóa and 16 Văn hóa (inferred; medium). Its indicators are not known (the appendix table could
not be consulted): the criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Culture(PartialCriterion):
    """Criterion 6: no indicator known, so it cannot be assessed."""

    id = "6"
    name_vi = "Văn hóa"
    name_en = "Culture"
    group = ADVANCED
    indicator_types = ()
