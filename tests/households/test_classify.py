"""Hand-written cases from the decrees' text (poverty-income-funding.md, section A).

07/2021 (data years 2022–2026): lines 1,500,000 rural and 2,000,000 urban VND/person/month;
poor = at or under the line and deprived on 3 or more of the 12 indicators; near-poor = at
or under the line and fewer than 3; average living standard = above the line up to
2,250,000 (rural) or 3,000,000 (urban); above the line is never poor. 351/2025 (2027–2030):
lines 2,200,000 and 2,800,000; the indicators are not known.
"""

from __future__ import annotations

from typing import Any

import pytest

from ntm_rules.households.classify import HouseholdClass, Line, Status, classify
from ntm_rules.households.record import Household
from ntm_rules.households.standards import standard_for_year

S2025 = standard_for_year(2025)
S2027 = standard_for_year(2027)
NOT_DEPRIVED: dict[str, Any] = {
    "members": 4,
    "without_stable_work": 0,
    "dependants": 2,
    "malnourished_children": 0,
    "uninsured_aged_6_plus": 0,
    "aged_16_30_lacking_education": 0,
    "children_3_15": 1,
    "children_3_15_at_school": 1,
    "walls_durable": True,
    "columns_durable": True,
    "roof_durable": True,
    "floor_area": 32.0,
    "water_source": "piped",
    "latrine": "septic",
    "internet_users": 1,
    "information_devices": 1,
    "loudspeaker": True,
}
"""A household deprived on none of the 12 indicators (every fact given)."""
THREE: dict[str, Any] = {
    "uninsured_aged_6_plus": 1,
    "water_source": "surface_water",
    "internet_users": 0,
}
"""Three deprivations: health insurance, water source, telecom."""


def _household(income: float, area: str = "rural", **facts: Any) -> Household:
    return Household("H", area=area, income_per_person_month=income, **{**NOT_DEPRIVED, **facts})


def test_exactly_at_the_rural_line_with_three_deprivations_is_poor() -> None:
    """1,500,000 is "at or under" the rural line; 3 deprivations make the household poor."""
    result = classify(_household(1_500_000, **THREE), S2025)
    assert result.household_class is HouseholdClass.POOR
    assert result.deprived == 3
    assert result.line_status is Line.AT_OR_UNDER


def test_one_dong_above_the_line_is_not_poor_whatever_the_deprivations() -> None:
    """1,500,001 with 3 (or all 12) deprivations: above the line, average living standard."""
    every: dict[str, Any] = {
        "without_stable_work": 2,
        "dependants": 4,
        "malnourished_children": 1,
        "floor_area": 10.0,
    }
    result = classify(_household(1_500_001, **THREE, **every), S2025)
    assert result.household_class is HouseholdClass.AVERAGE
    assert result.deprivations == ()


def test_at_the_line_with_two_deprivations_is_near_poor() -> None:
    """Fewer than 3 deprivations at or under the line: near-poor."""
    two: dict[str, Any] = {"uninsured_aged_6_plus": 1, "internet_users": 0}
    assert classify(_household(1_500_000, **two), S2025).household_class is HouseholdClass.NEAR_POOR
    assert classify(_household(0, **two), S2025).household_class is HouseholdClass.NEAR_POOR


def test_two_deprivations_and_one_unknown_fact_cannot_be_classified() -> None:
    """Two deprivations and a missing fact: poor or near-poor, the missing fact decides."""
    result = classify(
        _household(1_400_000, uninsured_aged_6_plus=1, internet_users=0, floor_area=None), S2025
    )
    assert result.household_class is HouseholdClass.CANNOT_CLASSIFY
    assert result.missing == ("floor_area",)


def test_three_deprivations_decide_poor_even_with_facts_missing() -> None:
    """Deprived on 3: poor whatever the 9 indicators without facts would say."""
    facts: dict[str, Any] = dict.fromkeys(NOT_DEPRIVED, None) | {"members": 4} | THREE
    result = classify(Household("H", area="rural", income_per_person_month=1, **facts), S2025)
    assert result.household_class is HouseholdClass.POOR


