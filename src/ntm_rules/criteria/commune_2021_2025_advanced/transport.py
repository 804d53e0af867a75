"""Criterion 2: Giao thông (Transport).

318/QĐ-TTg, Phụ lục II, tiêu chí 2. Same name as the basic set's criterion 2. Its indicators
are not known (the appendix table could not be consulted): the criterion cannot be assessed
until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Transport(PartialCriterion):
    """Criterion 2: no indicator known, so it cannot be assessed."""

    id = "2"
    name_vi = "Giao thông"
    name_en = "Transport"
    group = ADVANCED
    indicator_types = ()
