"""Round-trips of generated objects through JSON and YAML are lossless."""

import json
from typing import Any

import yaml
from hypothesis import given

import ntm_rules
from ntm_rules.documents import evaluation_document, evaluation_from_document
from ntm_rules.plan.load import load_plan, plan_to_dict
from tests.strategies import override_documents, plan_documents, profile_documents


def _through_json(data: Any) -> Any:
    return json.loads(json.dumps(data, ensure_ascii=False))


def _through_yaml(data: Any) -> Any:
    return yaml.safe_load(yaml.safe_dump(data, allow_unicode=True))


@given(document=profile_documents())
def test_profile_round_trip(document: dict[str, Any]) -> None:
    """profile → JSON/YAML → profile is equal."""
    profile = ntm_rules.load_profile(document)
    assert ntm_rules.load_profile(_through_json(profile.to_dict())) == profile
    assert ntm_rules.load_profile(_through_yaml(profile.to_dict())) == profile


@given(document=profile_documents())
def test_evaluation_round_trip(document: dict[str, Any]) -> None:
    """evaluation → JSON → evaluation is equal (verdicts re-derived and checked)."""
    evaluation = ntm_rules.evaluate(ntm_rules.load_profile(document))
    assert evaluation_from_document(_through_json(evaluation_document(evaluation))) == evaluation


@given(document=override_documents())
def test_override_table_round_trip(document: dict[str, Any]) -> None:
    """override table → JSON/YAML → table is equal."""
    table = ntm_rules.load_overrides(document)
    assert ntm_rules.load_overrides(_through_json(table.to_dict())) == table
    assert ntm_rules.load_overrides(_through_yaml(table.to_dict())) == table


@given(document=plan_documents())
def test_plan_round_trip(document: dict[str, Any]) -> None:
    """plan → JSON/YAML → plan is equal."""
    plan = load_plan(document)
    assert load_plan(_through_json(plan_to_dict(plan))) == plan
    assert load_plan(_through_yaml(plan_to_dict(plan))) == plan
