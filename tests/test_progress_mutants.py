"""Plan progress, pinned where mutation testing found it loose (docs/mutation.md).

The commune: Central Highlands (TN), 2024. Irrigated farmland 79.5 % against the 80 % of
318/QĐ-TTg indicator 3.1 (reference §2: 80 in every region, verified), so criterion 3
fails; both indicators of criterion 19 are achieved, so 19 passes; nothing else is given,
so every other criterion has no verdict. The multidimensional poverty rate (11) is 12 %;
TN has no known threshold for 11 (reference §2: ``?``), but the measured value is there
for targets to use.
"""

import pytest

import ntm_rules
from ntm_rules.exceptions import InvalidInputError, OutOfRangeError, UnitMismatchError
from ntm_rules.plan.model import Department, Plan, Target, TargetKind
from ntm_rules.plan.progress import PlanProgress, TargetProgress, progress
from ntm_rules.results import Status

RULEBOOK = "vn.ntm.xa.2021_2025"


@pytest.fixture(scope="module")
def evaluation() -> ntm_rules.Evaluation:
    """The commune described in the module docstring."""
    profile = ntm_rules.load_profile(
        {
            "commune": "Test",
            "region": "TN",
            "year": 2024,
            "values": {"3.1": 79.5, "3.2": True, "11": 12, "19.1": True, "19.2": True},
        }
    )
    return ntm_rules.evaluate(profile)


def plan(*targets: Target, departments: tuple[Department, ...] = ()) -> Plan:
    """A plan of the test commune with these targets and departments."""
    return Plan("Test", "Test", 2024, RULEBOOK, targets=targets, departments=departments)


def one_target(evaluation: ntm_rules.Evaluation, target: Target) -> TargetProgress:
    """Where the single target of a plan stands."""
    return progress(plan(target), evaluation).targets[0]


def test_the_commune_is_as_described(evaluation: ntm_rules.Evaluation) -> None:
    """The fixture's verdicts, as the module docstring works them out."""
    statuses = {c.id: c.status for c in evaluation.criteria}
    assert statuses["3"] is Status.FAIL
    assert statuses["19"] is Status.PASS
    assert statuses["1"] is Status.UNKNOWN


def test_a_plan_for_another_rulebook_is_refused_in_full(evaluation: ntm_rules.Evaluation) -> None:
    """The error names the field and both rulebooks, in a report about progress."""
    with pytest.raises(InvalidInputError) as caught:
        progress(Plan("Test", "Test", 2024, "other"), evaluation)
    error = caught.value
    assert error.what == "progress"
    assert len(error.problems) == 1
    assert error.problems[0].field == "rulebook"
    assert error.problems[0].reason == f"the plan is judged against other, not {RULEBOOK}"
    assert str(error) == (
        f"1 problem(s) in progress:\n  rulebook: the plan is judged against other, not {RULEBOOK}"
    )


def test_keep_met_names_what_was_lost_and_what_is_open(evaluation: ntm_rules.Evaluation) -> None:
    """Met before: 3 (now failing), 1 (now without verdict) and 19 (still met): not kept."""
    target = Target("k", "", TargetKind.KEEP_MET, 2024, baseline_met=("3", "1", "19"))
    report = one_target(evaluation, target)
    assert report.status is Status.FAIL
    assert report.note == "not kept: 3; no verdict: 1"


def test_keep_met_with_only_open_criteria_is_open(evaluation: ntm_rules.Evaluation) -> None:
    """Met before: 1 and 2, both without a verdict now: the target has no verdict either."""
    target = Target("k", "", TargetKind.KEEP_MET, 2024, baseline_met=("1", "2", "19"))
    report = one_target(evaluation, target)
    assert report.status is Status.UNKNOWN
    assert report.note == "no verdict: 1, 2"


def test_keep_met_all_kept_passes(evaluation: ntm_rules.Evaluation) -> None:
    """Met before: 19 only, still met: kept, with nothing to say."""
    target = Target("k", "", TargetKind.KEEP_MET, 2024, baseline_met=("19",))
    report = one_target(evaluation, target)
    assert report.status is Status.PASS
    assert report.note == ""


