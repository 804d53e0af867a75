"""Criterion 14: Y tế (Health).

318/QĐ-TTg, Phụ lục II, tiêu chí 14. The basic set's criterion 15. Advanced health levels
reported by provinces, not national and not applied: Lạng Sơn (TDMNPB) health insurance ≥95 %,
≥90 % of the population under health management, ≥40 % using remote consultation, ≥70 % with an
e-health book; Cà Mau health insurance ≥95 % (scope unclear). Its indicators are not known (the
appendix table could not be consulted): the criterion cannot be assessed until an edition file
supplies them.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion


class Health(PartialCriterion):
    """Criterion 14: no indicator known, so it cannot be assessed."""

    id = "14"
    name_vi = "Y tế"
    name_en = "Health"
    group = ADVANCED
    indicator_types = ()
