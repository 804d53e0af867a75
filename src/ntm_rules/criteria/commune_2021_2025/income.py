"""Criterion 10: Thu nhập (Income).

318/QĐ-TTg, Phụ lục I, tiêu chí 10. Guidance: Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) - QĐ
1245/QĐ-BKHĐT ngày 30/6/2022 (quy trình thu thập, tính toán).
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY
from ntm_rules.evaluators import NumericIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction
from ntm_rules.units import INCOME


class RuralIncome(NumericIndicator):
    """Indicator 10: at least the threshold income.

    Average rural income per capita (2022 reference level).
    """

    id = "10"
    name_vi = "Thu nhập bình quân đầu người khu vực nông thôn (mức năm 2022)"
    name_en = "Average rural income per capita (2022 reference level)"
    unit = INCOME
    direction = Direction.AT_LEAST
    notes = (
        "Recalled figures for the 2022 column; no public source for these values was found. "
        "Plausibility check (an inference, not sourced): they are below the 2016-2020 set's "
        "2020 levels for ĐBSH/ĐNB/ĐBSCL (50/59/50, S17), which would fit a re-basing after "
        "COVID-19 and the new GSO income procedure. Actual rural averages: about 46.3 million"
        " VND (reported 2023, S21); about 56.4 million VND estimated for 2024 (S22). Income "
        "is surveyed and computed per QĐ 1245/QĐ-BKHĐT (S10, S11); see "
        "poverty-income-funding.yaml."
    )


class Income(Criterion):
    """Criterion 10: met when every sub-indicator is met."""

    id = "10"
    name_vi = "Thu nhập"
    name_en = "Income"
    group = ECONOMY
    indicator_types = (RuralIncome,)
