"""Independent oracle: whole-commune verdicts (all 19 criteria, QĐ 18/2022/QĐ-TTg Art. 4).

A commune is recognised only when it meets all 19 criteria (reference R §1, S14). The
commune here is a TDMNPB commune judged on 2025 data. Its values are computed from the
hand-written table ``cases_2021_2025.yaml`` (the law as the reference gives it), never
from the library's own thresholds. Where the reference has no figure (an unknown cell), a
**test fixture** override table supplies one: those figures are made up for the test and
are not law.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import ntm_rules

CASES_FILE = Path(__file__).with_name("cases_2021_2025.yaml")
REGION = "TDMNPB"
YEAR = 2025

FIXTURE_FIGURES: Mapping[str, float] = {
    # TEST FIXTURE, NOT LAW: made-up figures for the TDMNPB cells the reference leaves
    # unknown in 2025 ("?" in R §2; income 10 has no 2023-2025 level).
    "2.2": 70,
    "2.3": 60,
    "2.4": 50,
    "4.2": 95,
    "9.2": 75,
    "10": 40,
    "12.2": 45,
    "12.3": 25,
    "14.2": 80,
    "15.1": 90,
    "17.1": 60,
    "17.6": 80,
    "17.8": 70,
    "17.9": 85,
}

COMPOSITE_VALUES: Mapping[str, Mapping[str, float | bool]] = {
    # Criterion 5, TDMNPB (QĐ 1491, R notes [a]): 100 % at the minimum standard and, with
    # more than 3 schools, at least 70 % at level 1: 4 of 5 = 80 %.
    "5": {"schools": 5, "meeting_minimum": 5, "meeting_level_1": 4},
    # 14.1 (QĐ 1491, R notes [b]): ≥98 % entering grade 1, pre-school universal, levels 2.
    "14.1": {
        "grade_1_entry_rate": 98.5,
        "preschool_5_universal": True,
        "primary_level": 2,
        "lower_secondary_level": 2,
        "literacy_level": 2,
    },
}


@cache
def _table() -> dict[str, Any]:
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _numeric_rows() -> list[dict[str, Any]]:
    """The hand-written numeric rows in force for the commune's data year."""
    return [row for row in _table()["threshold_cells"] if YEAR in row["years"]]


def unknown_cells() -> set[str]:
    """Indicators whose TDMNPB cell the reference leaves without a figure in 2025."""
    return {row["id"] for row in _numeric_rows() if row["figures"][REGION] is None}


def _meeting(figure: float, row: Mapping[str, Any]) -> float:
    """A value that meets ``figure`` with a margin of 1 unit, inside the unit's range."""
    if row["direction"] == "<=":
        return max(figure - 1, 0.0)
    top = 100.0 if row["unit"] == "percent" else None
    return figure + 1 if top is None else min(figure + 1, top)


def meeting_values() -> dict[str, Any]:
    """Values that meet every threshold of the TDMNPB column (fixture for unknown cells)."""
    values: dict[str, Any] = {}
    for row in _numeric_rows():
        figure = row["figures"][REGION]
        values[row["id"]] = _meeting(FIXTURE_FIGURES[row["id"]] if figure is None else figure, row)
    for row in _table()["achieved_cells"]:
        values[row["id"]] = True
    for key, parts in COMPOSITE_VALUES.items():
        values[key] = dict(parts)
    return values


def fixture_rulebook() -> ntm_rules.Rulebook:
    """The shipped rulebook with the fixture table filling every unknown TDMNPB cell."""
    table = ntm_rules.load_overrides(
        {
            "schema": "ntm_rules.overrides/1",
            "id": "oracle-fixture-tdmnpb-2025",
            "citation": {"instrument": "Test fixture (not a real decision)"},
            "verification": "unverified",
            "thresholds": {key: {REGION: figure} for key, figure in FIXTURE_FIGURES.items()},
        }
    )
    return ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)


def evaluate(
    values: Mapping[str, Any], rulebook: ntm_rules.Rulebook | None = None
) -> ntm_rules.Evaluation:
    """Evaluate the oracle commune on ``values``."""
    profile = ntm_rules.load_profile(
        {
            "commune": "Oracle",
            "province": "Oracle",
            "region": REGION,
            "year": YEAR,
            "values": dict(values),
        }
    )
    return ntm_rules.evaluate(profile, rulebook)


def _not_passing(evaluation: ntm_rules.Evaluation) -> list[tuple[str, str]]:
    return [(r.id, r.status.value) for r in evaluation.indicators if r.status.value != "pass"]


def _criteria(evaluation: ntm_rules.Evaluation, status: str) -> list[str]:
    return [c.id for c in evaluation.criteria if c.status.value == status]


def _verdict(evaluation: ntm_rules.Evaluation) -> tuple[str, set[str]]:
    """The three-state verdict and the blocker ids; skips until the verdict exists."""
    verdict = getattr(evaluation, "verdict", None)
    if verdict is None:
        pytest.skip("three-state verdict lands with issue 7")
    blockers = getattr(evaluation, "blockers", ())
    return verdict.value, {b if isinstance(b, str) else b.id for b in blockers}


