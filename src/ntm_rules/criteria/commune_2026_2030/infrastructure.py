"""Criterion 2: Hạ tầng kinh tế - xã hội (Socio-economic infrastructure).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 2. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class Infrastructure(Criterion):
    """Criterion 2: met when every indicator is met (none known until supplied)."""

    id = "2"
    name_vi = "Hạ tầng kinh tế - xã hội"
    name_en = "Socio-economic infrastructure"
    group = CRITERIA_2026
    indicator_types = ()
