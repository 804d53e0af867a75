"""A plan's criteria table (PL 01), funding table (PL 02), targets and progress as workbooks."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ntm_rules import evaluate, load_profile
from ntm_rules.examples import example_plan_path, example_profile_path
from ntm_rules.overrides import load_rulebook
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.progress import PlanProgress, progress
from ntm_rules.workbooks import write_plan, write_progress

from .filling import read_csv_rows

PLAN = load_plan(example_plan_path("thu-lum-2025"))
RULEBOOK = load_rulebook(PLAN.rulebook)


def report() -> PlanProgress:
    evaluation = evaluate(load_profile(example_profile_path("thu-lum-2025"), RULEBOOK), RULEBOOK)
    return progress(PLAN, evaluation)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_plan_workbook(lang: str, tmp_path: Path) -> None:
    """Three sheets; 19 criteria; funding totals in million VND add up to the plan's."""
    path = tmp_path / "plan.xlsx"
    write_plan(path, PLAN, RULEBOOK, lang=lang)
    book = openpyxl.load_workbook(path)
    names = (
        ["PL 01 Tiêu chí", "PL 02 Nguồn vốn", "Mục tiêu"]
        if lang == "vi"
        else ["PL 01 Criteria", "PL 02 Funding", "Targets"]
    )
    assert book.sheetnames == names
    criteria = [row for row in book.worksheets[0].iter_rows(min_row=4, values_only=True) if row[0]]
    assert [row[0] for row in criteria] == [c.id for c in RULEBOOK.criteria]
    funding = list(book.worksheets[1].iter_rows(min_row=4, values_only=True))
    assert funding[-1][-1] == pytest.approx(PLAN.funding_total_vnd / 1e6)
    assert sum(float(str(row[-1])) for row in funding[:-1]) == pytest.approx(
        PLAN.funding_total_vnd / 1e6
    )
    targets = [row[0] for row in book.worksheets[2].iter_rows(min_row=4, values_only=True)]
    assert targets == [t.id for t in PLAN.targets]


def test_progress_workbook_marks_what_fails(tmp_path: Path) -> None:
    """Failing criteria in red; the departments' shortfalls listed; every sheet present."""
    path = tmp_path / "progress.xlsx"
    result = report()
    write_progress(path, result)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["PL 01 Tiêu chí", "Tiến độ mục tiêu", "Đơn vị chủ trì", "Dòng vốn"]
    sheet = book.worksheets[0]
    statuses = {sheet.cell(r, 1).value: sheet.cell(r, 3) for r in range(4, sheet.max_row + 1)}
    failing = [c.id for c in result.evaluation.criteria if c.status.value == "fail"]
    assert failing
    assert all(statuses[c].value == "Chưa đạt" for c in failing)
    assert statuses[failing[0]].fill.fgColor.rgb != statuses["1"].fill.fgColor.rgb
    bodies = "\n".join(
        str(c.value) for row in book.worksheets[2].iter_rows() for c in row if c.value
    )
    assert "15.3" in bodies


def test_progress_csv_has_every_table(tmp_path: Path) -> None:
    """One CSV file, the tables one after the other, with a BOM."""
    path = tmp_path / "progress.csv"
    write_progress(path, report(), lang="en")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    cells = {cell for row in read_csv_rows(path) for cell in row}
    assert {"Target", "Body", "Funding line", "Criteria with no lead body"} <= cells
    write_plan(tmp_path / "plan.csv", PLAN, RULEBOOK)


@pytest.mark.parametrize("command", ["show", "progress"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_plan_commands_export_workbooks(command: str, fmt: str, tmp_path: Path) -> None:
    """`plan show|progress --format xlsx|csv -o FILE` writes the tables; without -o exit 2."""
    from ntm_rules.cli import main  # noqa: PLC0415

    out = tmp_path / f"plan.{fmt}"
    args = ["plan", command, "--example", "thu-lum-2025", "--format", fmt]
    assert main([*args, "-o", str(out)]) == 0
    if fmt == "xlsx":
        sheets = openpyxl.load_workbook(out).sheetnames
        assert len(sheets) >= 2
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert "Thu Lũm" in text
        assert "Quy hoạch" in text  # criterion 1 of 318/QĐ-TTg, by its Vietnamese name
    assert main(args) == 2
