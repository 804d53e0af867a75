"""Holding a plan against an evaluation."""

import attrs
import pytest

import ntm_rules
from ntm_rules.examples import example_plan_path, example_profile_path
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.model import Plan, Target, TargetKind
from ntm_rules.plan.progress import progress
from ntm_rules.results import Status


@pytest.fixture
def plan() -> Plan:
    return load_plan(example_plan_path())


@pytest.fixture
def evaluation() -> ntm_rules.Evaluation:
    return ntm_rules.evaluate(ntm_rules.load_profile(example_profile_path()))


def test_targets(plan: Plan, evaluation: ntm_rules.Evaluation) -> None:
    """Level targets compare the measured value; reductions need a baseline."""
    report = {t.target.id: t for t in progress(plan, evaluation).targets}
    assert report["income"].status is Status.PASS
    assert report["income"].required == 34
    assert report["poverty"].status is Status.UNKNOWN
    assert "baseline" in report["poverty"].note


def test_reduction_forms(plan: Plan, evaluation: ntm_rules.Evaluation) -> None:
    """4 points from 40 % needs ≤ 36 %; 4 % relative from 36 % needs ≤ 34.56 %."""
    points = Target("p", "", TargetKind.REDUCE_POINTS, 2025, "11", 4, "%", baseline=40)
    relative = Target("r", "", TargetKind.REDUCE_RELATIVE, 2025, "11", 4, "%", baseline=36)
    report = progress(attrs.evolve(plan, targets=(points, relative)), evaluation)
    by_id = {t.target.id: t for t in report.targets}
    assert by_id["p"].required == pytest.approx(36)
    assert by_id["p"].status is Status.PASS  # 34.92 <= 36
    assert by_id["r"].required == pytest.approx(34.56)
    assert by_id["r"].status is Status.FAIL


def test_keep_met(plan: Plan, evaluation: ntm_rules.Evaluation) -> None:
    """Keep-met fails when a criterion met before is no longer met."""
    target = Target("k", "", TargetKind.KEEP_MET, 2025, baseline_met=("1", "5"))
    report = progress(attrs.evolve(plan, targets=(target,)), evaluation)
    assert report.targets[0].status is Status.FAIL
    assert "5" in report.targets[0].note


def test_departments_and_funding(plan: Plan, evaluation: ntm_rules.Evaluation) -> None:
    """Each department sees its criteria; unfunded failing criteria are listed."""
    report = progress(plan, evaluation)
    economy = next(d for d in report.departments if d.department.id == "economy")
    assert ("9", Status.FAIL) in economy.criteria
    assert any(line.startswith("9.1") for line in economy.short)
    failing = [c.id for c in evaluation.criteria if c.status is Status.FAIL]
    assert list(report.unfunded_failing) == failing
    assert report.unowned == ("10",)
    assert report.shared == ("19",)


def test_other_rulebook_is_refused(plan: Plan, evaluation: ntm_rules.Evaluation) -> None:
    """A plan is held only against its own rulebook (or one derived from it)."""
    with pytest.raises(ntm_rules.InvalidInputError):
        progress(attrs.evolve(plan, rulebook="other"), evaluation)
