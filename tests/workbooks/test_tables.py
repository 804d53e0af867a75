"""Threshold tables as workbooks: written, edited by a province, used as an override table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ntm_rules import evaluate, load_profile
from ntm_rules.citations import Verification
from ntm_rules.editions import REGISTRY, edition
from ntm_rules.examples import example_profile_path
from ntm_rules.exceptions import InvalidInputError
from ntm_rules.overrides import apply_overrides, load_overrides
from ntm_rules.rulebook import Rulebook
from ntm_rules.workbooks import (
    Completeness,
    WorkbookError,
    completeness,
    load_rulebook_table,
    read_rulebook_table,
    write_rulebook_table,
)
from ntm_rules.workbooks.tables import FIRST_DATA_ROW, FIRST_HEADER_ROW, HEADING_ROW, KEYS

from .filling import read_csv_rows, write_csv_rows

BOOKS = [edition(spec.id) for spec in REGISTRY]
BOOK = edition("vn.ntm.xa.2021_2025")


def header(key: str) -> tuple[int, int]:
    return FIRST_HEADER_ROW + KEYS.index(key), 3


def edit(
    path: Path,
    out: Path,
    cells: dict[tuple[int, int], Any],
    codes: dict[tuple[str, str, int], Any] | None = None,
) -> Path:
    """Change cells by position, and figure cells by (row code, column code, 0/1/2)."""
    book = BOOK
    if path.suffix == ".csv":
        rows = read_csv_rows(path)
        where = {
            row[2]: n
            for n, row in enumerate(rows, start=1)
            if n >= FIRST_DATA_ROW and len(row) > 2 and row[2]
        }
    else:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook.worksheets[0]
        where = {
            str(sheet.cell(r, 3).value): r
            for r in range(FIRST_DATA_ROW, sheet.max_row + 1)
            if sheet.cell(r, 3).value
        }
    targets = dict(cells)
    for (code, column, offset), value in (codes or {}).items():
        targets[(where[code], 7 + 3 * book.columns.codes.index(column) + offset)] = value
    if path.suffix == ".csv":
        for (row, column), value in targets.items():
            rows[row - 1][column - 1] = "" if value is None else str(value)
        write_csv_rows(out, rows)
    else:
        for (row, column), value in targets.items():
            sheet.cell(row, column).value = value
        workbook.save(out)
    return out


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("book", BOOKS, ids=lambda b: b.short_name)
def test_an_unedited_table_changes_nothing(book: Rulebook, fmt: str, tmp_path: Path) -> None:
    """The national table read back overrides nothing: every verdict is the edition's."""
    path = tmp_path / f"t.{fmt}"
    counts = write_rulebook_table(path, book)
    assert counts == completeness(book)
    mapping = read_rulebook_table(path)
    assert mapping["thresholds"] == {}
    assert mapping["parameters"] == {}
    assert mapping["base"] == book.id
    derived = load_rulebook_table(path)
    assert derived.derived_from == book.id
    assert [i.thresholds for i in derived.indicators()] == [i.thresholds for i in book.indicators()]