def test_average_band_tops() -> None:
    """Rural above 1.5 M up to 2.25 M, urban above 2.0 M up to 3.0 M: average; beyond: other."""
    cases = [
        ("rural", 2_250_000, HouseholdClass.AVERAGE),
        ("rural", 2_250_001, HouseholdClass.OTHER),
        ("urban", 2_000_000, HouseholdClass.NEAR_POOR),
        ("urban", 2_000_001, HouseholdClass.AVERAGE),
        ("urban", 3_000_000, HouseholdClass.AVERAGE),
        ("urban", 3_000_001, HouseholdClass.OTHER),
    ]
    for area, income, expected in cases:
        assert classify(_household(income, area), S2025).household_class is expected, (area, income)


def test_urban_line_is_two_million() -> None:
    """An urban household at 2,000,000 with 3 deprivations is poor; a rural one is not."""
    assert (
        classify(_household(2_000_000, "urban", **THREE), S2025).household_class
        is HouseholdClass.POOR
    )
    assert (
        classify(_household(2_000_000, "rural", **THREE), S2025).household_class
        is HouseholdClass.AVERAGE
    )


def test_2026_keeps_the_07_2021_lines_and_2027_raises_them() -> None:
    """Nghị định 351/2025 keeps 07/2021 for 2026; from 2027 rural 2.2 M and urban 2.8 M."""
    assert standard_for_year(2026).line("rural").value == 1_500_000
    household = _household(2_200_000, **THREE)
    assert classify(household, S2027).line_status is Line.AT_OR_UNDER
    assert classify(_household(2_200_001), S2027).household_class is HouseholdClass.ABOVE_LINE
    assert (
        classify(_household(2_800_001, "urban"), S2027).household_class is HouseholdClass.ABOVE_LINE
    )


def test_under_the_351_line_cannot_be_classified_the_indicators_being_unknown() -> None:
    """351/2025's indicators are unknown: poor or near-poor cannot be told apart."""
    result = classify(_household(2_000_000, **THREE), S2027)
    assert result.household_class is HouseholdClass.CANNOT_CLASSIFY
    assert result.rules_unknown == (1, 2)
    assert all(d.status is Status.RULE_UNKNOWN for d in result.deprivations)


def test_no_area_or_no_income_cannot_be_classified_naming_them() -> None:
    """The line needs the area; the income needs the monthly figure or the seven sections."""
    result = classify(Household("H", members=3), S2025)
    assert result.household_class is HouseholdClass.CANNOT_CLASSIFY
    assert result.missing[0] == "area"
    assert "income_per_person_month" in result.missing
    assert "wages" in result.missing


def _status(key: str, **facts: Any) -> Status:
    result = classify(_household(1_000_000, **facts), S2025)
    return next(d.status for d in result.deprivations if d.indicator.key == key)


