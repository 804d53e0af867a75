"""Criterion 5: Trường học (Schools).

318/QĐ-TTg, Phụ lục I, tiêu chí 5, as published by the Ministry of Education in
QĐ 1491/QĐ-BGDĐT of 06/6/2022.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.criteria._common import INFRASTRUCTURE, SCHOOLS, sourced
from ntm_rules.criteria._sources import U1, U2, U3
from ntm_rules.evaluators.composite import (
    CompositeIndicator,
    PartKind,
    PartsVerdict,
    share_shortfall,
)
from ntm_rules.exceptions import OutOfRangeError
from ntm_rules.regions import Region
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import ThresholdTable, cell

_MOET = sourced("5", "QĐ 1491/QĐ-BGDĐT (06/6/2022) publishes the 318 levels", U1, U3)
_MOET_AND_VINH_LONG = sourced(
    "5", "QĐ 1491/QĐ-BGDĐT; the ≤3-schools branch is repeated by Vĩnh Long set 1347", U1, U3, U2
)
_FEW_SCHOOLS = 3


@frozen
class SchoolRule:
    """The criterion-5 rule of one region column.

    Attributes:
        minimum_share: share of schools that must meet the minimum facility standard
            (``None`` where the column asks only for level 1).
        level_1_share_many: share that must meet level 1 with more than 3 schools.
        level_1_share_few: share that must meet level 1 with 3 schools or fewer.
    """

    minimum_share: float | None
    level_1_share_many: float
    level_1_share_few: float


_DELTA_RULE = SchoolRule(None, 100, 100)
_OTHER_RULE = SchoolRule(100, 70, 50)


class SchoolFacilities(CompositeIndicator):
    """Indicator 5: schools meet the facility standard of the region column.

    ĐBSH and ĐNB: every school meets level 1. Other regions: every school meets the
    minimum standard and at least 70 % (more than 3 schools) or 50 % (3 or fewer) meet
    level 1. Give ``true``/``false`` as assessed, or the counts ``schools``,
    ``meeting_minimum`` and ``meeting_level_1``.
    """

    id = "5"
    name_vi = (
        "Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS hoặc trường phổ thông nhiều cấp "
        "có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định"
    )
    name_en = "Share of schools (preschool, primary, lower-secondary) meeting facility standards"
    counted = SCHOOLS
    accepts = "true/false, or {schools, meeting_minimum, meeting_level_1} counts"
    parts: ClassVar[Mapping[str, PartKind]] = {
        "schools": PartKind.COUNT,
        "meeting_minimum": PartKind.COUNT,
        "meeting_level_1": PartKind.COUNT,
    }
    rules: ClassVar[Mapping[Region, SchoolRule]] = {
        region: _DELTA_RULE if region in (Region.DBSH, Region.DNB) else _OTHER_RULE
        for region in Region
    }
    default_thresholds = ThresholdTable.per_region(
        {
            region: cell(
                True,
                Verification.VERIFIED,
                _MOET_AND_VINH_LONG if region is Region.DBSCL else _MOET,
            )
            for region in Region
        }
    )
    notes = (
        "Schools counted: mầm non, tiểu học, THCS, or a multi-level school whose highest "
        "level is THCS. Rule per QĐ 1491/QĐ-BGDĐT (U1, U3); the ĐBSCL ≤3-schools branch is "
        "repeated by Vĩnh Long set 1347 (U2). Overriding this indicator's table replaces the "
        "achieved-type threshold, not the school-count rule."
    )

    def check_parts(self, parts: Mapping[str, float | bool], field: str) -> None:
        """No more schools can meet a standard than there are schools."""
        schools = parts.get("schools")
        if schools is None:
            return
        if schools == 0:
            raise OutOfRangeError(f"{field}.schools", "must be greater than 0")
        for name in ("meeting_minimum", "meeting_level_1"):
            count = parts.get(name)
            if count is not None and count > schools:
                raise OutOfRangeError(
                    f"{field}.{name}", f"{count:g} is more than the {schools:g} schools"
                )

    def judge_parts(self, parts: Mapping[str, float | bool], column: Region) -> PartsVerdict:
        """Apply the column's rule to the school counts."""
        rule = self.rules[column]
        schools = float(parts.get("schools", 0))
        level_1 = parts.get("meeting_level_1")
        minimum = parts.get("meeting_minimum")
        if schools <= 0 or level_1 is None:
            return PartsVerdict(None, "give schools and meeting_level_1")
        if rule.minimum_share is not None and minimum is None:
            return PartsVerdict(None, "this column also needs meeting_minimum")
        if rule.minimum_share is not None:
            gap, needed = share_shortfall(float(minimum or 0), schools, rule.minimum_share)
            if gap > 0:
                return PartsVerdict(False, "minimum facility standard", gap, needed)
        required = rule.level_1_share_few if schools <= _FEW_SCHOOLS else rule.level_1_share_many
        gap, needed = share_shortfall(float(level_1), schools, required)
        if gap > 0:
            return PartsVerdict(False, f"level 1 (≥ {required:g} %)", gap, needed)
        return PartsVerdict(True, gap=0.0)


class Schools(Criterion):
    """Criterion 5: met when every sub-indicator is met."""

    id = "5"
    name_vi = "Trường học"
    name_en = "Schools"
    group = INFRASTRUCTURE
    indicator_types = (SchoolFacilities,)
