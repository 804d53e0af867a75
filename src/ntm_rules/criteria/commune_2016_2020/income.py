"""Criterion 10: Thu nhập (Income).

1980/QĐ-TTg, tiêu chí 10: the levels are for the year 2020, not for each year.
"""

from __future__ import annotations

from ntm_rules.criteria._vocabulary import ECONOMY
from ntm_rules.evaluators import NumericIndicator
from ntm_rules.rulebook import Criterion
from ntm_rules.thresholds import Direction
from ntm_rules.units import INCOME


class RuralIncome(NumericIndicator):
    """Indicator 10: at least the threshold income (the 2020 level, for data year 2020).

    Rural income per capita by 2020.
    """

    id = "10"
    name_vi = "Thu nhập bình quân đầu người khu vực nông thôn đến năm 2020"
    name_en = "Rural income per capita by 2020"
    unit = INCOME
    direction = Direction.AT_LEAST
    notes = (
        "The levels (general 45; TDMNPB 36, ĐBSH 50, BTB 36, DHNTB 41, TN 41, ĐNB 59, ĐBSCL "
        "50 million VND/person/year; T2, T3, T4, T21) are for the year 2020, so they are dated "
        "from 2020-01-01 and judge data year 2020. For 2016-2019 the level followed a yearly "
        "guidance path (a BNN interim rule: a straight line from the 2015 to the 2020 level, "
        "T34; the threshold rises every year, T35) whose figures are not known: those years "
        "are unknown until a provincial yearly level is supplied (dated, in a figure table). "
        "Which level applied to 2021 data is not known either."
    )


class Income(Criterion):
    """Criterion 10: met when every sub-indicator is met."""

    id = "10"
    name_vi = "Thu nhập"
    name_en = "Income"
    group = ECONOMY
    indicator_types = (RuralIncome,)
