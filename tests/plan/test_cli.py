"""The ``ntm-rules plan`` commands."""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ntm_rules.cli import main
from ntm_rules.examples import example_plan_path, example_profile_path


def test_plan_show_table(capsys: pytest.CaptureFixture[str]) -> None:
    """plan show prints targets, funding and ownership."""
    assert main(["plan", "show", "--example", "thu-lum-2025"]) == 0
    out = capsys.readouterr().out
    assert "703" in out
    assert "225" in out
    assert "478" in out
    assert "Ngân sách Trung ương" in out
    assert "chưa có đơn vị chủ trì" in out


def test_plan_show_json_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON carries the plan and the summary."""
    assert main(["plan", "show", "--example", "thu-lum-2025", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    summary = document["summary"]
    assert document["schema"] == "ntm_rules.plan/1"
    assert summary["funding_total_vnd"] == 703e6
    assert summary["funding_by_kind"] == {"development_investment": 225e6, "recurrent": 478e6}
    assert summary["unowned_criteria"] == ["10"]


def test_plan_progress(capsys: pytest.CaptureFixture[str]) -> None:
    """plan progress PLAN PROFILE reports targets and departments."""
    code = main(
        ["plan", "progress", str(example_plan_path()), str(example_profile_path()), "--lang", "en"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "income" in out
    assert "Commune Economic Division" in out


def test_plan_progress_json(capsys: pytest.CaptureFixture[str]) -> None:
    """The progress JSON lists each target and department."""
    assert main(["plan", "progress", "--example", "thu-lum-2025", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in document["targets"]][:4] == [
        "income",
        "poverty",
        "water",
        "health-insurance",
    ]
    assert document["unowned_criteria"] == ["10"]


def test_plan_bad_input_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing plan file exits 2 with a message."""
    assert main(["plan", "show", "nowhere.yaml"]) == 2
    assert "error:" in capsys.readouterr().err
    assert main(["plan", "progress"]) == 2


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (
            lambda d: d["declared_totals"][0].update(amount="700 million VND"),
            "declared_totals[0].amount_vnd",
        ),
        (lambda d: d["targets"][0].update(indicator="10.9"), "targets[0].indicator"),
        (lambda d: d["areas"][0].update(departments=["nobody"]), "areas[0].departments[0]"),
        (lambda d: d["funding"][0].update(amount="-1 VND"), "funding[0].amount_vnd"),
        (lambda d: d["targets"][2].update(unit="km"), "targets[2].unit"),
        (lambda d: d["funding"].append(dict(d["funding"][0])), "funding: id"),
    ],
)
def test_bad_plan_files_exit_2(
    edit: Any, fragment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each bad plan exits 2 naming the field, without a traceback or any output file."""
    data = yaml.safe_load(example_plan_path().read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["plan", "show", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert fragment in err
    assert "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]
