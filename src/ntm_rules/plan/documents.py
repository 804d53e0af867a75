"""JSON documents of plans (``ntm_rules.plan/1`` plus a summary) and of progress reports."""

from __future__ import annotations

from typing import Any

from ntm_rules.plan.load import plan_to_dict
from ntm_rules.plan.model import Plan
from ntm_rules.plan.progress import PlanProgress
from ntm_rules.rulebook import Rulebook

PROGRESS_SCHEMA = "ntm_rules.plan_progress/1"


def plan_summary(plan: Plan, rulebook: Rulebook) -> dict[str, Any]:
    """Totals by source, kind and criterion, counterpart, and ownership gaps."""
    criteria = [c.id for c in rulebook.criteria]
    return {
        "funding_total_vnd": plan.funding_total_vnd,
        "funding_by_kind": {k.value: v for k, v in plan.funding_by_kind().items()},
        "funding_by_source": {k.value: v for k, v in plan.funding_by_source().items()},
        "funding_by_criterion": plan.funding_by_criterion(),
        "local_counterpart_vnd": plan.local_counterpart_vnd,
        "unowned_criteria": list(plan.unowned(criteria)),
        "shared_criteria": list(plan.shared(criteria)),
        "lead_bodies": {c: list(plan.leads_of(c)) for c in criteria},
    }


def plan_document(plan: Plan, rulebook: Rulebook) -> dict[str, Any]:
    """The serialised plan with its ``summary``."""
    return {**plan_to_dict(plan), "summary": plan_summary(plan, rulebook)}


def progress_document(report: PlanProgress) -> dict[str, Any]:
    """A progress report as plain data."""
    return {
        "schema": PROGRESS_SCHEMA,
        "commune": report.plan.commune,
        "year": report.plan.year,
        "rulebook": report.evaluation.rulebook.id,
        "criteria_met": report.evaluation.criteria_met,
        "targets": [
            {
                "id": t.target.id,
                "indicator": t.target.indicator,
                "status": t.status.value,
                "current": t.current,
                "required": t.required,
                "gap": t.gap,
                "note": t.note,
            }
            for t in report.targets
        ],
        "departments": [
            {
                "id": d.department.id,
                "criteria": {ref: status.value for ref, status in d.criteria},
                "still_short": list(d.short),
            }
            for d in report.departments
        ],
        "funding": [
            {
                "id": f.line.id,
                "amount_vnd": f.line.amount_vnd,
                "failing_served": list(f.failing_served),
            }
            for f in report.funding
        ],
        "unfunded_failing_criteria": list(report.unfunded_failing),
        "unowned_criteria": list(report.unowned),
        "shared_criteria": list(report.shared),
    }