@pytest.mark.parametrize(
    ("key", "facts", "expected"),
    [
        # 2: dependants more than 50 % of members
        ("dependants", {"dependants": 2, "members": 4}, Status.NOT_DEPRIVED),
        ("dependants", {"dependants": 3, "members": 5}, Status.DEPRIVED),
        # 3, 4, 5: at least one member concerned
        ("nutrition", {"malnourished_children": 1}, Status.DEPRIVED),
        ("health_insurance", {"uninsured_aged_6_plus": 1}, Status.DEPRIVED),
        ("adult_education", {"aged_16_30_lacking_education": 1}, Status.DEPRIVED),
        # 6: a child 3–15 not at the school level for their age
        ("school_attendance", {"children_3_15": 2, "children_3_15_at_school": 1}, Status.DEPRIVED),
        (
            "school_attendance",
            {"children_3_15": 0, "children_3_15_at_school": 0},
            Status.NOT_DEPRIVED,
        ),
        # 7: at least 2 of walls, columns, roof non-durable
        ("housing_quality", {"walls_durable": False, "roof_durable": False}, Status.DEPRIVED),
        ("housing_quality", {"walls_durable": False}, Status.NOT_DEPRIVED),
        ("housing_quality", {"walls_durable": False, "roof_durable": None}, Status.MISSING),
        ("housing_quality", {"walls_durable": None, "roof_durable": None}, Status.MISSING),
        (
            "housing_quality",
            {"walls_durable": False, "roof_durable": False, "columns_durable": None},
            Status.DEPRIVED,
        ),
        # 8: under 8 m² per person (exactly 8 is not under)
        ("living_area", {"floor_area": 32.0, "members": 4}, Status.NOT_DEPRIVED),
        ("living_area", {"floor_area": 31.9, "members": 4}, Status.DEPRIVED),
        # 9: safe sources listed; 10: septic, semi-septic, pour-flush hygienic
        ("water_source", {"water_source": "rainwater"}, Status.NOT_DEPRIVED),
        ("water_source", {"water_source": "unprotected_spring"}, Status.DEPRIVED),
        ("latrine", {"latrine": "pour_flush"}, Status.NOT_DEPRIVED),
        ("latrine", {"latrine": "no_latrine"}, Status.DEPRIVED),
        ("latrine", {"latrine": "other"}, Status.RULE_UNKNOWN),
        # 11: nobody uses the internet; 12: no device and no loudspeaker
        ("telecom", {"internet_users": 0}, Status.DEPRIVED),
        ("information_devices", {"information_devices": 0, "loudspeaker": False}, Status.DEPRIVED),
        (
            "information_devices",
            {"information_devices": 0, "loudspeaker": True},
            Status.NOT_DEPRIVED,
        ),
        (
            "information_devices",
            {"information_devices": 2, "loudspeaker": None},
            Status.NOT_DEPRIVED,
        ),
        ("information_devices", {"information_devices": 0, "loudspeaker": None}, Status.MISSING),
        # 1: unemployed or working for wages without a contract
        ("employment", {"without_stable_work": 1}, Status.DEPRIVED),
        ("employment", {"without_stable_work": None}, Status.MISSING),
    ],
)
def test_each_indicator_by_its_rule(key: str, facts: dict[str, Any], expected: Status) -> None:
    """Each of the 12 deprivation rules, at and around its threshold."""
    assert _status(key, **facts) is expected


def test_income_from_the_seven_sections_over_members_and_months() -> None:
    """Sections 1–7 of QĐ 1245, net of costs, over members and 12 months: 54 M for 3 is 1.5 M."""
    sections: dict[str, Any] = dict.fromkeys(
        ("wages", "crops", "livestock", "forestry", "fishery", "non_farm", "other_income"), 0.0
    )
    on_line = Household(
        "H",
        area="rural",
        **{**NOT_DEPRIVED, **THREE, "members": 3},
        **{**sections, "crops": 54_000_000},
    )
    assert classify(on_line, S2025).income == 1_500_000
    assert classify(on_line, S2025).household_class is HouseholdClass.POOR
    costs = Household(
        "H",
        area="rural",
        **{**NOT_DEPRIVED, "members": 3},
        **{**sections, "crops": 54_000_036},
        production_costs=36,
    )
    assert classify(costs, S2025).income == 1_500_000
    one_more = Household(
        "H", area="rural", **{**NOT_DEPRIVED, "members": 3}, **{**sections, "crops": 54_000_036}
    )
    assert classify(one_more, S2025).household_class is HouseholdClass.AVERAGE


def test_unverified_rules_flag_the_class() -> None:
    """Indicators 1, 11, 12 rest on low-confidence paraphrases: classes using them are flagged."""
    assert classify(_household(1_500_000, **THREE), S2025).unverified
    assert not classify(_household(1_500_001), S2025).unverified
    unverified = [i.id for i in S2025.indicators if i.status.value == "unverified"]
    assert unverified == [1, 11, 12]
