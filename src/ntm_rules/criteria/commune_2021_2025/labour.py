"""Criterion 12: Lao động (Labour).

318/QĐ-TTg, Phụ lục I, tiêu chí 12. Guidance: Bộ Lao động - Thương binh và Xã hội - Công văn
1298/LĐTBXH-VPQGGN ngày 26/4/2022.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY, PERSONS, WORKERS
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class EmploymentRate(RateIndicator):
    """Indicator 12.1: at least the threshold share.

    Employed persons as share of working-age population able to work.
    """

    id = "12.1"
    name_vi = (
        "Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động"
    )
    name_en = "Employed persons as share of working-age population able to work"
    direction = Direction.AT_LEAST
    counted = PERSONS
    notes = "Same ≥90 % level as the 2016-2020 set (recalled)."


class TrainedWorkers(RateIndicator):
    """Indicator 12.2: at least the threshold share.

    Share of employed workers who received training.
    """

    id = "12.2"
    name_vi = "Tỷ lệ lao động có việc làm qua đào tạo"
    name_en = "Share of employed workers who received training"
    direction = Direction.AT_LEAST
    counted = WORKERS
    notes = (
        'Region-specific; recalled note "áp dụng đạt cho cả nam và nữ" (must hold for both '
        "sexes). Figures not verified. In the 2016-2020 set this indicator was 14.3."
    )


class CertifiedWorkers(RateIndicator):
    """Indicator 12.3: at least the threshold share.

    Share of employed workers with a training degree/certificate.
    """

    id = "12.3"
    name_vi = "Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ"
    name_en = "Share of employed workers with a training degree/certificate"
    direction = Direction.AT_LEAST
    counted = WORKERS
    notes = (
        "Whether this indicator exists in the xã NTM set (and not only in the nâng cao set) "
        "is uncertain; it bears on the 57-vs-56 indicator count."
    )


class Labour(Criterion):
    """Criterion 12: met when every sub-indicator is met."""

    id = "12"
    name_vi = "Lao động"
    name_en = "Labour"
    group = ECONOMY
    indicator_types = (EmploymentRate, TrainedWorkers, CertifiedWorkers)