# One failing indicator each: (indicator, value that misses the law, criterion).
ONE_FAILURE = [
    pytest.param("15.3", 24.01, "15", id="15.3 stunting 24.01 % > 24 (S12)"),
    pytest.param(
        "5",
        {"schools": 10, "meeting_minimum": 10, "meeting_level_1": 6},
        "5",
        id="5 schools 6 of 10 at level 1 < 70 % (QD 1491)",
    ),
    pytest.param("3.2", 49.9, "3", id="3.2 checklist 49.9 < 50 (QD 1680)"),
    pytest.param("9.1", 1, "9", id="9.1 one temporary house (Khong)"),
    pytest.param("11", 13.01, "11", id="11 poverty 13.01 % > 13"),
    pytest.param("19.2", False, "19", id="19.2 security not achieved (U13)"),
    pytest.param("10", 39.99, "10", id="10 income 39.99 below the fixture 40"),
    pytest.param(
        "14.1",
        {**COMPOSITE_VALUES["14.1"], "literacy_level": 1},
        "14",
        id="14.1 literacy level 1 < 2 (QD 1491)",
    ),
]


def test_fixture_fills_exactly_the_unknown_cells() -> None:
    """The fixture covers every unknown TDMNPB cell of the hand table, and nothing else."""
    assert set(FIXTURE_FIGURES) == unknown_cells()
    assert len(meeting_values()) == 56


def test_commune_meeting_every_criterion() -> None:
    """All 56 values meet their thresholds: 19 of 19 criteria, standard met."""
    evaluation = evaluate(meeting_values(), fixture_rulebook())
    assert _not_passing(evaluation) == []
    assert evaluation.criteria_total == 19
    assert evaluation.criteria_met == 19
    assert evaluation.standard_met is True
    income = evaluation.indicator("10")
    assert income.column.column.code == REGION
    assert income.threshold is not None
    assert income.threshold.value == FIXTURE_FIGURES["10"]


@pytest.mark.parametrize(("indicator", "value", "criterion"), ONE_FAILURE)
def test_one_failing_indicator_fails_the_standard(
    indicator: str, value: object, criterion: str
) -> None:
    """One failing indicator: 18 of 19 criteria and the standard NOT met (no tolerance)."""
    evaluation = evaluate({**meeting_values(), indicator: value}, fixture_rulebook())
    assert _not_passing(evaluation) == [(indicator, "fail")]
    assert _criteria(evaluation, "fail") == [criterion]
    assert evaluation.criteria_met == 18
    assert evaluation.standard_met is False


def test_one_indicator_without_data_cannot_conclude() -> None:
    """Nothing fails but 17.10 has no value: 18 of 19, criterion 17 unknown, not met."""
    values = meeting_values()
    del values["17.10"]
    evaluation = evaluate(values, fixture_rulebook())
    assert _not_passing(evaluation) == [("17.10", "unknown")]
    assert evaluation.indicator("17.10").reason.value == "no_input"
    assert _criteria(evaluation, "fail") == []
    assert _criteria(evaluation, "unknown") == ["17"]
    assert evaluation.criteria_met == 18
    assert evaluation.standard_met is False


def test_national_table_alone_cannot_conclude() -> None:
    """Without a provincial table the 14 unknown TDMNPB cells leave 8 criteria unknown.

    Unknown in 2025 (R §2 and 10 year_rules): 2.2-2.4, 4.2, 9.2, 10, 12.2, 12.3, 14.2,
    15.1, 17.1, 17.6, 17.8, 17.9, i.e. criteria 2, 4, 9, 10, 12, 14, 15 and 17; the other
    11 are met. Good values must not turn an unknown threshold into a pass.
    """
    evaluation = evaluate(meeting_values())
    unknown = {r.id for r in evaluation.indicators if r.status.value == "unknown"}
    assert unknown == unknown_cells()
    assert {evaluation.indicator(i).reason.value for i in unknown} == {"unknown_threshold"}
    assert _criteria(evaluation, "unknown") == ["2", "4", "9", "10", "12", "14", "15", "17"]
    assert _criteria(evaluation, "fail") == []
    assert evaluation.criteria_met == 11
    assert evaluation.standard_met is False


# --- Three-state verdict (skipped until Evaluation.verdict exists) ----------------------


def test_verdict_met() -> None:
    """Every criterion met: verdict "met", nothing blocks."""
    verdict, blockers = _verdict(evaluate(meeting_values(), fixture_rulebook()))
    assert (verdict, blockers) == ("met", set())


@pytest.mark.parametrize(("indicator", "value", "criterion"), ONE_FAILURE)
def test_verdict_not_met(indicator: str, value: object, criterion: str) -> None:
    """One failing indicator: verdict "not_met"."""
    evaluation = evaluate({**meeting_values(), indicator: value}, fixture_rulebook())
    verdict, _ = _verdict(evaluation)
    assert verdict == "not_met", criterion


def test_verdict_not_met_even_with_missing_data() -> None:
    """A failure decides the commune even when another indicator has no data."""
    values = {**meeting_values(), "15.3": 24.01}
    del values["17.10"]
    verdict, _ = _verdict(evaluate(values, fixture_rulebook()))
    assert verdict == "not_met"


def test_verdict_cannot_conclude_without_data() -> None:
    """Nothing fails, 17.10 has no value: "cannot_conclude", blocked by 17.10 only."""
    values = meeting_values()
    del values["17.10"]
    verdict, blockers = _verdict(evaluate(values, fixture_rulebook()))
    assert (verdict, blockers) == ("cannot_conclude", {"17.10"})


def test_verdict_cannot_conclude_on_unknown_thresholds() -> None:
    """National table only: "cannot_conclude", blocked by exactly the unknown TDMNPB cells."""
    verdict, blockers = _verdict(evaluate(meeting_values()))
    assert (verdict, blockers) == ("cannot_conclude", unknown_cells())
