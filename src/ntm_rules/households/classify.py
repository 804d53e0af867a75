"""One household's class under a poverty standard, with each deprivation and its facts.

The rule of both shipped standards (Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định
351/2025/NĐ-CP): with L the line of the household's area, a household whose income per
person per month is at or under L is *poor* when deprived on at least 3 indicators and
*near-poor* when deprived on fewer; above L it is never poor, and (07/2021) is of
*average living standard* up to the band's top. A class is given only when the facts
decide it: a household deprived on 3 indicators is poor whatever the others say, one
above the line needs no deprivation at all; otherwise it *cannot be classified* and the
facts (or the unknown rules) that would decide it are named.

Examples:
    >>> from ntm_rules.households.standards import standard_for_year
    >>> poor = Household("H1", area="rural", members=4, income_per_person_month=1_500_000,
    ...                  uninsured_aged_6_plus=1, internet_users=0, water_source="surface_water")
    >>> classify(poor, standard_for_year(2025)).household_class.value
    'poor'
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.households.facts import BIT, INCOME_SECTIONS
from ntm_rules.households.record import Household
from ntm_rules.households.standards import Figure, Indicator, PovertyStandard


class HouseholdClass(enum.Enum):
    """A household's class; the code of each is its position here."""

    POOR = "poor"
    NEAR_POOR = "near_poor"
    AVERAGE = "average_living_standard"
    OTHER = "other"
    """Above the line and above the average-living-standard band."""
    ABOVE_LINE = "above_line"
    """Above the line: neither poor nor near-poor; the standard's band is unknown."""
    CANNOT_CLASSIFY = "cannot_classify"


class Status(enum.Enum):
    """A deprivation indicator's outcome for one household (code: position)."""

    NOT_DEPRIVED = "not_deprived"
    DEPRIVED = "deprived"
    MISSING = "missing_facts"
    RULE_UNKNOWN = "rule_unknown"
    """The standard does not know the rule, or it does not decide this value."""


class Line(enum.Enum):
    """Income against the poverty line (code: position)."""

    AT_OR_UNDER = "at_or_under"
    ABOVE = "above"
    UNKNOWN = "unknown"


CLASSES = tuple(HouseholdClass)
STATUSES = tuple(Status)
LINES = tuple(Line)
# The codes of the vector path (an enum member's position), named once
NOT_DEPRIVED = STATUSES.index(Status.NOT_DEPRIVED)
DEPRIVED = STATUSES.index(Status.DEPRIVED)
FACTS_MISSING = STATUSES.index(Status.MISSING)
RULE_UNKNOWN = STATUSES.index(Status.RULE_UNKNOWN)
AT_OR_UNDER = LINES.index(Line.AT_OR_UNDER)

RULE_FACTS: dict[str, tuple[str, ...]] = {
    "employment": ("without_stable_work",),
    "dependants": ("dependants", "members"),
    "nutrition": ("malnourished_children",),
    "health_insurance": ("uninsured_aged_6_plus",),
    "adult_education": ("aged_16_30_lacking_education",),
    "school_attendance": ("children_3_15", "children_3_15_at_school"),
    "housing_quality": ("walls_durable", "columns_durable", "roof_durable"),
    "living_area": ("floor_area", "members"),
    "water_source": ("water_source",),
    "latrine": ("latrine",),
    "telecom": ("internet_users",),
    "information_devices": ("information_devices", "loudspeaker"),
}
"""The facts each rule reads."""
INCOME_FACTS = ("income_per_person_month", *INCOME_SECTIONS, "members")
Facts = dict[str, Any]
Rule = Callable[[Facts, Facts], "Status | None"]


@frozen
class Deprivation:
    """One indicator's outcome for one household.

    Attributes:
        indicator: the standard's indicator (its rule, status and citation).
        status: deprived, not deprived, missing facts or rule unknown.
        facts: the facts the rule read, with their values (``None``: not given).
        missing: the facts it lacked to decide.
    """

    indicator: Indicator
    status: Status
    facts: tuple[tuple[str, object], ...]
    missing: tuple[str, ...] = ()


