"""Embed the Thu Lũm 2025 plan, evaluate the commune and print the plan's progress."""

import ntm_rules
from ntm_rules import report
from ntm_rules.examples import example_plan_path, example_profile_path
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.progress import progress

plan = load_plan(example_plan_path())
print(f"{plan.commune} {plan.year}: {plan.funding_total_vnd / 1e6:,.0f} million VND planned")
evaluation = ntm_rules.evaluate(ntm_rules.load_profile(example_profile_path()))
status = progress(plan, evaluation)
print(report.progress_tables(status, "en"))
