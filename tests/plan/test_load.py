"""Loading, validating and saving plans."""

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from ntm_rules.examples import example_plan_path
from ntm_rules.exceptions import (
    InconsistentTotalError,
    InputProblem,
    InvalidInputError,
    UnitMismatchError,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.plan.load import load_plan, plan_to_dict, save_plan
from ntm_rules.plan.model import FundingKind, FundingSource, Plan, TargetKind


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(example_plan_path().read_text(encoding="utf-8"))
    return data


def problems_of(data: dict[str, Any]) -> list[Any]:
    with pytest.raises(InvalidInputError) as caught:
        load_plan(data)
    return list(caught.value.problems)


def test_thu_lum_plan_funding() -> None:
    """703 million VND = 225 development investment + 478 recurrent, all central budget."""
    plan = load_plan(example_plan_path())
    assert plan.funding_total_vnd == 703e6
    assert plan.funding_by_kind() == {
        FundingKind.DEVELOPMENT_INVESTMENT: 225e6,
        FundingKind.RECURRENT: 478e6,
    }
    assert plan.funding_by_source() == {FundingSource.CENTRAL_BUDGET: 703e6}
    assert plan.local_counterpart_vnd == 0


def test_thu_lum_plan_targets_and_ownership() -> None:
    """The four specific targets and the keep-met target; 19.1 military, 19.2 police."""
    plan = load_plan(example_plan_path())
    indicators = {t.id: t.indicator for t in plan.targets}
    assert indicators == {
        "income": "10",
        "poverty": "11",
        "water": "17.1",
        "health-insurance": "15.1",
        "keep-met": None,
    }
    assert {t.id: t.kind for t in plan.targets}["poverty"] is TargetKind.REDUCE_POINTS
    assert plan.leads_of("19") == ("police", "military")
    assert plan.leads_of("10") == ()
    assert "14" in next(d for d in plan.departments if d.id == "culture-society").leads


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_round_trip_through_files(tmp_path: Path, suffix: str) -> None:
    """load -> save -> load gives an equal plan, in YAML and JSON."""
    plan = load_plan(example_plan_path())
    path = tmp_path / f"plan{suffix}"
    save_plan(plan, path)
    assert load_plan(path) == plan
    assert load_plan(plan_to_dict(plan)) == plan


def test_totals_must_add_up(raw: dict[str, Any]) -> None:
    """A declared total that is not the sum of its lines is named."""
    raw["declared_totals"][0]["amount"] = "700 million VND"
    problem = problems_of(raw)[0]
    assert isinstance(problem, InconsistentTotalError)
    assert problem.field == "declared_totals[0].amount_vnd"


@pytest.mark.parametrize(
    ("edit", "kind", "field"),
    [
        (
            lambda d: d["funding"][0].update(amount="-5 million VND"),
            Exception,
            "funding[0].amount_vnd",
        ),
        (
            lambda d: d["targets"][0].update(indicator="10.1"),
            UnknownIdentifierError,
            "targets[0].indicator",
        ),
        (lambda d: d["targets"][0].update(unit="%"), UnitMismatchError, "targets[0].unit"),
        (
            lambda d: d["areas"][0].update(departments=["nobody"]),
            UnknownIdentifierError,
            "areas[0].departments[0]",
        ),
        (
            lambda d: d["departments"][1]["leads"].append("21"),
            UnknownIdentifierError,
            "departments[1].leads[9]",
        ),
        (lambda d: d["targets"].append(copy.deepcopy(d["targets"][0])), WrongKindError, "targets"),
        (
            lambda d: d["funding"][0].update(
                source="integrated_ethnic_minority", counts_as_counterpart=True
            ),
            WrongKindError,
            "funding[0].counts_as_counterpart",
        ),
    ],
)
def test_bad_plans(raw: dict[str, Any], edit: Any, kind: type[InputProblem], field: str) -> None:
    """Each bad plan gives a typed problem naming its field."""
    edit(raw)
    found = problems_of(raw)
    assert any(isinstance(p, kind) and p.field == field for p in found), found


def test_all_problems_are_reported_together(raw: dict[str, Any]) -> None:
    """Several problems come back at once."""
    raw["targets"][0]["indicator"] = "99"
    raw["areas"][0]["departments"] = ["nobody"]
    raw["declared_totals"][0]["amount"] = 1
    assert len(problems_of(raw)) == 3


def test_structure_errors_name_fields(raw: dict[str, Any]) -> None:
    """An unknown funding source and an extra key are reported with their paths."""
    raw["funding"][0]["source"] = "lottery"
    raw["surprise"] = 1
    found = problems_of(raw)
    text = " ".join(str(p) for p in found)
    assert "funding" in text
    assert "surprise" in text


def test_plan_is_frozen() -> None:
    """Plans are immutable values."""
    plan = load_plan(example_plan_path())
    with pytest.raises(AttributeError):
        plan.year = 2026  # type: ignore[misc]
    assert isinstance(plan, Plan)


@pytest.mark.parametrize(("value", "unit"), [(150, "%"), (-5, "%")])
def test_a_target_no_commune_can_reach_is_refused(value: float, unit: str) -> None:
    """Clean water for 150 % of households: outside the indicator's own 0–100 %."""
    document = yaml.safe_load(example_plan_path("thu-lum-2025").read_text(encoding="utf-8"))
    document["targets"].append(
        {
            "id": "water-150",
            "text_vi": "Nước sạch",
            "kind": "at_least",
            "year": 2025,
            "indicator": "17.1",
            "value": value,
            "unit": unit,
        }
    )
    with pytest.raises(InvalidInputError) as caught:
        load_plan(document)
    assert [p.field for p in caught.value.problems] == [
        f"targets[{len(document['targets']) - 1}].value"
    ]


def test_a_funding_line_with_two_amounts_is_refused(raw: dict[str, Any]) -> None:
    """``amount`` and ``amount_vnd`` on one line: the plan says two things (one won silently)."""
    line = raw["funding"][0]
    line["amount"], line["amount_vnd"] = "225 million VND", 1
    found = problems_of(raw)
    assert [p.field for p in found] == ["funding[0].amount"]