def test_completeness_counts_every_cell() -> None:
    """Thresholds and rule figures of every column, as in force at the end of the year."""
    counts = completeness(BOOK, 2025)
    cells = sum((1 + len(i.parameter_names)) * len(BOOK.columns.codes) for i in BOOK.indicators())
    assert counts.verified + counts.unverified + counts.unknown == cells
    assert completeness(edition("vn.ntm.xa.2026_2030")) == Completeness(0, 0, 0)
    assert counts.describe("vi").endswith("chưa biết")
    assert "unverified" in counts.describe("en")


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_provincial_edit_is_the_equivalent_yaml_table(fmt: str, tmp_path: Path) -> None:
    """Filled and corrected cells, with the decision's number and date, act as the YAML table."""
    path = tmp_path / f"t.{fmt}"
    write_rulebook_table(path, BOOK, 2024)
    date: Any = dt.date(2022, 8, 15) if fmt == "xlsx" else "15/8/2022"
    edited = edit(
        path,
        tmp_path / f"edited.{fmt}",
        {
            header("id"): "lai-chau-1487",
            header("decision"): "1487/QĐ-UBND",
            header("decision_date"): date,
        },
        {
            ("2.2", "TDMNPB", 0): "60 %",
            ("3.1", "TDMNPB", 0): 85,
            ("5.a", "TDMNPB", 0): "90",  # the first rule figure of 5: minimum_share
            ("1.1", "TDMNPB", 1): "Đã kiểm chứng",
            ("1.2", "DBSH", 2): "1487/QĐ-UBND, Phụ lục I",
        },
    )
    mapping = read_rulebook_table(edited)
    yaml = {
        "schema": "ntm_rules.overrides/1",
        "id": "lai-chau-1487",
        "base": BOOK.id,
        "citation": {"instrument": "1487/QĐ-UBND", "provision": "ngày 15/8/2022"},
        "verification": "verified",
        "thresholds": {
            "1.1": {"TDMNPB": [{"value": True, "verification": "verified"}]},
            "1.2": {
                "DBSH": [
                    {
                        "value": True,
                        "citation": {"instrument": "1487/QĐ-UBND", "provision": "Phụ lục I"},
                    }
                ]
            },
            "2.2": {"TDMNPB": [{"value": 60.0}]},
            "3.1": {"TDMNPB": [{"value": 85.0}]},
        },
        "parameters": {"5": {"minimum_share": {"TDMNPB": [{"value": 90.0}]}}},
    }
    assert mapping == yaml
    from_table = load_rulebook_table(edited)
    from_yaml = apply_overrides(BOOK, load_overrides(yaml))
    assert from_table == from_yaml
    profile = load_profile(example_profile_path("thu-lum-2025"), BOOK)
    statuses = [r.status for r in evaluate(profile, from_table).indicators]
    assert statuses == [r.status for r in evaluate(profile, from_yaml).indicators]
    cell = from_table.indicator("2.2").thresholds.at("TDMNPB", BOOK.as_of(2024))
    assert (cell.value, cell.verification, cell.citation.instrument) == (
        60.0,
        Verification.VERIFIED,
        "1487/QĐ-UBND",
    )
    counts = completeness(from_table, 2024)
    assert counts.unknown == completeness(BOOK, 2024).unknown - 1


def test_in_force_from_dates_the_edits(tmp_path: Path) -> None:
    """With 'Áp dụng từ ngày', an edit starts that day; the edition's figure holds before."""
    path = tmp_path / "t.xlsx"
    write_rulebook_table(path, BOOK, 2025)
    edited = edit(
        path, tmp_path / "e.xlsx", {header("effective_from"): "2025-01-01"}, {("3.1", "TN", 0): 90}
    )
    mapping = read_rulebook_table(edited)
    assert mapping["thresholds"]["3.1"]["TN"] == [{"value": 90.0, "effective_from": "2025-01-01"}]
    assert mapping["verification"] == "unverified"
    book = load_rulebook_table(edited)
    assert book.indicator("3.1").thresholds.at("TN", BOOK.as_of(2025)).value == 90.0
    before = BOOK.indicator("3.1").thresholds.at("TN", BOOK.as_of(2024))
    assert book.indicator("3.1").thresholds.at("TN", BOOK.as_of(2024)) == before


@pytest.mark.parametrize(
    ("cells", "codes", "where"),
    [
        ({}, {("3.1", "TN", 0): "tám mươi"}, "column S (TN: Mức)"),
        ({}, {("3.1", "TN", 1): "chắc chắn"}, "column T (TN: Mức kiểm chứng)"),
        ({}, {("3.1", "TN", 1): "Chưa biết"}, "column T (TN: Mức kiểm chứng)"),
        ({}, {("1.1", "TN", 0): "Chưa đạt"}, "column S (TN: Mức)"),
        ({}, {("3.1", "TN", 0): dt.datetime(2024, 1, 1)}, "column S (TN: Mức)"),
        ({header("base"): "2030-2035"}, {}, "row 4, column C (Bộ tiêu chí gốc)"),
        ({header("id"): None}, {}, "row 6, column C (Mã bảng)"),
        ({header("decision_date"): "ngày mai"}, {}, "row 8, column C (Ngày ban hành)"),
    ],
)
def test_bad_cells_are_named(
    cells: dict[tuple[int, int], Any],
    codes: dict[tuple[str, str, int], Any],
    where: str,
    tmp_path: Path,
) -> None:
    """A bad figure, status, date or header names its sheet, row and column."""
    path = tmp_path / "t.xlsx"
    write_rulebook_table(path, BOOK)
    edited = edit(path, tmp_path / "e.xlsx", cells, codes)
    with pytest.raises(InvalidInputError) as caught:
        load_rulebook_table(edited)
    problem = caught.value.problems[0]
    assert problem.field.startswith('sheet "Bảng ngưỡng", row ')
    assert where in problem.field


