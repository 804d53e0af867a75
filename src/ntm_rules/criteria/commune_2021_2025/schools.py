"""Criterion 5: Trường học (Schools).

318/QĐ-TTg, Phụ lục I, tiêu chí 5, as published by the Ministry of Education in
QĐ 1491/QĐ-BGDĐT of 06/6/2022.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ntm_rules.criteria._vocabulary import INFRASTRUCTURE, SCHOOLS
from ntm_rules.evaluators.composite import (
    CompositeIndicator,
    PartKind,
    PartsVerdict,
    share_shortfall,
)
from ntm_rules.exceptions import OutOfRangeError
from ntm_rules.messages import Message
from ntm_rules.rulebook import Criterion


class SchoolFacilities(CompositeIndicator):
    """Indicator 5: schools meet the facility standard of the region column.

    The rule of QĐ 1491/QĐ-BGDĐT, its figures per column in the edition's data: a share of
    schools meeting the minimum facility standard (``minimum_share``; 0 where the column
    asks only for level 1, as ĐBSH and ĐNB do) and a share meeting level 1, one for more
    than ``few_schools`` schools and one for that many or fewer. Give ``true``/``false``
    as assessed, or the counts ``schools``, ``meeting_minimum`` and ``meeting_level_1``.
    """

    id = "5"
    name_vi = (
        "Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS hoặc trường phổ thông nhiều cấp "
        "có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định"
    )
    name_en = "Share of schools (preschool, primary, lower-secondary) meeting facility standards"
    counted = SCHOOLS
    accepts = "true/false, or {schools, meeting_minimum, meeting_level_1} counts"
    parameter_names = ("minimum_share", "level_1_share_many", "level_1_share_few", "few_schools")
    parts: ClassVar[Mapping[str, PartKind]] = {
        "schools": PartKind.COUNT,
        "meeting_minimum": PartKind.COUNT,
        "meeting_level_1": PartKind.COUNT,
    }
    notes = (
        "Schools counted: mầm non, tiểu học, THCS, or a multi-level school whose highest "
        "level is THCS. Rule per QĐ 1491/QĐ-BGDĐT (U1, U3); the ĐBSCL ≤3-schools branch is "
        "repeated by Vĩnh Long set 1347. A provincial table overrides the rule's figures "
        "under parameters."
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
                    f"{field}.{name}",
                    Message(
                        "{count:g} is more than the {schools:g} schools",
                        count=count,
                        schools=schools,
                    ),
                )

    def judge_parts(
        self, parts: Mapping[str, float | bool], figures: Mapping[str, float]
    ) -> PartsVerdict:
        """Apply the column's rule to the school counts."""
        schools = float(parts.get("schools", 0))
        level_1 = parts.get("meeting_level_1")
        minimum = parts.get("meeting_minimum")
        minimum_share = figures["minimum_share"]
        if schools <= 0 or level_1 is None:
            return PartsVerdict(None, "give schools and meeting_level_1")
        if minimum_share > 0 and minimum is None:
            return PartsVerdict(None, "this column also needs meeting_minimum")
        if minimum_share > 0:
            gap, needed = share_shortfall(float(minimum or 0), schools, minimum_share)
            if gap > 0:
                return PartsVerdict(False, "minimum facility standard", gap, needed)
        few = schools <= figures["few_schools"]
        required = figures["level_1_share_few" if few else "level_1_share_many"]
        gap, needed = share_shortfall(float(level_1), schools, required)
        if gap > 0:
            share = (("share", f"{required:g}"),)
            return PartsVerdict(False, "level 1 (≥ {share} %)", gap, needed, values=share)
        return PartsVerdict(True, gap=0.0)


class Schools(Criterion):
    """Criterion 5: met when every sub-indicator is met."""

    id = "5"
    name_vi = "Trường học"
    name_en = "Schools"
    group = INFRASTRUCTURE
    indicator_types = (SchoolFacilities,)
