"""Criterion 5: Trường học (Schools).

1980/QĐ-TTg, tiêu chí 5. Guidance: BNN handbook QĐ 69/QĐ-BNN-VPĐP (09/01/2017), as cited by
Sở GD&ĐT Vĩnh Long (T15).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE, SCHOOLS
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class SchoolFacilities(RateIndicator):
    """Indicator 5: at least the threshold share.

    Share of schools (pre-school, primary, lower-secondary) whose facilities and equipment
    meet the national standard.
    """

    id = "5"
    name_vi = (
        "Tỷ lệ trường học các cấp (mầm non, mẫu giáo, tiểu học, THCS) có cơ sở vật chất và "
        "thiết bị dạy học đạt chuẩn quốc gia"
    )
    name_en = (
        "Share of schools (pre-school, primary, lower-secondary) whose facilities and "
        "equipment meet national standard"
    )
    direction = Direction.AT_LEAST
    counted = SCHOOLS
    notes = (
        "Only ĐBSCL ≥70 % was found (T15, citing the BNN handbook); the general level and the "
        "other regions are unknown."
    )


class Schools(Criterion):
    """Criterion 5: met when every sub-indicator is met."""

    id = "5"
    name_vi = "Trường học"
    name_en = "Schools"
    group = INFRASTRUCTURE
    indicator_types = (SchoolFacilities,)
