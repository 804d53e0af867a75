"""Criterion 19: Quốc phòng và An ninh (National defence and security).

318/QĐ-TTg, Phụ lục II, tiêu chí 19. Same name as the basic set's criterion 19. A key criterion
of revocation under 18/2022/QĐ-TTg. Its indicators are not known (the appendix table could not
be consulted): the criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class DefenceAndSecurity(PartialCriterion):
    """Criterion 19: no indicator known, so it cannot be assessed."""

    id = "19"
    name_vi = "Quốc phòng và An ninh"
    name_en = "National defence and security"
    group = ADVANCED
    indicator_types = ()
