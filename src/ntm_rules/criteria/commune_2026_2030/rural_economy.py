"""Criterion 3: Phát triển kinh tế nông thôn (Rural economic development).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 3. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class RuralEconomy(Criterion):
    """Criterion 3: met when every indicator is met (none known until supplied)."""

    id = "3"
    name_vi = "Phát triển kinh tế nông thôn"
    name_en = "Rural economic development"
    group = CRITERIA_2026
    indicator_types = ()
