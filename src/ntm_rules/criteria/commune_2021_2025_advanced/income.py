"""Criterion 10: Thu nhập (Income).

318/QĐ-TTg, Phụ lục II, tiêu chí 10. Guidance: QĐ 1245/QĐ-BKHĐT ngày 30/6/2022 (survey and
computation of income). The threshold varies by region and by year (2022-2025); the table
was not retrieved. The model-commune rule of 319/QĐ-TTg is pegged to it (income at least
1.10 times this threshold): see :mod:`ntm_rules.tiers`.
"""

from __future__ import annotations

from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED, PartialCriterion
from ntm_rules.evaluators import NumericIndicator
from ntm_rules.thresholds import Direction
from ntm_rules.units import INCOME


class RuralIncome(NumericIndicator):
    """Indicator 10.1: at least the threshold income (by region and year).

    Average rural per-capita income of the commune.
    """

    id = "10.1"
    name_vi = "Thu nhập bình quân đầu người khu vực nông thôn của xã"
    name_en = "Average rural per-capita income of the commune"
    unit = INCOME
    direction = Direction.AT_LEAST
    notes = (
        "Higher than the basic-set threshold of the same region and year; one value per "
        "region for each evaluation year 2022-2025. No figure was retrieved (unknown): supply "
        "the provincial table (e.g. Lai Châu 1285/QĐ-UBND, re-issued as 1487/QĐ-UBND). The id "
        "10.1 is the reference's numbering (AC10.1); the official number was not seen."
    )


class Income(PartialCriterion):
    """Criterion 10: fails when 10.1 fails; otherwise cannot be assessed (list not known)."""

    id = "10"
    name_vi = "Thu nhập"
    name_en = "Income"
    group = ADVANCED
    indicator_types = (RuralIncome,)
