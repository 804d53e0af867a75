"""Members are counted into the record's facts by the standard's ages (worked by hand)."""

from __future__ import annotations

from typing import Any

from ntm_rules.households.record import Household, Member, Schooling, Work, member_counts
from ntm_rules.households.standards import standard_for_year

S2025 = standard_for_year(2025)


def test_counts_by_the_07_2021_ages() -> None:
    """A family of five: who is under 16, 6 and over, 16–30, 3 to under 16."""
    members = [
        Member(
            45,
            work=Work.WAGE_WITHOUT_CONTRACT,
            health_insurance=True,
            dependant=False,
            uses_internet=True,
            schooling=Schooling.PRIMARY,
        ),
        Member(
            17,
            schooling=Schooling.PRIMARY,
            in_school=False,
            job_training=False,
            work=Work.UNEMPLOYED,
            health_insurance=False,
            malnourished=False,
            dependant=False,
            uses_internet=True,
        ),
        Member(
            15,
            schooling=Schooling.PRIMARY,
            in_school=True,
            work=Work.NOT_WORKING,
            health_insurance=True,
            malnourished=True,
            dependant=True,
            uses_internet=False,
        ),
        Member(
            5,
            in_school=False,
            work=Work.NOT_WORKING,
            malnourished=False,
            dependant=True,
            uses_internet=False,
        ),
        Member(2, work=Work.NOT_WORKING, malnourished=False, dependant=True, uses_internet=False),
    ]
    counts = member_counts(members, S2025)
    assert counts == {
        "members": 5,
        "dependants": 3,
        "without_stable_work": 2,  # the wage earner without contract, the unemployed 17-year-old
        "internet_users": 2,
        "children_under_16": 3,  # 15, 5, 2
        "malnourished_children": 1,
        "aged_6_plus": 3,  # 45, 17, 15
        "uninsured_aged_6_plus": 1,
        "aged_16_30": 1,
        "aged_16_30_lacking_education": 1,  # 17, out of school, primary only, no training
        "children_3_15": 2,  # 15 and 5
        "children_3_15_at_school": 1,
    }


def test_a_missing_answer_leaves_the_count_missing() -> None:
    """A child with no nutrition answer: the malnourished count is unknown, not 0."""
    counts = member_counts([Member(30, dependant=False), Member(4)], S2025)
    assert counts["malnourished_children"] is None
    assert counts["children_under_16"] == 1
    assert counts["dependants"] is None


def test_education_of_18_to_30_needs_upper_secondary_or_vocational() -> None:
    """Lower secondary suffices at 17, not at 18; vocational or in training suffices at 25."""

    def lacking(member: Member) -> int | None:
        return member_counts([member], S2025)["aged_16_30_lacking_education"]

    assert (
        lacking(
            Member(17, schooling=Schooling.LOWER_SECONDARY, in_school=False, job_training=False)
        )
        == 0
    )
    assert (
        lacking(
            Member(18, schooling=Schooling.LOWER_SECONDARY, in_school=False, job_training=False)
        )
        == 1
    )
    assert (
        lacking(Member(25, schooling=Schooling.VOCATIONAL, in_school=False, job_training=False))
        == 0
    )
    assert lacking(Member(25, schooling=Schooling.NONE, in_school=True)) == 0
    assert lacking(Member(25, schooling=Schooling.NONE, job_training=True)) == 0
    assert lacking(Member(31, schooling=Schooling.NONE, in_school=False, job_training=False)) == 0


def test_annual_and_monthly_income() -> None:
    """Monthly income as given wins; else the seven sections, less costs, per member per month."""
    sections: dict[str, Any] = {
        "wages": 12_000_000.0,
        "crops": 6_000_000.0,
        "livestock": -1_000_000.0,
        "forestry": 0.0,
        "fishery": 0.0,
        "non_farm": 0.0,
        "other_income": 1_000_000.0,
    }
    household = Household("H", members=2, production_costs=6_000_000, **sections)
    assert household.annual_income() == 12_000_000
    assert household.monthly_income() == 500_000
    assert (
        Household("H", members=2, income_per_person_month=7.0, **sections).monthly_income() == 7.0
    )
    assert Household("H", members=2, wages=1.0).monthly_income() is None
