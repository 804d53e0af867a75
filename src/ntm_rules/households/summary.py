"""A commune's aggregates, and the counts handed to indicators 10 and 11 of its profile.

Indicator 11 (multidimensional poverty, 318/QĐ-TTg) is the "tỷ lệ nghèo đa chiều": poor
plus near-poor households over all households (poverty-income-funding, high). Poor and
near-poor are together exactly the households at or under the line, so the rate needs only
each household's income against its line, even where a standard's deprivation rules are
unknown. Indicator 10 (income, QĐ 1245/QĐ-BKHĐT Annex II) is the net income of the sample
households over their usual residents, per year, optionally weighted; how the Annex
weights the sample was not found, so a weighted figure is flagged unverified.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
from attrs import define, field, frozen

from ntm_rules.citations import Verification
from ntm_rules.households.classify import (
    CLASSES,
    DEPRIVED,
    FACTS_MISSING,
    LINES,
    HouseholdClass,
    Line,
)
from ntm_rules.households.facts import INCOME_SECTIONS
from ntm_rules.households.io import HouseholdTable
from ntm_rules.households.standards import PovertyStandard
from ntm_rules.households.vector import Codes, annual_income

MILLION = 1_000_000


@frozen
class HandOff:
    """What a household summary gives one indicator of the commune profile.

    Attributes:
        indicator: the indicator's id (``"10"`` or ``"11"``).
        value: the profile value, or ``None`` when it cannot be given.
        numerator: for 11, poor + near-poor households; for 10, the (weighted) net income
            of the sample in the year, VND.
        denominator: for 11, all households; for 10, their (weighted) usual residents.
        reason: why no value can be given (a code), else ``None``.
        count: how many households the reason concerns.
        status: verified, or unverified when the method rests on a figure no source shows.
    """

    indicator: str
    value: object
    numerator: float | None
    denominator: float | None
    reason: str | None = None
    count: int = 0
    status: Verification = Verification.VERIFIED


@frozen
class IndicatorRate:
    """One deprivation indicator across the households at or under the line.

    Attributes:
        id: the indicator's number in the standard.
        key: its rule.
        deprived: households deprived on it.
        assessed: households at or under the line whose status it decided.
        undecided: households at or under the line it could not decide.
    """

    id: int
    key: str
    deprived: int
    assessed: int
    undecided: int

    @property
    def rate(self) -> float | None:
        """Deprived over assessed, in percent (``None`` when none was assessed)."""
        return self.deprived * 100 / self.assessed if self.assessed else None


@frozen
class Summary:
    """A review's counts and rates (percent of all households) and its hand-offs.

    Attributes:
        standard: the standard applied.
        households: how many households were classified.
        classes: how many of each class.
        at_or_under_line: households at or under their line (poor or near-poor).
        line_unknown: households whose income or area is not known.
        unverified: households whose class rests on an unverified figure or rule.
        indicators: each deprivation indicator's counts.
        income: the hand-off to indicator 10.
        poverty: the hand-off to indicator 11.
        meta: the review's commune, year and notes.
    """

    standard: PovertyStandard
    households: int
    classes: dict[HouseholdClass, int]
    at_or_under_line: int
    line_unknown: int
    unverified: int
    indicators: tuple[IndicatorRate, ...]
    income: HandOff
    poverty: HandOff
    commune: str = ""
    year: int | None = None

    def rate(self, count: int) -> float | None:
        """``count`` as a percentage of all households."""
        return count * 100 / self.households if self.households else None

    @property
    def poverty_rate(self) -> float | None:
        """The multidimensional poverty rate, percent (``None`` while a line is unknown)."""
        return None if self.line_unknown else self.rate(self.at_or_under_line)

    def class_rate(self, household_class: HouseholdClass) -> float | None:
        """One class's share of all households, percent (``None`` while it could change)."""
        if self.classes[HouseholdClass.CANNOT_CLASSIFY]:
            return None
        return self.rate(self.classes[household_class])


def summarise(table: HouseholdTable, codes: Codes, standard: PovertyStandard) -> Summary:
    """The summary of a classified review."""
    tally = Tally(standard)
    tally.add(table, codes)
    return tally.summary(table.meta.commune, table.meta.year)