@frozen
class Classification:
    """A household's class and why.

    Attributes:
        household: the record classified.
        standard: the standard applied.
        household_class: the class.
        line_status: income at or under the line, above it, or unknown.
        income: income per person per month used (``None`` when unknown).
        line: the poverty line of the household's area (``None``: area not given).
        band: the top of the average band, when it decided the class.
        deprivations: every indicator's outcome (empty when the line decided alone).
        deprived: how many indicators deprive the household.
        missing: the facts that would decide a household that cannot be classified.
        rules_unknown: the indicators whose unknown rule leaves the class open.
        unverified: the class rests on a figure or rule no public source confirms.
    """

    household: Household
    standard: PovertyStandard
    household_class: HouseholdClass
    line_status: Line
    income: float | None
    line: Figure | None
    band: Figure | None
    deprivations: tuple[Deprivation, ...]
    deprived: int
    missing: tuple[str, ...]
    rules_unknown: tuple[int, ...]
    unverified: bool

    def mask(self) -> int:
        """The missing facts as a bit mask (see :data:`~ntm_rules.households.facts.BIT`)."""
        total = 0
        for name in self.missing:
            total |= BIT[name]
        return total


def classify(household: Household, standard: PovertyStandard) -> Classification:
    """Classify one household under ``standard``."""
    area = household.area
    line = standard.line(area) if area is not None else None
    income = household.monthly_income()
    missing: list[str] = []
    if area is None:
        missing.append("area")
    if income is None:
        missing.extend(_missing_income(household))
    if line is None or line.value is None or income is None:
        chosen = HouseholdClass.CANNOT_CLASSIFY
        return _result(
            household,
            standard,
            chosen,
            line_status=Line.UNKNOWN,
            income=income,
            line=line,
            band=None,
            deprivations=(),
            missing=missing,
        )
    if income > line.value:
        band = standard.band(household.area or "rural")
        if band.value is None:
            chosen = HouseholdClass.ABOVE_LINE
        else:
            chosen = HouseholdClass.AVERAGE if income <= band.value else HouseholdClass.OTHER
        shown = band if band.value is not None else None
        return _result(
            household,
            standard,
            chosen,
            line_status=Line.ABOVE,
            income=income,
            line=line,
            band=shown,
            deprivations=(),
            missing=[],
        )
    # at or under the line: only now do the deprivations decide the class
    deprivations = tuple(_deprivation(household, i) for i in standard.indicators)
    needed = standard.poor_deprivations.value
    deprived = sum(d.status is Status.DEPRIVED for d in deprivations)
    open_count = sum(d.status in (Status.MISSING, Status.RULE_UNKNOWN) for d in deprivations)
    if needed is not None and deprived >= needed:
        chosen = HouseholdClass.POOR
    elif needed is not None and standard.indicators_complete and deprived + open_count < needed:
        chosen = HouseholdClass.NEAR_POOR
    else:
        chosen = HouseholdClass.CANNOT_CLASSIFY
        missing = sorted({n for d in deprivations for n in d.missing}, key=list(BIT).index)
    return _result(
        household,
        standard,
        chosen,
        line_status=Line.AT_OR_UNDER,
        income=income,
        line=line,
        band=None,
        deprivations=deprivations,
        missing=missing,
    )


def _result(
    household: Household,
    standard: PovertyStandard,
    chosen: HouseholdClass,
    *,
    line_status: Line,
    income: float | None,
    line: Figure | None,
    band: Figure | None,
    deprivations: tuple[Deprivation, ...],
    missing: list[str],
) -> Classification:
    decided = chosen is not HouseholdClass.CANNOT_CLASSIFY
    figures = [f for f in (line, band) if f is not None] if decided else []
    used = [d.indicator.status for d in deprivations if d.status in _DECIDED] if decided else []
    if decided and line_status is Line.AT_OR_UNDER:
        figures.append(standard.poor_deprivations)
    unverified = any(f.status is Verification.UNVERIFIED for f in figures) or any(
        status is Verification.UNVERIFIED for status in used
    )
    unknown_rules = (
        tuple(d.indicator.id for d in deprivations if d.status is Status.RULE_UNKNOWN)
        if not decided
        else ()
    )
    return Classification(
        household=household,
        standard=standard,
        household_class=chosen,
        line_status=line_status,
        income=income,
        line=line,
        band=band,
        deprivations=deprivations,
        deprived=sum(d.status is Status.DEPRIVED for d in deprivations),
        missing=tuple(missing),
        rules_unknown=unknown_rules,
        unverified=unverified,
    )


