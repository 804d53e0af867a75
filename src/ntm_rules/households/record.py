"""A household record, typed: the facts of :mod:`~ntm_rules.households.facts`, and members.

A record gives its facts directly (one table row), or lists its members (YAML/JSON), from
which the counts are taken by the ages of the standard in force. A count that needs a
member's answer nobody gave stays missing, so that the rule needing it says so.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

from attrs import field, frozen

from ntm_rules.exceptions import OutOfRangeError
from ntm_rules.households.facts import INCOME_SECTIONS
from ntm_rules.households.standards import PovertyStandard
from ntm_rules.messages import Message


@frozen
class Household:
    """One household's facts (``None``: not given). Field meanings: ``facts.FACTS``.

    Attributes:
        household: its identifier in the review (the row number when none is given).
        village: its village (thôn, bản), if given.
    """

    household: str
    village: str = ""
    area: str | None = None
    members: int | None = None
    income_per_person_month: float | None = None
    wages: float | None = None
    crops: float | None = None
    livestock: float | None = None
    forestry: float | None = None
    fishery: float | None = None
    non_farm: float | None = None
    other_income: float | None = None
    production_costs: float | None = None
    weight: float | None = None
    without_stable_work: int | None = None
    dependants: int | None = None
    children_under_16: int | None = None
    malnourished_children: int | None = None
    aged_6_plus: int | None = None
    uninsured_aged_6_plus: int | None = None
    aged_16_30: int | None = None
    aged_16_30_lacking_education: int | None = None
    children_3_15: int | None = None
    children_3_15_at_school: int | None = None
    walls_durable: bool | None = None
    columns_durable: bool | None = None
    roof_durable: bool | None = None
    floor_area: float | None = None
    water_source: str | None = None
    latrine: str | None = None
    internet_users: int | None = None
    information_devices: int | None = None
    loudspeaker: bool | None = None

    def fact(self, name: str) -> object:
        """The value of fact ``name`` (``None`` when not given)."""
        value: object = getattr(self, name)
        return value

    def annual_income(self) -> float | None:
        """Net income of the year from the seven sections, less costs still to deduct.

        ``None`` unless every section is given (a section with nothing is written 0).
        """
        sections = [getattr(self, name) for name in INCOME_SECTIONS]
        if any(value is None for value in sections):
            return None
        total = 0.0
        for value in sections:  # in order, as the vector path adds its columns
            total += value
        return total - (self.production_costs or 0.0)

    def monthly_income(self) -> float | None:
        """Income per person per month: as given, else from the sections over 12 months."""
        if self.income_per_person_month is not None:
            return self.income_per_person_month
        annual = self.annual_income()
        if annual is None or not self.members:
            return None
        return annual / self.members / 12


class Schooling(enum.Enum):
    """The highest level a member completed."""

    NONE = "none"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    UPPER_SECONDARY = "upper_secondary"
    VOCATIONAL = "vocational"
    COLLEGE = "college"


class Work(enum.Enum):
    """A member's work."""

    WAGE_WITH_CONTRACT = "wage_with_contract"
    WAGE_WITHOUT_CONTRACT = "wage_without_contract"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    NOT_WORKING = "not_working"
    """Not in the labour force (a child, a pupil, a retired or disabled member)."""


class Sex(enum.Enum):
    """A member's sex, as the review records it."""

    MALE = "male"
    FEMALE = "female"


@frozen
class Member:
    """One member of a household (any answer may be missing).

    Attributes:
        age: age in completed years.
        sex: as recorded (not used by the 07/2021 rules).
        schooling: the highest level completed.
        in_school: attends school or training (for a child aged 3–15: at the level for
            their age).
        work: the member's work.
        health_insurance: holds a valid health-insurance card.
        malnourished: for a child, stunted or underweight for age.
        dependant: counted as a dependant by the review.
        uses_internet: uses internet services.
        job_training: holds on-the-job training certified by an employer.
    """

    age: int = field(validator=lambda _, __, age: _check_age(age))
    sex: Sex | None = None
    schooling: Schooling | None = None
    in_school: bool | None = None
    work: Work | None = None
    health_insurance: bool | None = None
    malnourished: bool | None = None
    dependant: bool | None = None
    uses_internet: bool | None = None
    job_training: bool | None = None


