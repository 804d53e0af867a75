"""The aggregate views against figures worked out by hand for five communes."""

from __future__ import annotations

from typing import Any

import pytest

import ntm_rules
from ntm_rules.batch import evaluate_many
from ntm_rules.batch.aggregate import bands
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.numeric import NumericIndicator
from ntm_rules.thresholds import Direction


@pytest.fixture(scope="module")
def book() -> ntm_rules.Rulebook:
    """The 2021–2025 set with every figure known: 50 for numbers, achieved otherwise."""
    base = ntm_rules.edition_for_year(2024)
    thresholds: dict[str, Any] = {}
    parameters: dict[str, Any] = {}
    for indicator in base.indicators():
        value = 50 if isinstance(indicator, NumericIndicator) else True
        thresholds[indicator.id] = {"all": value}
        if "score_minimum" in indicator.parameter_names:
            parameters[indicator.id] = {"score_minimum": {"all": 50}, "score_upper": {"all": 70}}
    document = {
        "schema": "ntm_rules.overrides/1",
        "id": "all-known",
        "base": base.id,
        "citation": {"instrument": "What-if"},
        "verification": "verified",
        "thresholds": thresholds,
        "parameters": parameters,
    }
    return ntm_rules.apply_overrides(base, ntm_rules.load_overrides(document))


def _value(indicator: Indicator, *, passing: bool) -> object:
    if not isinstance(indicator, NumericIndicator):
        return "Đạt" if passing else "Chưa đạt"
    high = indicator.unit.maximum if indicator.unit.maximum is not None else 1000
    at_least = indicator.direction is Direction.AT_LEAST
    return (high if at_least else 0) if passing else (0 if at_least else high)


def _commune(
    book: ntm_rules.Rulebook, name: str, province: str, *, failing: set[str], missing: set[str]
) -> dict[str, object]:
    row: dict[str, object] = {"commune": name, "province": province, "region": "TN", "year": 2024}
    for indicator in book.indicators():
        if indicator.id in missing:
            row[indicator.id] = ""
        else:
            row[indicator.id] = _value(indicator, passing=indicator.id not in failing)
    return row


@pytest.fixture(scope="module")
def views(book: ntm_rules.Rulebook) -> dict[str, Any]:
    first_of = {c.id: c.indicators[0].id for c in book.criteria}
    rows = [
        _commune(book, "c1", "P1", failing=set(), missing=set()),
        _commune(book, "c2", "P1", failing={"3.1"}, missing=set()),
        _commune(book, "c3", "P1", failing=set(), missing={"3.2"}),
        _commune(book, "c4", "P2", failing={first_of[c] for c in "12345"}, missing=set()),
        _commune(book, "c5", "P2", failing=set(), missing=set()),
    ]
    table = {key: [row[key] for row in rows] for key in rows[0]}
    result = evaluate_many(table, book)
    assert result.problems == ()
    assert result.communes_table()["verdict"].to_pylist() == [
        "met",
        "not_met",
        "cannot_conclude",
        "not_met",
        "met",
    ]
    assert result.communes_table()["blockers"].to_pylist() == ["", "", "3.2 (no_input)", "", ""]
    return result.aggregates()


def test_summary(views: dict[str, Any]) -> None:
    assert views["summary"].to_pylist() == [
        {
            "scope": "all",
            "province": None,
            "communes": 5,
            "met": 2,
            "not_met": 2,
            "cannot_conclude": 1,
            "met_share": 0.4,
            "average_criteria_met": pytest.approx(17.6),
            "criteria_total": 19,
            "under_15": 1,
            "15_to_18": 2,
            "all_19": 2,
        },
        {
            "scope": "province",
            "province": "P1",
            "communes": 3,
            "met": 1,
            "not_met": 1,
            "cannot_conclude": 1,
            "met_share": pytest.approx(1 / 3),
            "average_criteria_met": pytest.approx(55 / 3),
            "criteria_total": 19,
            "under_15": 0,
            "15_to_18": 2,
            "all_19": 1,
        },
        {
            "scope": "province",
            "province": "P2",
            "communes": 2,
            "met": 1,
            "not_met": 1,
            "cannot_conclude": 0,
            "met_share": 0.5,
            "average_criteria_met": 16.5,
            "criteria_total": 19,
            "under_15": 1,
            "15_to_18": 0,
            "all_19": 1,
        },
    ]


def test_distribution(views: dict[str, Any]) -> None:
    rows = [r for r in views["distribution"].to_pylist() if r["communes"]]
    assert [(r["province"], r["criteria_met"], r["communes"], r["share"]) for r in rows] == [
        (None, 14, 1, 0.2),
        (None, 18, 2, 0.4),
        (None, 19, 2, 0.4),
        ("P1", 18, 2, pytest.approx(2 / 3)),
        ("P1", 19, 1, pytest.approx(1 / 3)),
        ("P2", 14, 1, 0.5),
        ("P2", 19, 1, 0.5),
    ]
    assert len(views["distribution"]) == 3 * 20


def test_criterion_and_indicator_rates(views: dict[str, Any]) -> None:
    criteria = {(r["province"], r["criterion"]): r for r in views["criteria"].to_pylist()}
    three = criteria[(None, "3")]
    assert (three["pass"], three["fail"], three["unknown"]) == (2, 2, 1)
    assert (three["pass_rate"], three["fail_rate"], three["unknown_rate"]) == (0.4, 0.4, 0.2)
    assert three["name"] == "Thủy lợi và phòng, chống thiên tai"
    assert criteria[("P2", "19")]["pass"] == 2
    indicators = {(r["province"], r["indicator"]): r for r in views["indicators"].to_pylist()}
    assert (indicators[(None, "3.1")]["pass"], indicators[(None, "3.1")]["fail"]) == (3, 2)
    assert indicators[(None, "3.2")]["unknown"] == 1
    assert indicators[("P1", "3.2")]["unknown_rate"] == pytest.approx(1 / 3)
    assert len(views["indicators"]) == 3 * 56


def test_bands_follow_the_number_of_criteria() -> None:
    assert bands(19) == ("under_15", "15_to_18", "all_19")
    assert bands(10) == ("under_6", "6_to_9", "all_10")


def test_no_commune_evaluated() -> None:
    result = evaluate_many({"commune": ["A"], "region": ["XX"], "year": [2024]})
    summary = result.aggregates()["summary"].to_pylist()
    assert summary == [
        {
            "scope": "all",
            "province": None,
            "communes": 0,
            "met": 0,
            "not_met": 0,
            "cannot_conclude": 0,
            "met_share": None,
            "average_criteria_met": None,
            "criteria_total": 19,
            "under_15": 0,
            "15_to_18": 0,
            "all_19": 0,
        }
    ]
