"""Criterion 10: Tiếp cận pháp luật và an ninh, quốc phòng (Access to law, security and defence).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 10. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class LawSecurityAndDefence(Criterion):
    """Criterion 10: met when every indicator is met (none known until supplied)."""

    id = "10"
    name_vi = "Tiếp cận pháp luật và an ninh, quốc phòng"
    name_en = "Access to law, security and defence"
    group = CRITERIA_2026
    indicator_types = ()