def test_table_of_a_derived_rulebook_names_its_base_and_decision(tmp_path: Path) -> None:
    """A provincial rulebook's table reads back as the same provincial rulebook."""
    table = load_overrides(
        {
            "id": "lai-chau-1487",
            "citation": {"instrument": "1487/QĐ-UBND", "provision": "ngày 15/8/2022"},
            "verification": "verified",
            "thresholds": {"3.1": {"all": 85}},
        }
    )
    provincial = apply_overrides(BOOK, table)
    path = tmp_path / "p.xlsx"
    write_rulebook_table(path, provincial, 2025, lang="en")
    mapping = read_rulebook_table(path)
    assert mapping["id"] == "lai-chau-1487"
    assert mapping["citation"] == {"instrument": "1487/QĐ-UBND", "provision": "ngày 15/8/2022"}
    assert set(mapping["thresholds"]["3.1"]) == set(BOOK.columns.codes)
    again = load_rulebook_table(path)
    for code in BOOK.columns.codes:
        assert again.indicator("3.1").thresholds.at(code, BOOK.as_of(2025)).value == 85


def test_a_workbook_error_is_an_input_problem() -> None:
    """The CLI prints it like any other bad field."""
    problem = WorkbookError('sheet "Bảng ngưỡng", row 20, column G', "bad")
    assert str(problem) == 'sheet "Bảng ngưỡng", row 20, column G: bad'


def _cell(row: int, column: int, value: object) -> Callable[[openpyxl.Workbook], None]:
    def change(book: openpyxl.Workbook) -> None:
        book.worksheets[0].cell(row, column).value = value  # type: ignore[assignment]

    return change


def _merge(book: openpyxl.Workbook) -> None:
    book.worksheets[0].merge_cells(
        start_row=FIRST_DATA_ROW + 3, start_column=7, end_row=FIRST_DATA_ROW + 3, end_column=8
    )


def _rename(book: openpyxl.Workbook) -> None:
    book.worksheets[0].title = "Ngưỡng"


STRUCTURE: dict[str, tuple[Callable[[openpyxl.Workbook], None], str]] = {
    "not a table": (_cell(1, 1, "BẢNG KHÁC"), "row 1, column A"),
    "a moved label": (_cell(5, 2, "Năm"), "row 5, column B"),
    "a renamed heading": (_cell(HEADING_ROW, 6, "Dấu"), f"row {HEADING_ROW}, column F"),
    "a moved region": (_cell(HEADING_ROW, 7, "ĐBSH"), f"row {HEADING_ROW}, column G"),
    "a renamed sub-heading": (
        _cell(HEADING_ROW + 1, 8, "Trạng thái"),
        f"row {HEADING_ROW + 1}, column H",
    ),
    "merged figures": (_merge, f"row {FIRST_DATA_ROW + 3}, column G"),
    "an edited code": (_cell(FIRST_DATA_ROW + 2, 3, "1.9"), f"row {FIRST_DATA_ROW + 2}, column C"),
    "a row added below": (_cell(400, 1, "20"), "row 400, column A"),
    "an impossible date": (_cell(8, 3, "31/2/2024"), "row 8, column C"),
    "a date as the id": (_cell(6, 3, dt.datetime(2024, 1, 1)), "row 6, column C"),
    "a citation without instrument": (
        _cell(FIRST_DATA_ROW + 2, 9, ", Phụ lục I"),
        f"row {FIRST_DATA_ROW + 2}, column I",
    ),
    "a wrong sheet": (_rename, 'expected one sheet named "Bảng ngưỡng"'),
}


@pytest.mark.parametrize("case", STRUCTURE, ids=list(STRUCTURE))
def test_edited_structure_is_named(case: str, tmp_path: Path) -> None:
    """Moved labels, headings, rows or merged cells: refused, naming the cell."""
    change, where = STRUCTURE[case]
    path = tmp_path / "t.xlsx"
    write_rulebook_table(path, BOOK)
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(tmp_path / "e.xlsx")
    with pytest.raises(InvalidInputError) as caught:
        read_rulebook_table(tmp_path / "e.xlsx")
    assert where in str(caught.value.problems[0])


def test_dates_booleans_and_status_codes_are_read(tmp_path: Path) -> None:
    """ISO dates, TRUE cells for achieved figures and the English status codes."""
    path = tmp_path / "t.xlsx"
    write_rulebook_table(path, BOOK)
    edited = edit(
        path,
        tmp_path / "e.xlsx",
        {header("decision"): "1487/QĐ-UBND", header("decision_date"): "2022-08-15"},
        {("1.1", "TN", 0): True, ("1.1", "TN", 1): "verified", ("3.1", "TN", 1): "unverified"},
    )
    mapping = read_rulebook_table(edited)
    assert mapping["citation"]["provision"] == "ngày 15/8/2022"
    assert mapping["thresholds"]["1.1"]["TN"] == [{"value": True, "verification": "verified"}]
    assert mapping["thresholds"]["3.1"]["TN"][0]["verification"] == "unverified"
