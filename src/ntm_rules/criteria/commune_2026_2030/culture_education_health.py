"""Criterion 5: Văn hóa, giáo dục, y tế (Culture, education and health).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 5. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class CultureEducationHealth(Criterion):
    """Criterion 5: met when every indicator is met (none known until supplied)."""

    id = "5"
    name_vi = "Văn hóa, giáo dục, y tế"
    name_en = "Culture, education and health"
    group = CRITERIA_2026
    indicator_types = ()