@pytest.mark.parametrize(
    ("target", "note"),
    [
        (
            Target("k", "", TargetKind.KEEP_MET, 2024),
            "the plan does not list the criteria met before",
        ),
        (
            Target("free", "", TargetKind.AT_LEAST, 2024, None, 10),
            "a free metric: not measured by the rulebook",
        ),
        (
            Target("r", "", TargetKind.REDUCE_POINTS, 2024, "11", 4, "%"),
            "the plan gives no baseline rate",
        ),
        (
            Target("none", "", TargetKind.AT_LEAST, 2024, "15.1", 90, "%"),
            "no measured value in the evaluation",
        ),
    ],
)
def test_targets_without_a_verdict_say_why(
    evaluation: ntm_rules.Evaluation, target: Target, note: str
) -> None:
    """Each reason a target cannot be assessed is said in words."""
    report = one_target(evaluation, target)
    assert report.status is Status.UNKNOWN
    assert report.note == note


def test_a_reduction_reached_exactly_is_met(evaluation: ntm_rules.Evaluation) -> None:
    """From 16 %, 4 points down is 12 %: a rate of exactly 12 % meets the target."""
    target = Target("r", "", TargetKind.REDUCE_POINTS, 2024, "11", 4, "%", baseline=16)
    report = one_target(evaluation, target)
    assert report.current == 12
    assert report.required == 12
    assert report.status is Status.PASS
    assert report.gap == 0


def test_a_target_in_a_unit_of_another_dimension_names_the_target(
    evaluation: ntm_rules.Evaluation,
) -> None:
    """A poverty target in kilometres is a unit error on the field "target"."""
    target = Target("t", "", TargetKind.AT_MOST, 2024, "11", 10, "km")
    with pytest.raises(UnitMismatchError) as caught:
        progress(plan(target), evaluation)
    assert caught.value.field == "target"


def test_a_target_beyond_a_float_names_the_target(evaluation: ntm_rules.Evaluation) -> None:
    """10^306 billion VND a person a year is beyond a float: a range error on "target"."""
    target = Target("t", "", TargetKind.AT_LEAST, 2024, "10", 1e306, "tỷ đồng/người/năm")
    profile = ntm_rules.load_profile(
        {"commune": "Test", "region": "TN", "year": 2022, "values": {"10": 45}}
    )
    with pytest.raises(OutOfRangeError) as caught:
        progress(plan(target), ntm_rules.evaluate(profile))
    assert caught.value.field == "target"


def departments(evaluation: ntm_rules.Evaluation, *leads: tuple[str, ...]) -> PlanProgress:
    """Progress of a plan whose departments d0, d1… lead these criteria or indicators."""
    depts = tuple(Department(f"d{n}", "", "", leads=refs) for n, refs in enumerate(leads))
    return progress(plan(departments=depts), evaluation)


def test_a_department_sees_the_failing_indicators_it_leads(
    evaluation: ntm_rules.Evaluation,
) -> None:
    """Leading criterion 3: its failing indicator 3.1, said in English."""
    (report,) = departments(evaluation, ("3",)).departments
    assert report.criteria == (("3", Status.FAIL),)
    assert report.short == ("3.1: Not met: 79.5 % against ≥ 80 %; 0.5 percentage points short",)


def test_a_department_leading_passing_things_has_nothing_short(
    evaluation: ntm_rules.Evaluation,
) -> None:
    """Leading 19 (met) or 3.2 (achieved, though 3 fails): nothing is short."""
    met, indicator = departments(evaluation, ("19",), ("3.2",)).departments
    assert met.criteria == (("19", Status.PASS),)
    assert met.short == ()
    assert indicator.criteria == (("3.2", Status.PASS),)
    assert indicator.short == ()


def test_a_department_leading_an_unknown_reference_has_no_verdict(
    evaluation: ntm_rules.Evaluation,
) -> None:
    """A reference the evaluation does not have is listed without a verdict."""
    (report,) = departments(evaluation, ("99",)).departments
    assert report.criteria == (("99", Status.UNKNOWN),)


def test_a_department_gets_the_failing_results_and_english_lines() -> None:
    """Schools 5 of 10 at level 1 (50 %, reference §2 note [a] needs 70 % above 3 schools).

    The department leading criterion 5 gets that result, and its line in English: 20 points
    and 2 schools short.
    """
    profile = ntm_rules.load_profile(
        {
            "commune": "Test",
            "region": "TN",
            "year": 2024,
            "values": {"5": {"schools": 10, "meeting_minimum": 10, "meeting_level_1": 5}},
        }
    )
    evaluation = ntm_rules.evaluate(profile)
    (report,) = departments(evaluation, ("5",)).departments
    assert [result.id for result in report.failing] == ["5"]
    assert report.short == (
        "5: Not met: schools: 10, meeting the minimum standard: 10, at facility level 1: 5; "
        "20 percentage points short (2 more schools) [level 1 (≥ 70 %)]",
    )
