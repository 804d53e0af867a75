"""Fuzzing: arbitrary documents into the loaders, the evaluator and the CLI.

The only exception that may escape is the library's base error. Run with
``HYPOTHESIS_PROFILE=thorough`` for >= 10 000 examples per test.
"""

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ntm_rules
from ntm_rules.cli import main
from ntm_rules.plan.load import load_plan
from tests.strategies import json_like, plan_documents, profile_documents

EXAMPLES_RUN: dict[str, int] = {}


def _count(name: str) -> None:
    EXAMPLES_RUN[name] = EXAMPLES_RUN.get(name, 0) + 1


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[dict[str, Any]]) -> Any:
    """A valid document with one key replaced, removed or added."""
    document = dict(draw(base))
    key = draw(st.sampled_from([*document, "values", "extra"]))
    action = draw(st.sampled_from(["replace", "remove", "nest"]))
    if action == "remove":
        document.pop(key, None)
    elif action == "replace":
        document[key] = draw(json_like)
    elif isinstance(document.get("values"), dict):
        values = dict(document["values"])
        values[draw(st.text(max_size=6))] = draw(json_like)
        document["values"] = values
    return document


@given(document=st.one_of(json_like, mutated(profile_documents())))
def test_profile_loader_and_evaluator(document: Any) -> None:
    """load_profile and evaluate raise nothing but NtmRulesError."""
    _count("profile")
    with contextlib.suppress(ntm_rules.NtmRulesError):
        ntm_rules.evaluate(ntm_rules.load_profile(document))


@given(document=st.one_of(json_like, mutated(plan_documents())))
def test_plan_loader(document: Any) -> None:
    """load_plan raises nothing but NtmRulesError."""
    _count("plan")
    with contextlib.suppress(ntm_rules.NtmRulesError):
        load_plan(document)


@given(document=json_like)
def test_override_loader(document: Any) -> None:
    """load_overrides and apply_overrides raise nothing but NtmRulesError."""
    _count("overrides")
    with contextlib.suppress(ntm_rules.NtmRulesError):
        ntm_rules.apply_overrides(ntm_rules.default_rulebook(), ntm_rules.load_overrides(document))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    document=st.one_of(json_like, mutated(profile_documents())),
    as_json=st.booleans(),
    raw=st.binary(max_size=40),
)
def test_cli_never_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: Any, as_json: bool, raw: bytes
) -> None:
    """The CLI exits 0 or 2 on any file; on 2 it prints nothing to stdout and no traceback."""
    _count("cli")
    path = tmp_path / ("p.json" if as_json else "p.yaml")
    try:
        text = json.dumps(document, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        text = ""
    path.write_bytes(text.encode("utf-8") if text else raw)
    code = main(["evaluate", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code in (0, 2)
    assert "Traceback" not in err
    if code == 2:
        assert out == ""
        assert err.startswith("error:")
    else:
        assert json.loads(out)["schema"] == "ntm_rules.evaluation/1"
