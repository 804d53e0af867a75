"""Criterion 12: Lao động có việc làm (Employed labour).

1980/QĐ-TTg, tiêu chí 12. Guidance: Công văn 4999/LĐTBXH-KHTC ngày 12/12/2016 (T32).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY, PERSONS
from ntm_rules.evaluators import RateIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction


class EmploymentRate(RateIndicator):
    """Indicator 12: at least the threshold share.

    Employed people as share of working-age population able to work.
    """

    id = "12"
    name_vi = (
        "Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động"
    )
    name_en = "Employed people as share of working-age population able to work"
    direction = Direction.AT_LEAST
    counted = PERSONS
    notes = (
        "General ≥90 % (T1, whose wording is shorter); whether the regions differ was not "
        "seen, so the regional levels are unknown."
    )


class EmployedLabour(Criterion):
    """Criterion 12: met when every sub-indicator is met."""

    id = "12"
    name_vi = "Lao động có việc làm"
    name_en = "Employed labour"
    group = ECONOMY
    indicator_types = (EmploymentRate,)
