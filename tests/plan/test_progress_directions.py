"""Plan progress in both directions, against numbers worked out by hand.

Issue 8, point 4. A small Tây Nguyên commune (2024) is evaluated; its figures and the
verdicts they give, from the legal reference (``criteria-2021-2025-commune.md``):

====== ======================= ==================================================== =======
id     value                   threshold (reference)                                verdict
====== ======================= ==================================================== =======
3.1    85/100 ha = 85 %        ≥ 80 % (verified)                                    pass
3.2    55 points               band 50 to < 70 (verified)                           pass
5      5 schools, 5 min, 3 L1  L1 3/5 = 60 % < 70 % (> 3 schools, verified)         fail
6.1    true                    achieved (verified)                                  pass
6.2    true                    achieved (verified)                                  pass
6.3    9/10 villages = 90 %    ≥ 100 % (verified)                                   fail
10     40 million VND          2024: no figure known                                unknown
11     17 %                    TN: no figure known                                  unknown
15.3   25 %                    TN ≤ 26.5 % (verified)                               pass
16     6/10 villages = 60 %    ≥ ~70 % (unverified; withheld in verified-only mode) fail
19.2   false                   achieved (verified)                                  fail
====== ======================= ==================================================== =======

So criterion 3 passes (3.1 and 3.2 pass), 5 fails, 6 fails (6.3), 16 fails (unknown in
verified-only mode), 19 fails (19.2), 15 is unknown (15.1, 15.2, 15.4 have no verdict) and
every other criterion is unknown for want of data.
"""

from __future__ import annotations

from typing import Any

import pytest

import ntm_rules
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.model import Plan
from ntm_rules.plan.progress import PlanProgress, TargetProgress, progress
from ntm_rules.results import Evaluation, Status

PASS, FAIL, UNKNOWN = Status.PASS, Status.FAIL, Status.UNKNOWN
RULEBOOK = "vn.ntm.xa.2021_2025"
MILLION = 1_000_000

VALUES: dict[str, Any] = {
    "3.1": {"numerator": 85, "denominator": 100},
    "3.2": 55,
    "5": {"schools": 5, "meeting_minimum": 5, "meeting_level_1": 3},
    "6.1": True,
    "6.2": True,
    "6.3": {"numerator": 9, "denominator": 10},
    "10": 40,
    "11": 17,
    "15.3": 25,
    "16": {"numerator": 6, "denominator": 10},
    "19.2": False,
}


def _evaluation(*, verified_only: bool = False) -> Evaluation:
    profile = ntm_rules.load_profile(
        {"commune": "T", "province": "T", "region": "TN", "year": 2024, "values": VALUES}
    )
    return ntm_rules.evaluate(profile, verified_only=verified_only)


def _target(target_id: str, kind: str, **fields: Any) -> dict[str, Any]:
    return {"id": target_id, "text_vi": target_id, "kind": kind, "year": 2025, **fields}


def _plan(
    targets: list[dict[str, Any]] | None = None, funding: list[dict[str, Any]] | None = None
) -> Plan:
    return load_plan(
        {
            "schema": "ntm_rules.plan/1",
            "commune": "T",
            "province": "T",
            "year": 2025,
            "rulebook": RULEBOOK,
            "targets": targets or [],
            "funding": funding or [],
        }
    )


def _targets(
    targets: list[dict[str, Any]], *, verified_only: bool = False
) -> dict[str, TargetProgress]:
    report = progress(_plan(targets), _evaluation(verified_only=verified_only))
    return {t.target.id: t for t in report.targets}


def test_the_evaluation_is_as_worked_out() -> None:
    """The criterion verdicts the progress tests rely on match the table in the module doc."""
    statuses = {c.id: c.status for c in _evaluation().criteria}
    assert [c for c, s in statuses.items() if s is FAIL] == ["5", "6", "16", "19"]
    assert [c for c, s in statuses.items() if s is PASS] == ["3"]
    withheld = {c.id: c.status for c in _evaluation(verified_only=True).criteria}
    assert [c for c, s in withheld.items() if s is FAIL] == ["5", "6", "19"]
    assert withheld["16"] is UNKNOWN


