"""The commune verdict: met, not met, or cannot conclude, and what blocks a conclusion."""

import json
from typing import Any

import ntm_rules
from ntm_rules import Direction, Reason, Status, Verdict
from ntm_rules.documents import evaluation_document
from ntm_rules.evaluators import AchievedIndicator
from ntm_rules.evaluators.numeric import RateIndicator
from ntm_rules.report import evaluation_table
from tests.assertions import evaluate


def _perfect() -> dict[str, Any]:
    """The best possible value of every indicator (the composition is under test, not figures)."""
    values: dict[str, Any] = {}
    for indicator in ntm_rules.default_rulebook().indicators():
        if isinstance(indicator, AchievedIndicator):
            values[indicator.id] = True
        elif indicator.direction is Direction.AT_MOST:
            values[indicator.id] = 0
        else:
            values[indicator.id] = 100 if isinstance(indicator, RateIndicator) else 10_000
    return values


def test_a_perfect_commune_with_unknown_thresholds_cannot_be_concluded() -> None:
    """Nothing fails, so "chưa đạt" would be false: the verdict is "cannot conclude"."""
    evaluation = evaluate(_perfect())
    assert evaluation.failing == ()
    assert evaluation.verdict is Verdict.CANNOT_CONCLUDE
    assert not evaluation.standard_met
    assert evaluation.blockers
    assert {b.reason for b in evaluation.blockers} == {Reason.UNKNOWN_THRESHOLD}
    text = evaluation_table(evaluation, "vi")
    assert "chưa đủ căn cứ kết luận" in text
    assert "chưa đạt chuẩn" not in text
    assert "17.1" in text.splitlines()[-2]  # the blockers are listed in the summary
    english = evaluation_table(evaluation, "en")
    assert "cannot conclude" in english
    assert "Blocking a conclusion: threshold unknown" in english


def test_one_failure_decides_not_met_whatever_is_unknown() -> None:
    """A failing indicator makes the commune not met, and the summary names it."""
    evaluation = evaluate({**_perfect(), "3.1": 10})
    assert evaluation.verdict is Verdict.NOT_MET
    assert [r.id for r in evaluation.failing] == ["3.1"]
    assert "Chỉ tiêu không đạt: 3.1" in evaluation_table(evaluation, "vi")


def test_no_data_blocks_too() -> None:
    """Indicators without data block a conclusion with their own reason."""
    evaluation = evaluate({})
    reasons = {b.id: b.reason for b in evaluation.blockers}
    assert reasons["3.1"] is Reason.NO_INPUT
    assert reasons["17.1"] is Reason.UNKNOWN_THRESHOLD
    assert evaluation.verdict is Verdict.CANNOT_CONCLUDE


def test_met_when_every_criterion_passes() -> None:
    """With every unknown figure supplied (a fixture table), a perfect commune is met."""
    unknown = {b.id for b in evaluate(_perfect()).blockers}
    table = ntm_rules.load_overrides(
        {
            "schema": "ntm_rules.overrides/1",
            "id": "fixture",
            "citation": {"instrument": "Test fixture (not a real decision)"},
            "verification": "verified",
            "thresholds": {key: {"all": 50} for key in unknown},
        }
    )
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
    profile = ntm_rules.load_profile(
        {"commune": "A", "region": "TDMNPB", "year": 2025, "values": _perfect()}, book
    )
    evaluation = ntm_rules.evaluate(profile, book)
    assert evaluation.verdict is Verdict.MET
    assert evaluation.standard_met
    assert evaluation.blockers == ()
    assert "xã đạt chuẩn nông thôn mới" in evaluation_table(evaluation, "vi")


def test_the_json_summary_carries_the_three_states() -> None:
    """verdict, failing and blocking (with reasons) are in the document."""
    summary = evaluation_document(evaluate({**_perfect(), "3.1": 10}))["summary"]
    assert summary["verdict"] == "not_met"
    assert summary["failing"] == ["3.1"]
    assert {"id": "17.1", "reason": "unknown_threshold"} in summary["blocking"]
    assert json.loads(json.dumps(summary)) == summary
    assert evaluation_document(evaluate(_perfect()))["summary"]["verdict"] == "cannot_conclude"


def test_statuses_compose_as_the_summary_says() -> None:
    """Met count, failing list and blockers agree with the criteria statuses."""
    evaluation = evaluate({"3.1": 10, "3.2": True, "19.2": True})
    assert evaluation.criteria_met == sum(c.status is Status.PASS for c in evaluation.criteria)
    assert all(r.status is Status.UNKNOWN for r in evaluation.blockers)