@define
class Tally:
    """Running counts over slices of a review (a large file is classified in batches)."""

    standard: PovertyStandard
    classes: npt.NDArray[np.int64] = field(factory=lambda: np.zeros(len(CLASSES), np.int64))
    lines: npt.NDArray[np.int64] = field(factory=lambda: np.zeros(len(LINES), np.int64))
    deprivations: npt.NDArray[np.int64] = field(factory=lambda: np.zeros((0, 3), np.int64))
    unverified: int = 0
    partial: int = 0
    weighted: int = 0
    unweighted: int = 0
    income: float = 0.0
    residents: float = 0.0
    weighted_income: float = 0.0
    weighted_residents: float = 0.0

    def add(self, table: HouseholdTable, codes: Codes) -> None:
        """Count one classified slice."""
        self.classes += np.bincount(codes.classes, minlength=len(CLASSES))
        self.lines += np.bincount(codes.lines, minlength=len(LINES))
        under = codes.lines == LINES.index(Line.AT_OR_UNDER)
        counts = np.zeros((len(self.standard.indicators), 3), np.int64)
        for row in range(len(self.standard.indicators)):
            status = codes.statuses[row][under]
            counts[row] = (
                (status == DEPRIVED).sum(),
                (status <= DEPRIVED).sum(),  # decided
                (status >= FACTS_MISSING).sum(),  # open
            )
        self.deprivations = counts if self.deprivations.size == 0 else self.deprivations + counts
        self.unverified += int(codes.unverified.sum())
        self._income(table)

    def _income(self, table: HouseholdTable) -> None:
        sections = np.stack([table.columns[name] for name in INCOME_SECTIONS])
        given = ~np.isnan(sections)
        members = table.columns["members"]
        complete = given.all(axis=0) & ~np.isnan(members)
        self.partial += int((given.any(axis=0) & ~complete).sum())
        total = annual_income(table.columns)[complete]
        weights = table.columns["weight"][complete]
        has_weight = ~np.isnan(weights)
        self.weighted += int(has_weight.sum())
        self.unweighted += int((~has_weight).sum())
        self.income += float(total.sum())
        self.residents += float(members[complete].sum())
        self.weighted_income += float(np.dot(weights[has_weight], total[has_weight]))
        self.weighted_residents += float(np.dot(weights[has_weight], members[complete][has_weight]))

    def summary(self, commune: str = "", year: int | None = None) -> Summary:
        """The summary of everything counted."""
        households = int(self.classes.sum())
        unknown = int(self.lines[LINES.index(Line.UNKNOWN)])
        at_or_under = int(self.lines[LINES.index(Line.AT_OR_UNDER)])
        if households == 0:
            poverty = HandOff("11", None, None, None, "no_households")
        elif unknown:
            poverty = HandOff("11", None, None, None, "line_unknown", unknown)
        else:
            ratio = {"numerator": at_or_under, "denominator": households}
            poverty = HandOff("11", ratio, at_or_under, households)
        rates = tuple(
            IndicatorRate(indicator.id, indicator.key, *(int(n) for n in self.deprivations[row]))
            for row, indicator in enumerate(self.standard.indicators)
        )
        return Summary(
            standard=self.standard,
            households=households,
            classes={c: int(self.classes[n]) for n, c in enumerate(CLASSES)},
            at_or_under_line=at_or_under,
            line_unknown=unknown,
            unverified=self.unverified,
            indicators=rates,
            income=self._handoff(),
            poverty=poverty,
            commune=commune,
            year=year,
        )

    def _handoff(self) -> HandOff:
        """Net income per usual resident per year over the households with income sections."""
        if self.partial:
            return HandOff("10", None, None, None, "incomplete_sections", self.partial)
        if not self.weighted + self.unweighted:
            return HandOff("10", None, None, None, "no_income_sections")
        if self.weighted and self.unweighted:
            return HandOff("10", None, None, None, "weights_incomplete", self.unweighted)
        weighted = bool(self.weighted)
        income = self.weighted_income if weighted else self.income
        residents = self.weighted_residents if weighted else self.residents
        value = f"{income / residents / MILLION:.2f} million VND/person/year"
        status = Verification.UNVERIFIED if weighted else Verification.VERIFIED
        return HandOff("10", value, income, residents, status=status)


def profile_values(summary: Summary) -> dict[str, Any]:
    """The values a commune profile takes from the summary: ``{"10": …, "11": …}``.

    Only the indicators the summary can give are present (see ``Summary.income.reason``
    and ``Summary.poverty.reason`` for the others).
    """
    values: dict[str, Any] = {}
    for handoff in (summary.income, summary.poverty):
        if handoff.value is not None:
            values[handoff.indicator] = handoff.value
    return values


def with_household_values(profile: Mapping[str, Any], summary: Summary) -> dict[str, Any]:
    """A copy of a profile document whose indicators 10 and 11 come from the summary."""
    document = copy.deepcopy(dict(profile))
    document["values"] = {**document.get("values", {}), **profile_values(summary)}
    return document
