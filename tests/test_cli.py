"""The ntm-rules command line: outputs, JSON shapes and exit statuses."""

import json
from pathlib import Path

import pytest

from ntm_rules.cli import main

REGIONS = {"TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_example_table_in_vietnamese_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    """The example prints 19 criteria, in Vietnamese by default and English with --lang en."""
    code, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025")
    assert code == 0
    assert "Quy hoạch" in out
    assert "Số tiêu chí đạt" in out
    code, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025", "--lang", "en")
    assert "Planning" in out
    assert "Criteria met" in out


def test_example_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON evaluation has the documented keys."""
    code, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert document["schema"] == "ntm_rules.evaluation/1"
    assert document["region_column"]["column"] == "TDMNPB"
    assert len(document["criteria"]) == 19
    indicator = document["criteria"][0]["indicators"][0]
    assert {"id", "status", "value", "threshold", "gap", "verification", "citation"} <= set(
        indicator
    )
    assert set(document["summary"]) >= {"criteria_met", "criteria_total", "standard_met"}


def test_rulebook_json_lists_every_indicator_and_region(capsys: pytest.CaptureFixture[str]) -> None:
    """Every indicator has both names, unit, direction and an entry for each region."""
    code, out, _ = run(capsys, "rulebook", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert len(document["criteria"]) == 19
    indicators = [i for c in document["criteria"] for i in c["indicators"]]
    assert len(indicators) == 56
    for indicator in indicators:
        assert indicator["name_vi"]
        assert indicator["name_en"]
        assert indicator["unit"]
        assert indicator["direction"] in {"at_least", "at_most", "achieved"}
        assert set(indicator["thresholds"]) == REGIONS
        for cell in indicator["thresholds"].values():
            assert cell["verification"] in {"verified", "unverified", "unknown"}
            assert cell["citation"]["instrument"]


def test_rulebook_table_for_one_region(capsys: pytest.CaptureFixture[str]) -> None:
    """--region restricts the columns."""
    code, out, _ = run(capsys, "rulebook", "--region", "tn", "--year", "2022", "--lang", "en")
    assert code == 0
    assert " TN" in out
    assert "DBSCL" not in out


def test_explain_with_example(capsys: pytest.CaptureFixture[str]) -> None:
    """explain prints the reasoning and the legal basis."""
    code, out, _ = run(capsys, "explain", "--example", "thu-lum-2025", "3.1", "--lang", "en")
    assert code == 0
    assert "legal basis" in out
    assert "QĐ 1680" in out


def test_explain_with_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """explain FILE ID works on a file."""
    path = tmp_path / "p.yaml"
    path.write_text('commune: A\nregion: TN\nyear: 2025\nvalues: {"3.1": 70}\n', encoding="utf-8")
    code, out, _ = run(capsys, "explain", str(path), "3.1")
    assert code == 0
    assert "Không đạt" in out


def test_bad_input_exits_2_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Bad input: exit 2, each problem on stderr naming its key, no traceback."""
    path = tmp_path / "bad.yaml"
    path.write_text(
        'commune: A\nregion: TN\nyear: 2025\nvalues: {"3.1": 120, "99": 1}\n', encoding="utf-8"
    )
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 2
    assert out == ""
    assert 'values."3.1": 120 % is outside 0–100 %' in err
    assert 'values."99"' in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("evaluate", "missing-file.yaml"),
        ("evaluate", "--example", "nowhere"),
        ("explain", "--example", "thu-lum-2025", "99.9"),
        ("rulebook", "--region", "Mars"),
        ("evaluate", "--example", "thu-lum-2025", "--rulebook", "no-such-book"),
        ("explain", "--example", "thu-lum-2025"),
    ],
)
def test_other_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """Unknown files, examples, indicators, regions and rulebooks exit 2."""
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "error:" in err
