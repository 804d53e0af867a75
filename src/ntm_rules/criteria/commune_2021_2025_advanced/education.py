"""Criterion 5: Giáo dục (Education).

318/QĐ-TTg, Phụ lục II, tiêu chí 5. Replaces the basic set's 5 Trường học and 14 Giáo dục và
Đào tạo (an inference from the names; medium). Its indicators are not known (the appendix table
could not be consulted): the criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Education(PartialCriterion):
    """Criterion 5: no indicator known, so it cannot be assessed."""

    id = "5"
    name_vi = "Giáo dục"
    name_en = "Education"
    group = ADVANCED
    indicator_types = ()
