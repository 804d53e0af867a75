"""Criterion 4: Đào tạo nguồn nhân lực nông thôn (Rural human-resource training).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 4. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class HumanResources(Criterion):
    """Criterion 4: met when every indicator is met (none known until supplied)."""

    id = "4"
    name_vi = "Đào tạo nguồn nhân lực nông thôn"
    name_en = "Rural human-resource training"
    group = CRITERIA_2026
    indicator_types = ()
