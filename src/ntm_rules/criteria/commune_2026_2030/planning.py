"""Criterion 1: Quy hoạch (Planning).

51/2025/QĐ-TTg, Phụ lục I, tiêu chí 1. Its indicators and their figures for the three
commune groups are not public where this library could look; an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2026_2030._common import CRITERIA_2026
from ntm_rules.rulebook import Criterion


class Planning(Criterion):
    """Criterion 1: met when every indicator is met (none known until supplied)."""

    id = "1"
    name_vi = "Quy hoạch"
    name_en = "Planning"
    group = CRITERIA_2026
    indicator_types = ()
