"""``ntm-rules households``: exit codes as ``ntm-rules batch``, views written, both languages."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import openpyxl
import pytest

from ntm_rules import i18n
from ntm_rules.cli import main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "review.csv"
    path.write_text(
        "household,area,members,income_per_person_month,children_3_15,children_3_15_at_school\n"
        "A,rural,3,3000000,1,1\nB,rural,two,1000000,1,2\n",
        encoding="utf-8",
    )
    return path


def test_problems_are_warnings_and_strict_makes_them_exit_2(tmp_path: Path) -> None:
    """Exit 0 with one warning per bad cell; --strict: exit 2, each problem on stderr."""
    path = _bad_csv(tmp_path)
    code, out, err = _run("households", "classify", str(path), "--year", "2025", "--lang", "en")
    assert code == 0
    assert "warning: row 3, members" in err
    assert "warning: row 3, children_3_15_at_school" in err
    assert "Above the average band" in out
    code, out, err = _run("households", "summary", str(path), "--year", "2025", "--strict")
    assert code == 2
    assert out == ""
    assert "error: row 3, members" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["households", "classify", "missing.csv", "--year", "2025"],
        ["households", "classify", "--example", "nope"],
        ["households", "summary", "--example", "households-2025", "--year", "2019"],
        ["households", "summary", "--example", "households-2025", "--standard", "nope"],
        ["households", "classify"],
        ["households", "classify", "--example", "households-2025", "--household", "ZZ"],
        ["households", "summary", "--example", "households-2025", "--edition", "2021-2025"],
    ],
)
def test_bad_input_exits_2_without_a_traceback(argv: list[str]) -> None:
    """Unreadable files, unknown examples, years or standards: exit 2, a short error."""
    code, _, err = _run(*argv)
    assert code == 2
    assert err.startswith("error:")
    assert "Traceback" not in err


def test_summary_json_and_views_written(tmp_path: Path) -> None:
    """JSON has the hand-offs; -o .xlsx writes one sheet per view."""
    code, out, _ = _run(
        "households",
        "summary",
        "--example",
        "households-2025",
        "--format",
        "json",
        "-o",
        str(tmp_path / "r.xlsx"),
    )
    assert code == 0
    document = json.loads(out)
    assert document["handoff"]["11"]["denominator"] == document["households"]
    assert document["standard"] == "vn.poverty.2022_2026"
    book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert book.sheetnames == ["households", "summary", "handoff", "deprivations", "problems"]
    code, _, _ = _run(
        "households", "classify", "--example", "households-2025-csv", "-o", str(tmp_path / "r.csv")
    )
    assert code == 0
    assert (tmp_path / "r.csv").exists()
    assert (tmp_path / "r.handoff.csv").exists()


def test_one_household_explained_in_both_languages() -> None:
    """--household prints every step, with the rule's citation, in vi and en."""
    _, english, _ = _run(
        "households",
        "classify",
        "--example",
        "households-2025",
        "--household",
        "MH-005",
        "--lang",
        "en",
    )
    _, vietnamese, _ = _run(
        "households", "classify", "--example", "households-2025", "--household", "MH-005"
    )
    assert "Household MH-005: Poor" in english
    assert "at or under the rural line of 1,500,000" in english
    assert "Hộ MH-005: Hộ nghèo" in vietnamese
    assert "bằng hoặc dưới chuẩn nghèo nông thôn 1.500.000" in vietnamese
    assert "Nghị định 07/2021/NĐ-CP" in vietnamese
    code, out, _ = _run(
        "households",
        "classify",
        "--example",
        "households-2025",
        "--household",
        "MH-005",
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out)["households"][0]["class"] == "poor"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_phrase_is_in_the_catalogues(lang: str) -> None:
    """Every households command asks only for messages both catalogues hold."""
    i18n.MISSING.clear()
    for argv in (
        ["households", "classify", "--example", "households-2025"],
        [
            "households",
            "classify",
            "--example",
            "households-2025",
            "--household",
            "MH-005",
            "--household",
            "MH-008",
        ],
        ["households", "summary", "--example", "households-2025-csv"],
        [
            "households",
            "summary",
            "--example",
            "households-2025",
            "--standard",
            "vn.poverty.2027_2030",
        ],
        [
            "households",
            "classify",
            "--example",
            "households-2025",
            "--standard",
            "vn.poverty.2027_2030",
            "--household",
            "MH-005",
        ],
    ):
        assert _run(*argv, "--lang", lang)[0] == 0
    assert not {message for asked, message in i18n.MISSING if asked == lang}
