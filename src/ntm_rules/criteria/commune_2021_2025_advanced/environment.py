"""Criterion 17: Môi trường (Environment).

318/QĐ-TTg, Phụ lục II, tiêu chí 17. Split from the basic set's 17 Môi trường và an toàn thực
phẩm (with 18; inferred). It has at least 9 indicators: Bình Định 2224/QĐ-UBND assigns advanced
indicator 17.9 to its construction department (S32). A key criterion of revocation under
18/2022/QĐ-TTg. Its indicators are not known (the appendix table could not be consulted): the
criterion cannot be assessed until an edition file supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Environment(PartialCriterion):
    """Criterion 17: no indicator known, so it cannot be assessed."""

    id = "17"
    name_vi = "Môi trường"
    name_en = "Environment"
    group = ADVANCED
    indicator_types = ()
