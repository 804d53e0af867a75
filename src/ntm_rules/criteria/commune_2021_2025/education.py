"""Criterion 14: Giáo dục và Đào tạo (Education and training).

318/QĐ-TTg, Phụ lục I, tiêu chí 14. Guidance: Bộ Giáo dục và Đào tạo - QĐ 1491/QĐ-BGDĐT ngày
06/6/2022 (14.1).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ntm_rules.criteria._vocabulary import SOCIETY, STUDENTS
from ntm_rules.evaluators import RateIndicator
from ntm_rules.evaluators.composite import CompositeIndicator, PartKind, PartsVerdict
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class UniversalEducation(CompositeIndicator):
    """Indicator 14.1: universal education and literacy at the levels QĐ 1491 publishes.

    At least ``grade_1_entry_rate`` % of 6-year-olds enter grade 1 (QĐ 1491: 98 %);
    universal pre-school for 5-year-olds met; universal primary, universal lower-secondary
    and literacy at ``required_level`` (QĐ 1491: level 2). A higher level also passes, but
    that reading is not stated by the source, so such a pass is flagged unverified.
    """

    id = "14.1"
    name_vi = (
        "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học, phổ cập "
        "giáo dục THCS; xóa mù chữ"
    )
    name_en = "Universal 5-year-old preschool, primary and lower-secondary education; literacy"
    accepts = (
        "true/false, or {grade_1_entry_rate, preschool_5_universal, primary_level, "
        "lower_secondary_level, literacy_level}"
    )
    parameter_names = ("grade_1_entry_rate", "required_level")
    parts: ClassVar[Mapping[str, PartKind]] = {
        "grade_1_entry_rate": PartKind.PERCENT,
        "preschool_5_universal": PartKind.FLAG,
        "primary_level": PartKind.LEVEL,
        "lower_secondary_level": PartKind.LEVEL,
        "literacy_level": PartKind.LEVEL,
    }

    def judge_parts(
        self, parts: Mapping[str, float | bool], figures: Mapping[str, float]
    ) -> PartsVerdict:
        """Every part must reach its level; a missing part leaves the verdict open."""
        if not parts.keys() >= self.parts.keys():  # one set test where nothing is missing
            missing = sorted(set(self.parts) - set(parts))
            return PartsVerdict(
                None, "missing parts: {parts}", values=(("parts", ", ".join(missing)),)
            )
        entry, required_entry = float(parts["grade_1_entry_rate"]), figures["grade_1_entry_rate"]
        if entry < required_entry:
            share = (("share", f"{required_entry:g}"),)
            detail = "grade-1 entry rate (≥ {share} %)"
            return PartsVerdict(False, detail, required_entry - entry, values=share)
        if parts["preschool_5_universal"] is not True:
            return PartsVerdict(False, "universal pre-school for 5-year-olds")
        required = figures["required_level"]
        levels = (parts["primary_level"], parts["lower_secondary_level"], parts["literacy_level"])
        primary, lower_secondary, literacy = levels
        if primary < required or lower_secondary < required or literacy < required:
            short = [name for name, level in zip(_LEVELS, levels, strict=True) if level < required]
            values = (("level", f"{required:g}"), ("parts", ", ".join(short)))
            return PartsVerdict(False, "below level {level}: {parts}", values=values)
        above = primary > required or lower_secondary > required or literacy > required
        return PartsVerdict(True, gap=0.0, interpreted=above)


_LEVELS = ("primary_level", "lower_secondary_level", "literacy_level")
"""The parts of 14.1 that are levels, in the order they are named (and read above)."""


class LowerSecondaryContinuation(RateIndicator):
    """Indicator 14.2: at least the threshold share.

    Share of lower-secondary graduates continuing to upper-secondary / continuing education
    / vocational school.
    """

    id = "14.2"
    name_vi = (
        "Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục "
        "thường xuyên, trung cấp)"
    )
    name_en = (
        "Share of lower-secondary graduates continuing to upper-secondary / continuing "
        "education / vocational school"
    )
    direction = Direction.AT_LEAST
    counted = STUDENTS
    notes = (
        "Region-specific (highest in ĐBSH, recalled); figures not verified. Whether criterion"
        " 14 also has a 14.3 in the 2021-2025 xã set is unverified."
    )


class EducationAndTraining(Criterion):
    """Criterion 14: met when every sub-indicator is met."""

    id = "14"
    name_vi = "Giáo dục và Đào tạo"
    name_en = "Education and training"
    group = SOCIETY
    indicator_types = (UniversalEducation, LowerSecondaryContinuation)
