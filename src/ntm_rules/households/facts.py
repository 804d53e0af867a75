"""The facts a household record holds: names, kinds, ranges and the vocabularies of codes.

One household is one row (a table) or one mapping (YAML/JSON); a member list, when given,
is turned into the counts below (:mod:`ntm_rules.households.record`). Every fact may be
missing: a rule that needs a missing fact cannot decide, and says which fact it lacks.
Money is in VND: the income per person per month of the poverty review, and the net
income of a year by the seven sections of QĐ 1245/QĐ-BKHĐT (Annex II, sections 1–7).
"""

from __future__ import annotations

import enum

from attrs import frozen


class Kind(enum.Enum):
    """How a fact is read."""

    COUNT = "count"
    """A whole number of members (or devices), at least 0."""
    MONEY = "money"
    """VND, at least 0."""
    NET_MONEY = "net_money"
    """VND, net of production costs: may be negative (a loss)."""
    AREA = "area"
    """Square metres, at least 0."""
    WEIGHT = "weight"
    """A sample weight, greater than 0."""
    FLAG = "flag"
    """Yes or no."""
    CODE = "code"
    """One word of the fact's vocabulary."""


@frozen
class Fact:
    """One fact of a household record.

    Attributes:
        name: the field's name (a table's column heading, a mapping's key).
        kind: how it is read.
        at_most: the name of another count this one cannot exceed (``members``…).
        vocabulary: for codes, the words accepted.
        meaning: what it counts or says, for documentation and messages.
    """

    name: str
    kind: Kind
    meaning: str
    at_most: str = ""
    vocabulary: tuple[str, ...] = ()


AREAS = ("rural", "urban")
"""``urban`` is "thành thị" in 07/2021 and "đô thị" in 351/2025."""
AREA_WORDS = {
    "rural": "rural",
    "nông thôn": "rural",
    "nong thon": "rural",
    "urban": "urban",
    "thành thị": "urban",
    "thanh thi": "urban",
    "đô thị": "urban",
    "do thi": "urban",
}
WATER_SOURCES = (
    "piped",
    "drilled_well",
    "protected_dug_well",
    "protected_spring",
    "rainwater",
    "bottled",
    "unprotected_dug_well",
    "unprotected_spring",
    "surface_water",
    "other",
)
LATRINES = ("septic", "semi_septic", "pour_flush", "other", "no_latrine")
INCOME_SECTIONS = ("wages", "crops", "livestock", "forestry", "fishery", "non_farm", "other_income")
"""QĐ 1245/QĐ-BKHĐT Annex II, sections 1–7: wages and salaries; crops; livestock; forestry;
fishery; non-farm business and services (processing included); other receipts counted as
income. Sections 2–6 are net of production costs and taxes."""

FACTS: tuple[Fact, ...] = (
    Fact("area", Kind.CODE, "rural or urban (nông thôn / thành thị, đô thị)", vocabulary=AREAS),
    Fact("members", Kind.COUNT, "usual residents"),  # "nhân khẩu thực tế thường trú"
    Fact("income_per_person_month", Kind.MONEY, "income per person per month, VND"),
    Fact("wages", Kind.MONEY, "section 1: wages and salaries in the year, VND"),
    Fact("crops", Kind.NET_MONEY, "section 2: crops, net, VND/year"),
    Fact("livestock", Kind.NET_MONEY, "section 3: livestock, net, VND/year"),
    Fact("forestry", Kind.NET_MONEY, "section 4: forestry, net, VND/year"),
    Fact("fishery", Kind.NET_MONEY, "section 5: fishery, net, VND/year"),
    Fact("non_farm", Kind.NET_MONEY, "section 6: non-farm business and services, net, VND/year"),
    Fact("other_income", Kind.MONEY, "section 7: other receipts counted as income, VND/year"),
    Fact("production_costs", Kind.MONEY, "costs and taxes still to deduct from sections 2–6"),
    Fact("weight", Kind.WEIGHT, "the household's sample weight in the income survey"),
    Fact(
        "without_stable_work",
        Kind.COUNT,
        "members unemployed or working for wages without a labour contract",
        at_most="members",
    ),
    Fact("dependants", Kind.COUNT, "dependants (as the review counts them)", at_most="members"),
    Fact("children_under_16", Kind.COUNT, "children under 16", at_most="members"),
    Fact(
        "malnourished_children",
        Kind.COUNT,
        "malnourished children under 16",
        at_most="children_under_16",
    ),
    Fact("aged_6_plus", Kind.COUNT, "members aged 6 or over", at_most="members"),
    Fact(
        "uninsured_aged_6_plus",
        Kind.COUNT,
        "members aged 6 or over without health insurance",
        at_most="aged_6_plus",
    ),
    Fact("aged_16_30", Kind.COUNT, "members aged 16 to 30", at_most="members"),
    Fact(
        "aged_16_30_lacking_education",
        Kind.COUNT,
        "members aged 16–30 neither in training nor holding the qualification for their age",
        at_most="aged_16_30",
    ),
    Fact("children_3_15", Kind.COUNT, "children aged 3 to under 16", at_most="members"),
    Fact(
        "children_3_15_at_school",
        Kind.COUNT,
        "children aged 3 to under 16 at the school level for their age",
        at_most="children_3_15",
    ),
    Fact("walls_durable", Kind.FLAG, "the walls are of durable materials"),
    Fact("columns_durable", Kind.FLAG, "the columns are of durable materials"),
    Fact("roof_durable", Kind.FLAG, "the roof is of durable materials"),
    Fact("floor_area", Kind.AREA, "the dwelling's floor area, m²"),
    Fact("water_source", Kind.CODE, "the main domestic water source", vocabulary=WATER_SOURCES),
    Fact("latrine", Kind.CODE, "the latrine used", vocabulary=LATRINES),
    Fact("internet_users", Kind.COUNT, "members who use internet services", at_most="members"),
    Fact("information_devices", Kind.COUNT, "information devices owned (TV, radio, phone…)"),
    Fact("loudspeaker", Kind.FLAG, "the commune or village loudspeaker system reaches the home"),
)
BY_NAME = {fact.name: fact for fact in FACTS}
FACT_NAMES = tuple(fact.name for fact in FACTS)
BIT = {name: 1 << position for position, name in enumerate(FACT_NAMES)}
"""Each fact's bit in a mask of missing facts (one ``int64`` per household)."""
TEXT_FIELDS = ("household", "village", "note")
"""The household's identifier, its village (thôn, bản) and a free note: text, not facts."""
YEAR_FIELD = "year"


def names_of(mask: int) -> tuple[str, ...]:
    """The facts a mask of missing facts names, in record order.

    Examples:
        >>> names_of(BIT["members"] | BIT["floor_area"])
        ('members', 'floor_area')
    """
    return tuple(name for name in FACT_NAMES if mask & BIT[name])
