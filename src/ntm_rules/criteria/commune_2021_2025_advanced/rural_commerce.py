"""Criterion 7: Cơ sở hạ tầng thương mại nông thôn (Rural commercial infrastructure).

318/QĐ-TTg, Phụ lục II, tiêu chí 7. Same name as the basic set's criterion 7. Its indicators
are not known (the appendix table could not be consulted): the criterion cannot be assessed
until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class RuralCommerce(PartialCriterion):
    """Criterion 7: no indicator known, so it cannot be assessed."""

    id = "7"
    name_vi = "Cơ sở hạ tầng thương mại nông thôn"
    name_en = "Rural commercial infrastructure"
    group = ADVANCED
    indicator_types = ()
