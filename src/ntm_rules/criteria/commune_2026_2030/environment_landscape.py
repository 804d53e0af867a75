"""Criterion 8: Môi trường và cảnh quan nông thôn (Rural environment and landscape).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 8. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class EnvironmentAndLandscape(Criterion):
    """Criterion 8: met when every indicator is met (none known until supplied)."""

    id = "8"
    name_vi = "Môi trường và cảnh quan nông thôn"
    name_en = "Rural environment and landscape"
    group = CRITERIA_2026
    indicator_types = ()
