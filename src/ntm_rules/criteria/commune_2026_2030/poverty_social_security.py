"""Criterion 6: Giảm nghèo và an sinh xã hội (Poverty reduction and social security).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 6. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class PovertyAndSocialSecurity(Criterion):
    """Criterion 6: met when every indicator is met (none known until supplied)."""

    id = "6"
    name_vi = "Giảm nghèo và an sinh xã hội"
    name_en = "Poverty reduction and social security"
    group = CRITERIA_2026
    indicator_types = ()