# (target, status, current, required, gap); gap = required - current when not met, else 0
LEVEL_TARGETS = [
    pytest.param(
        # at least 90 % against 85 %: 90 - 85 = 5 still to gain
        _target("t", "at_least", indicator="3.1", value=90, unit="%"),
        FAIL, 85.0, 90.0, 5.0,
        id="at-least-above-current",
    ),
    pytest.param(
        # at least 80 % against 85 %: already beyond
        _target("t", "at_least", indicator="3.1", value=80, unit="%"),
        PASS, 85.0, 80.0, 0.0,
        id="at-least-below-current",
    ),
    pytest.param(
        # at least 85 % against 85 %: the boundary is met
        _target("t", "at_least", indicator="3.1", value=85, unit="%"),
        PASS, 85.0, 85.0, 0.0,
        id="at-least-equal",
    ),
    pytest.param(
        # at least 70 % cultural villages against 6/10 = 60 %: 70 - 60 = 10
        _target("t", "at_least", indicator="16", value=70, unit="%"),
        FAIL, 60.0, 70.0, 10.0,
        id="at-least-rate-from-counts",
    ),
    pytest.param(
        # at most 20 % stunting against 25 %: 20 - 25 = -5 (must fall by 5)
        _target("t", "at_most", indicator="15.3", value=20, unit="%"),
        FAIL, 25.0, 20.0, -5.0,
        id="at-most-below-current",
    ),
    pytest.param(
        # at most 30 % against 25 %: met
        _target("t", "at_most", indicator="15.3", value=30, unit="%"),
        PASS, 25.0, 30.0, 0.0,
        id="at-most-above-current",
    ),
    pytest.param(
        # at most 25 % against 25 %: the boundary is met
        _target("t", "at_most", indicator="15.3", value=25, unit="%"),
        PASS, 25.0, 25.0, 0.0,
        id="at-most-equal",
    ),
    pytest.param(
        # at most 15 % poverty against 17 %: 15 - 17 = -2 (no national TN figure is needed)
        _target("t", "at_most", indicator="11", value=15, unit="%"),
        FAIL, 17.0, 15.0, -2.0,
        id="at-most-poverty",
    ),
    pytest.param(
        # 45,000,000 VND/person/year = 45 million; against 40: 45 - 40 = 5
        _target("t", "at_least", indicator="10", value=45_000_000, unit="VND/person/year"),
        FAIL, 40.0, 45.0, 5.0,
        id="at-least-income-in-vnd",
    ),
    pytest.param(
        # 3,000,000 VND/person/month × 12 = 36 million a year; 40 ≥ 36
        _target("t", "at_least", indicator="10", value=3_000_000, unit="VND/person/month"),
        PASS, 40.0, 36.0, 0.0,
        id="at-least-income-per-month",
    ),
    pytest.param(
        # 4 points off a 20 % baseline: ≤ 20 - 4 = 16; 17 > 16: 16 - 17 = -1
        _target("t", "reduce_percentage_points_per_year", indicator="11", value=4, unit="%",
                baseline=20),
        FAIL, 17.0, 16.0, -1.0,
        id="reduce-points-not-reached",
    ),
    pytest.param(
        # 4 points off 22 %: ≤ 18; 17 ≤ 18
        _target("t", "reduce_percentage_points_per_year", indicator="11", value=4, unit="%",
                baseline=22),
        PASS, 17.0, 18.0, 0.0,
        id="reduce-points-reached",
    ),
    pytest.param(
        # 10 % of itself off 20 %: ≤ 20 × 0.9 = 18; 17 ≤ 18
        _target("t", "reduce_relative_per_year", indicator="11", value=10, unit="%",
                baseline=20),
        PASS, 17.0, 18.0, 0.0,
        id="reduce-relative-reached",
    ),
    pytest.param(
        # 10 % of itself off 18 %: ≤ 18 × 0.9 = 16.2; 16.2 - 17 = -0.8
        _target("t", "reduce_relative_per_year", indicator="11", value=10, unit="%",
                baseline=18),
        FAIL, 17.0, 16.2, -0.8,
        id="reduce-relative-not-reached",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("target", "status", "current", "required", "gap"), LEVEL_TARGETS)
@pytest.mark.parametrize("verified_only", [False, True], ids=["all", "verified-only"])
def test_level_target(
    *,
    target: dict[str, Any],
    status: Status,
    current: float,
    required: float,
    gap: float,
    verified_only: bool,
) -> None:
    """A level target reports the measured value, the level asked and what is still to go.

    The plan's own level is compared with the measured value, so verified-only mode (which
    withholds the verdict on the unverified 16, 70 %) changes none of these numbers.
    """
    report = _targets([target], verified_only=verified_only)["t"]
    assert report.status is status
    assert report.current == pytest.approx(current)
    assert report.required == pytest.approx(required)
    assert report.gap == pytest.approx(gap)
    assert report.note == ""


def test_reduction_without_baseline_is_unknown() -> None:
    """Without a baseline rate, a reduction target reports the current 17 % and no level."""
    target = _target("t", "reduce_percentage_points_per_year", indicator="11", value=4, unit="%")
    report = _targets([target])["t"]
    assert report.status is UNKNOWN
    assert report.current == 17.0
    assert report.required is None
    assert report.gap is None
    assert "baseline" in report.note


@pytest.mark.parametrize(
    "target",
    [
        pytest.param(_target("t", "at_least", indicator="12.1", value=90, unit="%"), id="no-input"),
        pytest.param(_target("t", "at_least", indicator="5", value=1), id="composite"),
        pytest.param(_target("t", "at_least", indicator="19.2", value=1), id="achieved"),
    ],
)
def test_target_without_a_measured_number_is_unknown(target: dict[str, Any]) -> None:
    """A target on an indicator with no number (no input, parts, or true/false) is unknown."""
    report = _targets([target])["t"]
    assert report.status is UNKNOWN
    assert (report.current, report.required, report.gap) == (None, None, None)
    assert report.note == "no measured value in the evaluation"


def test_free_metric_is_unknown() -> None:
    """A target the rulebook does not measure (no indicator) is reported, not judged."""
    report = _targets([_target("t", "at_least", value=100, unit="%")])["t"]
    assert report.status is UNKNOWN
    assert report.current is None
    assert "free metric" in report.note


@pytest.mark.parametrize(
    ("baseline_met", "status", "note"),
    [
        pytest.param(["3"], PASS, "", id="kept"),
        pytest.param(["3", "6", "19"], FAIL, "not kept: 6, 19", id="two-lost"),
        pytest.param(["5"], FAIL, "not kept: 5", id="one-lost"),
    ],
)
def test_keep_met(baseline_met: list[str], status: Status, note: str) -> None:
    """Keep-met passes while every criterion met before still passes, and names those lost.

    3 passes (85 % ≥ 80, 55 points in 50 to < 70); 5, 6 and 19 fail (see the module table).
    """
    report = _targets([_target("t", "keep_met_criteria", baseline_met=baseline_met)])["t"]
    assert report.status is status
    assert report.note == note
    assert (report.current, report.required, report.gap) == (None, None, None)


def test_keep_met_with_a_criterion_now_unknown_is_unknown() -> None:
    """A criterion met before but now without a verdict leaves keep-met open, not failed.

    3 still passes and 15 is unknown (15.1, 15.2, 15.4 have no verdict): nothing is known
    to be lost, so the target is unknown, as a criterion with an unknown part is.
    """
    target = _target("t", "keep_met_criteria", baseline_met=["3", "15"])
    assert _targets([target])["t"].status is UNKNOWN


def test_keep_met_with_a_lost_and_an_unknown_criterion_fails() -> None:
    """One criterion lost (6) fails the target whatever the others are (15 unknown)."""
    target = _target("t", "keep_met_criteria", baseline_met=["3", "6", "15"])
    report = _targets([target])["t"]
    assert report.status is FAIL
    assert "6" in report.note


def test_keep_met_in_verified_only_mode() -> None:
    """16 fails on the unverified 70 %; withheld in verified-only mode it is unknown, not "lost"."""
    target = _target("t", "keep_met_criteria", baseline_met=["3", "16"])
    assert _targets([target])["t"].status is FAIL
    assert _targets([target], verified_only=True)["t"].status is UNKNOWN


def test_keep_met_without_a_list_is_unknown() -> None:
    """Keep-met cannot be assessed when the plan does not list the criteria met before."""
    report = _targets([_target("t", "keep_met_criteria")])["t"]
    assert report.status is UNKNOWN
    assert "criteria met before" in report.note


FUNDING: list[dict[str, Any]] = [
    {"id": "schools", "amount": "300 million VND", "source": "central_budget",
     "kind": "development_investment", "criteria": ["5"]},
    {"id": "irrigation", "amount_vnd": 120_000_000, "source": "local_budget",
     "kind": "development_investment", "criteria": ["3.1"]},
    {"id": "halls", "amount": "50 million VND", "source": "central_budget",
     "kind": "recurrent", "criteria": ["6.3", "6.1"]},
    {"id": "culture", "amount": "20 million VND", "source": "community",
     "kind": "recurrent", "criteria": ["16"]},
    {"id": "admin", "amount": "10 million VND", "source": "local_budget", "kind": "recurrent"},
]  # fmt: skip


def _funding(report: PlanProgress) -> dict[str, tuple[str, ...]]:
    return {f.line.id: f.failing_served for f in report.funding}


def test_funding_lines_and_the_failing_criteria_they_serve() -> None:
    """Each line names the failing criteria or indicators it serves; 19 has no money.

    schools → 5 (fails); irrigation → 3.1 (85 % passes); halls → 6.3 (90 % fails) and 6.1
    (passes); culture → 16 (60 % fails); admin → nothing. Failing criteria 5, 6, 16, 19;
    funded 5, 3, 6, 16; so 19 alone is unfunded.
    """
    report = progress(_plan(funding=FUNDING), _evaluation())
    assert _funding(report) == {
        "schools": ("5",),
        "irrigation": (),
        "halls": ("6.3",),
        "culture": ("16",),
        "admin": (),
    }
    assert report.unfunded_failing == ("19",)
    # money on failing criteria: 300 + 50 + 20 = 370 million
    serving = sum(f.line.amount_vnd for f in report.funding if f.failing_served)
    assert serving == 370 * MILLION


def test_funding_in_verified_only_mode() -> None:
    """With 16 withheld, the culture line no longer serves a failing criterion."""
    report = progress(_plan(funding=FUNDING), _evaluation(verified_only=True))
    assert _funding(report)["culture"] == ()
    assert _funding(report)["schools"] == ("5",)
    assert _funding(report)["halls"] == ("6.3",)
    assert report.unfunded_failing == ("19",)


def test_unlinked_funding_leaves_every_failing_criterion_unfunded() -> None:
    """A line linked to no criterion funds none: 5, 6, 16 and 19 stay unfunded, in order."""
    report = progress(_plan(funding=FUNDING[-1:]), _evaluation())
    assert _funding(report) == {"admin": ()}
    assert report.unfunded_failing == ("5", "6", "16", "19")


def test_funding_totals() -> None:
    """Totals by hand: 300 + 120 + 50 + 20 + 10 = 500 million; a two-criteria line counts twice."""
    plan = _plan(funding=FUNDING)
    assert plan.funding_total_vnd == 500 * MILLION
    assert plan.funding_by_criterion() == {
        "5": 300 * MILLION,
        "3.1": 120 * MILLION,
        "6.3": 50 * MILLION,
        "6.1": 50 * MILLION,
        "16": 20 * MILLION,
    }
    by_source = {source.value: total for source, total in plan.funding_by_source().items()}
    # central 300 + 50 = 350; local 120 + 10 = 130; community 20
    assert by_source == {
        "central_budget": 350 * MILLION,
        "local_budget": 130 * MILLION,
        "community": 20 * MILLION,
    }
