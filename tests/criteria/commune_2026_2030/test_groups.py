"""51/2025/QĐ-TTg commune groups: stated, or decided from the commune's facts.

Expectations come from the definitions quoted in the reference
(``criteria-2026-2030.yaml``, commune_groups): group 1 near-urban or under 10 %
agriculture or planned urban; group 3 zone II/III; group 2 the rest; 1-and-3 open.
"""

from typing import Any

import pytest

import ntm_rules
from ntm_rules import Verdict

BASE: dict[str, Any] = {"commune": "A", "province": "B", "year": 2026}


def _group(**head: Any) -> str:
    evaluation = ntm_rules.evaluate(ntm_rules.load_profile({**BASE, **head}))
    assert evaluation.rulebook.id == "vn.ntm.xa.2026_2030"
    return evaluation.column.column.code


@pytest.mark.parametrize(
    ("head", "group"),
    [
        ({"group": "1"}, "1"),
        ({"group": "nhóm 2"}, "2"),
        ({"group": "Group 3"}, "3"),
        ({"facts": {"adjacent_urban_oriented": True}}, "1"),
        ({"facts": {"planned_urban": True}}, "1"),
        ({"facts": {"agriculture_share": 9.99}}, "1"),
        ({"facts": {"agriculture_share": 10}}, "2"),  # "dưới 10%": under, not at
        ({"categories": ["ethnic_minority_zone_ii"]}, "3"),
        ({"categories": ["ethnic_minority_zone_iii"], "region": "TDMNPB"}, "3"),
        ({"categories": ["especially_difficult"]}, "2"),  # not a group-3 definition
        ({}, "2"),
        ({"group": "1", "categories": ["ethnic_minority_zone_iii"]}, "1"),  # stated wins
    ],
)
def test_group_of_a_commune(head: dict[str, Any], group: str) -> None:
    """Each definition of 51/2025 gives its group."""
    assert _group(**head) == group


def test_groups_1_and_3_together_must_be_stated() -> None:
    """No source says which prevails: the commune must state its group."""
    profile = ntm_rules.load_profile(
        {**BASE, "categories": ["ethnic_minority_zone_iii"], "facts": {"planned_urban": True}}
    )
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.evaluate(profile)
    (problem,) = caught.value.problems
    assert problem.field == "group"
    assert "does not say which prevails" in problem.reason


def test_an_unknown_group_is_an_error() -> None:
    """Only groups 1, 2 and 3 exist."""
    with pytest.raises(ntm_rules.InvalidInputError, match="unknown commune group"):
        _group(group="4")


def test_without_an_edition_file_a_2026_commune_cannot_be_concluded() -> None:
    """Never a verdict from the 2021–2025 set: every criterion waits for its indicators."""
    evaluation = ntm_rules.evaluate(
        ntm_rules.load_profile({**BASE, "categories": ["ethnic_minority_zone_iii"]})
    )
    assert evaluation.verdict is Verdict.CANNOT_CONCLUDE
    assert evaluation.criteria_total == 10
    assert evaluation.criteria_without_indicators == tuple(str(n) for n in range(1, 11))
    assert evaluation.indicators == ()


def test_the_ten_criteria_of_51_2025() -> None:
    """Names and order as the decision lists them (reference §C, high confidence)."""
    book = ntm_rules.load_rulebook("2026-2030")
    assert [c.name_vi for c in book.criteria] == [
        "Quy hoạch",
        "Hạ tầng kinh tế - xã hội",
        "Phát triển kinh tế nông thôn",
        "Đào tạo nguồn nhân lực nông thôn",
        "Văn hóa, giáo dục, y tế",
        "Giảm nghèo và an sinh xã hội",
        "Khoa học công nghệ và chuyển đổi số",
        "Môi trường và cảnh quan nông thôn",
        "Xây dựng hệ thống chính trị và hành chính công",
        "Tiếp cận pháp luật và an ninh, quốc phòng",
    ]
    assert book.official_indicator_count == 47
    assert book.columns.codes == ("1", "2", "3")


@pytest.mark.parametrize(
    ("facts", "group"),
    [
        ({"agriculture_share": "9,5 %"}, "1"),
        ({"agriculture_share": "10 %"}, "2"),
        ({"planned_urban": "có"}, "1"),
        ({"adjacent_urban_oriented": "Không"}, "2"),
        ({"planned_urban": ""}, "2"),
    ],
)
def test_facts_as_officials_write_them(facts: dict[str, Any], group: str) -> None:
    """Facts go through the same reader as values: '9,5 %', 'có', blanks."""
    assert _group(facts=facts) == group


def test_an_unreadable_fact_names_its_field() -> None:
    """A fact that is neither yes nor no is an error naming it."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.load_profile({**BASE, "facts": {"planned_urban": "maybe"}})
    assert [p.field for p in caught.value.problems] == ["facts.planned_urban"]