MAX_AGE = 130
"""The oldest age a member may be recorded with (a typing error past it, not a person)."""


def _check_age(age: int) -> None:
    if not 0 <= age <= MAX_AGE:
        raise OutOfRangeError(
            "age",
            Message(
                "expected an age of 0–{maximum} years, got {value}", maximum=MAX_AGE, value=age
            ),
        )


_BELOW_LOWER_SECONDARY = (Schooling.NONE, Schooling.PRIMARY)
_BELOW_UPPER_SECONDARY = (*_BELOW_LOWER_SECONDARY, Schooling.LOWER_SECONDARY)
_INSECURE_WORK = (Work.UNEMPLOYED, Work.WAGE_WITHOUT_CONTRACT)


def member_counts(members: Sequence[Member], standard: PovertyStandard) -> dict[str, int | None]:
    """The household's counts from its members, by the standard's ages.

    A count is ``None`` when a member it concerns lacks the answer, or when the standard
    does not know the rule that would use it.

    Examples:
        >>> from ntm_rules.households.standards import standard_for_year
        >>> counts = member_counts([Member(40, health_insurance=False), Member(4)],
        ...                        standard_for_year(2025))
        >>> counts["members"], counts["aged_6_plus"], counts["uninsured_aged_6_plus"]
        (2, 1, 1)
    """
    counts: dict[str, int | None] = {"members": len(members)}
    counts["dependants"] = _count(members, lambda m: m.dependant)
    counts["without_stable_work"] = _count(
        members, lambda m: None if m.work is None else m.work in _INSECURE_WORK
    )
    counts["internet_users"] = _count(members, lambda m: m.uses_internet)
    under = _parameter(standard, "nutrition", "child_age_under")
    if under is not None:
        children = [m for m in members if m.age < under]
        counts["children_under_16"] = len(children)
        counts["malnourished_children"] = _count(children, lambda m: m.malnourished)
    insured_from = _parameter(standard, "health_insurance", "age_from")
    if insured_from is not None:
        older = [m for m in members if m.age >= insured_from]
        counts["aged_6_plus"] = len(older)
        counts["uninsured_aged_6_plus"] = _count(
            older, lambda m: None if m.health_insurance is None else not m.health_insurance
        )
    _youth_counts(members, standard, counts)
    school_from = _parameter(standard, "school_attendance", "age_from")
    school_under = _parameter(standard, "school_attendance", "age_under")
    if school_from is not None and school_under is not None:
        pupils = [m for m in members if school_from <= m.age < school_under]
        counts["children_3_15"] = len(pupils)
        counts["children_3_15_at_school"] = _count(pupils, lambda m: m.in_school)
    return counts


def _youth_counts(
    members: Sequence[Member], standard: PovertyStandard, counts: dict[str, int | None]
) -> None:
    first = _parameter(standard, "adult_education", "age_from")
    last = _parameter(standard, "adult_education", "age_to")
    upper_from = _parameter(standard, "adult_education", "upper_secondary_from")
    if first is None or last is None or upper_from is None:
        return
    youth = [m for m in members if first <= m.age <= last]
    counts["aged_16_30"] = len(youth)

    def lacking(member: Member) -> bool | None:
        if member.in_school or member.job_training:
            return False
        if member.schooling is None:
            return None
        if member.age < upper_from:
            short = member.schooling in _BELOW_LOWER_SECONDARY
        else:
            short = member.schooling in _BELOW_UPPER_SECONDARY
        if short and (member.in_school is None or member.job_training is None):
            return None  # short of the level, unless in training: that answer is needed
        return short

    counts["aged_16_30_lacking_education"] = _count(youth, lacking)


def _parameter(standard: PovertyStandard, key: str, name: str) -> float | None:
    indicator = standard.indicator(key)
    if indicator is None or indicator.rule is None:
        return None
    value = indicator.parameters.get(name)
    return float(value) if isinstance(value, int | float) else None


def _count(members: Sequence[Member], answer: Callable[[Member], bool | None]) -> int | None:
    """How many members answer yes; ``None`` if any member's answer is missing."""
    total = 0
    for member in members:
        said = answer(member)
        if said is None:
            return None
        total += bool(said)
    return total
