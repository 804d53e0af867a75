"""Criterion 9: Xây dựng hệ thống chính trị và hành chính công (Political system and public administration).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 9. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class PoliticalSystemAndPublicAdministration(Criterion):
    """Criterion 9: met when every indicator is met (none known until supplied)."""

    id = "9"
    name_vi = "Xây dựng hệ thống chính trị và hành chính công"
    name_en = "Political system and public administration"
    group = CRITERIA_2026
    indicator_types = ()
