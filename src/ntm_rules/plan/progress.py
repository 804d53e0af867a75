"""Holding a plan against an evaluation: targets, departments and funding."""

from __future__ import annotations

from attrs import frozen

from ntm_rules.exceptions import InvalidInputError, WrongKindError
from ntm_rules.explain import one_line
from ntm_rules.messages import Message
from ntm_rules.plan.model import Department, FundingLine, Plan, Target, TargetKind
from ntm_rules.results import Evaluation, IndicatorResult, Status, combine


@frozen
class TargetProgress:
    """Where one target stands: met, not met, or unknown with the reason."""

    target: Target
    status: Status
    current: float | None = None
    required: float | None = None
    gap: float | None = None
    note: str = ""


@frozen
class DepartmentProgress:
    """The criteria a department leads, their status, and what is still short."""

    department: Department
    criteria: tuple[tuple[str, Status], ...]
    short: tuple[str, ...]
    """What is still short, as English one-liners (kept for the JSON document)."""
    failing: tuple[IndicatorResult, ...] = ()
    """The failing indicators themselves, for reports in the reader's language."""


@frozen
class FundingProgress:
    """A funding line and the failing criteria or indicators it serves."""

    line: FundingLine
    failing_served: tuple[str, ...]


@frozen
class PlanProgress:
    """A plan held against an evaluation of the same commune."""

    plan: Plan
    evaluation: Evaluation
    targets: tuple[TargetProgress, ...]
    departments: tuple[DepartmentProgress, ...]
    funding: tuple[FundingProgress, ...]
    unfunded_failing: tuple[str, ...]
    unowned: tuple[str, ...]
    shared: tuple[str, ...]


def progress(plan: Plan, evaluation: Evaluation) -> PlanProgress:
    """Report each target, each department's criteria and each funding line."""
    if plan.rulebook not in (evaluation.rulebook.id, evaluation.rulebook.derived_from):
        problem = WrongKindError(
            "rulebook",
            Message(
                "the plan is judged against {rulebook}, not {id}",
                rulebook=plan.rulebook,
                id=evaluation.rulebook.id,
            ),
        )
        raise InvalidInputError([problem], "progress")
    statuses = {c.id: c.status for c in evaluation.criteria}
    statuses.update({i.id: i.status for i in evaluation.indicators})
    criteria = [c.id for c in evaluation.criteria]
    failing = tuple(c.id for c in evaluation.criteria if c.status is Status.FAIL)
    funded = {ref.split(".")[0] for line in plan.funding for ref in line.criteria}
    return PlanProgress(
        plan,
        evaluation,
        tuple(_target(t, evaluation) for t in plan.targets),
        tuple(_department(d, evaluation, statuses) for d in plan.departments),
        tuple(
            FundingProgress(line, tuple(r for r in line.criteria if statuses.get(r) is Status.FAIL))
            for line in plan.funding
        ),
        tuple(c for c in failing if c not in funded),
        plan.unowned(criteria),
        plan.shared(criteria),
    )


def _department(
    department: Department, evaluation: Evaluation, statuses: dict[str, Status]
) -> DepartmentProgress:
    led = tuple((ref, statuses.get(ref, Status.UNKNOWN)) for ref in department.leads)
    failing = tuple(
        result
        for result in evaluation.indicators
        if result.status is Status.FAIL
        and any(ref in (result.id, result.id.split(".")[0]) for ref in department.leads)
    )
    short = tuple(f"{result.id}: {one_line(result, 'en')}" for result in failing)
    return DepartmentProgress(department, led, short, failing)


def _target(target: Target, evaluation: Evaluation) -> TargetProgress:
    if target.kind is TargetKind.KEEP_MET:
        if not target.baseline_met:
            return TargetProgress(
                target, Status.UNKNOWN, note="the plan does not list the criteria met before"
            )
        kept = [c for c in evaluation.criteria if c.id in target.baseline_met]
        lost = [c.id for c in kept if c.status is Status.FAIL]
        open_ = [c.id for c in kept if c.status is Status.UNKNOWN]
        # As for a criterion's indicators: one lost fails it, one without a verdict leaves it open.
        status = combine([c.status for c in kept])
        notes = [f"not kept: {', '.join(lost)}"] if lost else []
        notes += [f"no verdict: {', '.join(open_)}"] if open_ else []
        return TargetProgress(target, status, note="; ".join(notes))
    if target.indicator is None or target.value is None:
        return TargetProgress(
            target, Status.UNKNOWN, note="a free metric: not measured by the rulebook"
        )
    result = evaluation.indicator(target.indicator)
    measurement = result.measurement
    value = None if measurement is None else measurement.value
    if not isinstance(value, int | float) or isinstance(value, bool):
        return TargetProgress(target, Status.UNKNOWN, note="no measured value in the evaluation")
    current = float(value)
    if target.kind in (TargetKind.REDUCE_POINTS, TargetKind.REDUCE_RELATIVE):
        if target.baseline is None:
            return TargetProgress(
                target, Status.UNKNOWN, current, note="the plan gives no baseline rate"
            )
        if target.kind is TargetKind.REDUCE_POINTS:
            required = target.baseline - target.value
        else:
            required = target.baseline * (1 - target.value / 100)
        met = current <= required
    else:
        required = result.indicator.unit.convert(target.value, target.unit, "target")
        met = current >= required if target.kind is TargetKind.AT_LEAST else current <= required
    return TargetProgress(
        target,
        Status.PASS if met else Status.FAIL,
        current,
        required,
        0.0 if met else required - current,
    )
