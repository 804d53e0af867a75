"""Criterion 14: Giáo dục và Đào tạo (Education and training).

1980/QĐ-TTg, tiêu chí 14 (T24, ThuVienPhapLuat Q&A). Guidance: BNN handbook QĐ
69/QĐ-BNN-VPĐP (T15); Công văn 4999/LĐTBXH-KHTC for 14.3 (T32).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import SOCIETY, STUDENTS, WORKERS
from ntm_rules.evaluators import AchievedIndicator, RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class UniversalEducation(AchievedIndicator):
    """Indicator 14.1: must be achieved.

    Universal 5-year-old pre-school, literacy, primary at the right age, lower secondary.
    """

    id = "14.1"
    name_vi = (
        "Phổ cập giáo dục mầm non cho trẻ 5 tuổi, xóa mù chữ, phổ cập giáo dục tiểu học đúng "
        "độ tuổi; phổ cập giáo dục trung học cơ sở"
    )
    name_en = "Universal 5-year-old pre-school, literacy, primary at right age, lower secondary"
    notes = "Pass/fail; every region must meet it (T24)."


class LowerSecondaryContinuation(RateIndicator):
    """Indicator 14.2: at least the threshold share.

    Lower-secondary graduates continuing to upper secondary, complementary or vocational
    education.
    """

    id = "14.2"
    name_vi = (
        "Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, bổ "
        "túc, trung cấp)"
    )
    name_en = "Lower-secondary graduates continuing to upper secondary / complementary / vocational"
    direction = Direction.AT_LEAST
    counted = STUDENTS
    notes = "Regional levels from one clear source (T24)."


class TrainedWorkers(RateIndicator):
    """Indicator 14.3: at least the threshold share.

    Employed workers who have had training.
    """

    id = "14.3"
    name_vi = "Tỷ lệ lao động có việc làm qua đào tạo"
    name_en = "Employed workers who have had training"
    direction = Direction.AT_LEAST
    counted = WORKERS
    notes = (
        "Regional levels from one clear source (T24). In the 2021-2025 set this indicator "
        "appears to move to criterion 12 (not verified)."
    )


class EducationAndTraining(Criterion):
    """Criterion 14: met when every sub-indicator is met."""

    id = "14"
    name_vi = "Giáo dục và Đào tạo"
    name_en = "Education and training"
    group = SOCIETY
    indicator_types = (UniversalEducation, LowerSecondaryContinuation, TrainedWorkers)