_DECIDED = (Status.DEPRIVED, Status.NOT_DEPRIVED)


def _missing_income(household: Household) -> list[str]:
    """The facts that would give the income: the monthly figure, or sections and members."""
    missing = ["income_per_person_month"]
    missing.extend(name for name in INCOME_SECTIONS if household.fact(name) is None)
    if not household.members:
        missing.append("members")
    return missing


def _deprivation(household: Household, indicator: Indicator) -> Deprivation:
    names = RULE_FACTS[indicator.key]
    facts = tuple((name, household.fact(name)) for name in names)
    if indicator.status is Verification.UNKNOWN:
        return Deprivation(indicator, Status.RULE_UNKNOWN, facts)
    values = dict(facts)
    status = _RULES[indicator.key](values, indicator.parameters)
    if status is None:
        status = Status.MISSING
    missing = _missing(indicator.key, values) if status is Status.MISSING else ()
    return Deprivation(indicator, status, facts, missing)


def _missing(key: str, values: Facts) -> tuple[str, ...]:
    return tuple(name for name in RULE_FACTS[key] if values[name] is None)


def _yes(deprived: bool) -> Status:
    return Status.DEPRIVED if deprived else Status.NOT_DEPRIVED


def _at_least_one(name: str) -> Rule:
    def rule(values: Facts, _: Facts) -> Status | None:
        count = values[name]
        return None if count is None else _yes(float(count) >= 1)

    return rule


def _dependants(values: Facts, parameters: Facts) -> Status | None:
    dependants, members = values["dependants"], values["members"]
    if dependants is None or members is None:
        return None
    share = float(parameters["share_above"])
    return _yes(float(dependants) > share * float(members))


def _school(values: Facts, _: Facts) -> Status | None:
    children, at_school = values["children_3_15"], values["children_3_15_at_school"]
    if children is None or at_school is None:
        return None
    return _yes(float(at_school) < float(children))


def _housing(values: Facts, parameters: Facts) -> Status | None:
    needed = float(parameters["non_durable_at_least"])
    flags = [values[name] for name in RULE_FACTS["housing_quality"]]
    non_durable = sum(flag is False for flag in flags)
    unknown = sum(flag is None for flag in flags)
    if non_durable >= needed:
        return Status.DEPRIVED
    if non_durable + unknown < needed:
        return Status.NOT_DEPRIVED
    return None


def _area(values: Facts, parameters: Facts) -> Status | None:
    floor, members = values["floor_area"], values["members"]
    if floor is None or members is None:
        return None
    least = float(parameters["m2_per_person_under"])
    return _yes(float(floor) < least * float(members))


def _listed(name: str) -> Rule:
    def rule(values: Facts, parameters: Facts) -> Status | None:
        code = values[name]
        if code is None:
            return None
        if code in parameters["deprived"]:
            return Status.DEPRIVED
        if code in parameters["not_deprived"]:
            return Status.NOT_DEPRIVED
        return Status.RULE_UNKNOWN

    return rule


def _telecom(values: Facts, _: Facts) -> Status | None:
    users = values["internet_users"]
    return None if users is None else _yes(float(users) == 0)


def _information(values: Facts, _: Facts) -> Status | None:
    devices, loudspeaker = values["information_devices"], values["loudspeaker"]
    if loudspeaker is True or (devices is not None and float(devices) > 0):
        return Status.NOT_DEPRIVED
    if devices is None or loudspeaker is None:
        return None
    return Status.DEPRIVED


_RULES: dict[str, Rule] = {
    "employment": _at_least_one("without_stable_work"),
    "dependants": _dependants,
    "nutrition": _at_least_one("malnourished_children"),
    "health_insurance": _at_least_one("uninsured_aged_6_plus"),
    "adult_education": _at_least_one("aged_16_30_lacking_education"),
    "school_attendance": _school,
    "housing_quality": _housing,
    "living_area": _area,
    "water_source": _listed("water_source"),
    "latrine": _listed("latrine"),
    "telecom": _telecom,
    "information_devices": _information,
}
