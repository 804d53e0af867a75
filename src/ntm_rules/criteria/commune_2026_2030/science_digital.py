"""Criterion 7: Khoa học công nghệ và chuyển đổi số (Science, technology and digital transformation).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 7. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class ScienceAndDigitalTransformation(Criterion):
    """Criterion 7: met when every indicator is met (none known until supplied)."""

    id = "7"
    name_vi = "Khoa học công nghệ và chuyển đổi số"
    name_en = "Science, technology and digital transformation"
    group = CRITERIA_2026
    indicator_types = ()
