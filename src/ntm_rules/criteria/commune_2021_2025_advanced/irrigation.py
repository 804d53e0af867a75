"""Criterion 3: Thủy lợi và phòng, chống thiên tai (Irrigation and disaster prevention).

318/QĐ-TTg, Phụ lục II, tiêu chí 3. Same name as the basic set's criterion 3. A higher band of
the basic 3.2 "4 tại chỗ" checklist score presumably belongs to this set (QĐ 1680/QĐ-BNN-VPĐP);
not seen. Its indicators are not known (the appendix table could not be consulted): the
criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class IrrigationAndDisasterPrevention(PartialCriterion):
    """Criterion 3: no indicator known, so it cannot be assessed."""

    id = "3"
    name_vi = "Thủy lợi và phòng, chống thiên tai"
    name_en = "Irrigation and disaster prevention"
    group = ADVANCED
    indicator_types = ()
