"""Criterion 8: Thông tin và Truyền thông (Information and communications).

318/QĐ-TTg, Phụ lục II, tiêu chí 8. Same name as the basic set's criterion 8. Its indicators
are not known (the appendix table could not be consulted): the criterion cannot be assessed
until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class InformationAndCommunication(PartialCriterion):
    """Criterion 8: no indicator known, so it cannot be assessed."""

    id = "8"
    name_vi = "Thông tin và Truyền thông"
    name_en = "Information and communications"
    group = ADVANCED
    indicator_types = ()
