"""The ``ntm-rules recognition`` commands (18/2022/QĐ-TTg), run through the real ``main``."""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ntm_rules.cli import main

EXAMPLE = ("--example", "thu-lum-2025")
FACTS = {
    "schema": "ntm_rules.recognition-facts/1",
    "commune": "Xã thử",
    "satisfaction": {"satisfied": 460, "surveyed": 500},
    "construction_debt": "0 đồng",
    "security": "không phức tạp",
    "recognised": True,
    "recognised_year": 2021,
}
RULES = {
    "schema": "ntm_rules.recognition-rules/1",
    "id": "province-guide",
    "figures": {
        "satisfaction_threshold": {
            "value": "90 %",
            "verification": "unverified",
            "citation": {"instrument": "Provincial guide", "urls": []},
        }
    },
}


def _write(path: Path, document: Any) -> str:
    """Write ``document`` as JSON or YAML, by the file's suffix; return its path."""
    if path.suffix == ".json":
        text = json.dumps(document, ensure_ascii=False)
    else:
        text = yaml.safe_dump(document, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["recognition", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, err = _run(capsys, *argv, "--format", "json")
    assert (code, err) == (0, "")
    document: dict[str, Any] = json.loads(out)
    return document


def test_assess_table_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    """The example cannot be recognised: its criteria fail; the other facts are not known."""
    code, out, err = _run(capsys, "assess", *EXAMPLE)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Xét công nhận theo 18/2022/QĐ-TTg (xã NTM): chưa đủ điều kiện công nhận"
    assert lines[1].startswith(
        "  [không đạt] Đạt đủ các tiêu chí của bộ tiêu chí: tiêu chí không đạt:"
    )
    assert "  [chưa kết luận được] Tỷ lệ người dân hài lòng đạt yêu cầu: chưa có thông tin" in lines
    assert lines[-1] == "Điều kiện chưa đạt hoặc chưa kết luận: criteria_met"


def test_revoke_table_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """Eight of 19 criteria fail, key criterion 17 among them: revoked whatever the rest."""
    code, out, err = _run(capsys, "revoke", *EXAMPLE, "--lang", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == ("Revocation under 18/2022/QĐ-TTg (basic tier): recognition must be revoked")
    assert lines[1].startswith("  failing criteria: 8 of 19 (42.1 %): ")
    assert "Decided however the 5 unassessed criteria turn out." in lines
    assert lines[-1] == "Recognition assumed (not stated)."


def test_assess_json_with_facts_and_rules_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """PROFILE, --facts and --rules files: the satisfaction condition is met, and flagged."""
    profile = _write(
        tmp_path / "profile.yaml",
        {"commune": "Xã mẫu", "region": "TN", "year": 2025, "values": {"3.1": 10}},
    )
    facts = _write(tmp_path / "facts.yaml", FACTS)
    rules = _write(tmp_path / "rules.yaml", RULES)
    document = _json(capsys, "assess", profile, "--facts", facts, "--rules", rules)
    assert document["schema"] == "ntm_rules.recognition/1"
    assert document["outcome"] == "cannot_be_recognised"
    assert document["blocking"] == ["criteria_met"]
    assert (document["commune"], document["year"], document["rules"]) == (
        "Xã thử",
        2025,
        "province-guide",
    )
    satisfaction = document["conditions"][1]
    assert (satisfaction["code"], satisfaction["status"]) == ("satisfaction", "met")
    assert satisfaction["facts"] == {
        "satisfaction_percent": 92.0,
        "satisfied": 460,
        "surveyed": 500,
    }
    assert satisfaction["rests_on_unverified"] is True
    assert [c["status"] for c in document["conditions"][2:]] == ["met", "met"]


def test_revoke_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The revocation document carries its schema, the counts and the recognition facts."""
    facts = _write(tmp_path / "facts.json", FACTS)
    document = _json(capsys, "revoke", *EXAMPLE, "--facts", facts)
    assert document["schema"] == "ntm_rules.revocation/1"
    assert document["outcome"] == "revoke"
    assert (document["recognised"], document["recognised_year"]) == (True, 2021)
    assert document["counts"]["total"] == 19
    assert document["counts"]["key_failing"] == ["17"]
    assert document["deciding"] == []
    assert [c["code"] for c in document["conditions"]] == [
        "half_or_more_failing",
        "share_with_key_failing",
    ]


def test_the_edition_options_reach_the_evaluation(capsys: pytest.CaptureFixture[str]) -> None:
    """--verified-only is the main command line's: fewer criteria can be judged."""
    judged = _json(capsys, "revoke", *EXAMPLE)["counts"]
    verified = _json(capsys, "revoke", *EXAMPLE, "--verified-only")["counts"]
    assert len(verified["unknown"]) > len(judged["unknown"])


def test_not_recognised_is_not_applicable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A commune stated not to be recognised: revocation does not apply (exit 0)."""
    facts = _write(tmp_path / "facts.yaml", {"recognised": "không"})
    code, out, _ = _run(capsys, "revoke", *EXAMPLE, "--facts", facts, "--lang", "en")
    assert code == 0
    assert out.startswith(
        "Revocation under 18/2022/QĐ-TTg (basic tier): not applicable (the commune is not "
        "recognised)"
    )


def test_bad_facts_file_exits_2_naming_each_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Every bad fact is one ``error:`` line naming its field; nothing on standard output."""
    facts = _write(tmp_path / "facts.yaml", {"satisfaction": 120, "security": "maybe"})
    for command in ("assess", "revoke"):
        code, out, err = _run(capsys, command, *EXAMPLE, "--facts", facts)
        assert (code, out) == (2, "")
        lines = err.splitlines()
        assert len(lines) == 2
        assert lines[0] == "error: satisfaction: 120 % is outside 0–100 %"
        assert lines[1].startswith("error: security: expected 'complex' or 'not complex'")
    missing = str(tmp_path / "missing.yaml")
    code, out, err = _run(capsys, "assess", *EXAMPLE, "--facts", missing)
    assert (code, out) == (2, "")
    assert err.startswith("error: ")
    assert "missing.yaml: cannot read the file" in err


def test_bad_rules_file_exits_2_naming_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A figure with no value must be 'unknown': the error names the field."""
    figure = {"value": None, "verification": "verified", "citation": {"instrument": "x"}}
    rules = {**RULES, "figures": {"satisfaction_threshold": figure}}
    code, out, err = _run(capsys, "assess", *EXAMPLE, "--rules", _write(tmp_path / "r.yaml", rules))
    assert (code, out) == (2, "")
    assert err == (
        "error: figures.satisfaction_threshold.verification: a figure with no value must be "
        "'unknown'\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["assess"], "error: arguments: give FILE or --example NAME"),
        (["revoke", "--example", "thu-lum-2024"], "error: --example: unknown example profile"),
        (["revoke", *EXAMPLE, "--format", "xml"], "invalid choice: 'xml'"),
        ([], "the following arguments are required"),
    ],
)
def test_other_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """No profile, an unknown example, a bad option, no command: exit 2, no output."""
    code, out, err = _run(capsys, *argv)
    assert (code, out) == (2, "")
    assert message in err
