"""Bad workbooks and CSV files: an error naming the sheet, row and column, fast, no traceback."""

from __future__ import annotations

import atexit
import datetime as dt
import io
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from ntm_rules.cli import build_parser, main
from ntm_rules.editions import edition
from ntm_rules.exceptions import InputProblem, InvalidInputError, OutputError
from ntm_rules.workbooks import MAX_ROWS, load_sheet, write_template
from ntm_rules.workbooks.sheets import FIRST_DATA_ROW, lines

from .filling import fill, read_csv_rows, write_csv_rows

BOOK = edition("vn.ntm.xa.2021_2025")
CODES = [line.code for line in lines(BOOK)]
ROW_31 = FIRST_DATA_ROW + CODES.index("3.1")
SHEET = 'sheet "Tự đánh giá"'
HEADER = {"commune": "Thu Lũm", "province": "Lai Châu", "dimension": "TDMNPB", "year": 2025}
_DIR = Path(tempfile.mkdtemp(prefix="ntm-bad-"))
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)


def good(fmt: str = "xlsx") -> Path:
    """A valid filled sheet (written once)."""
    path = _DIR / f"good.{fmt}"
    if not path.exists():
        template = _DIR / f"template.{fmt}"
        write_template(template, BOOK, column="TDMNPB")
        fill(template, path, HEADER, {"3.1": "412/450", "10": "38,5", "1.1": "Đạt"})
    return path


def edited(tmp_path: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    book = openpyxl.load_workbook(good())
    change(book)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    return path


def rezip(tmp_path: Path, change: Callable[[dict[str, bytes]], object]) -> Path:
    with zipfile.ZipFile(good()) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def problems_of(path: Path) -> list[InputProblem]:
    """The problems reading ``path`` raises, checked to come within a second."""
    start = time.perf_counter()
    with pytest.raises(InvalidInputError) as caught:
        load_sheet(path)
    assert time.perf_counter() - start < 1.0
    assert caught.value.problems
    return list(caught.value.problems)


def first(path: Path) -> str:
    return str(problems_of(path)[0])


def swap_columns(book: openpyxl.Workbook) -> None:
    sheet = book.worksheets[0]
    for row in range(FIRST_DATA_ROW - 1, sheet.max_row + 1):
        g, h = sheet.cell(row, 7), sheet.cell(row, 8)
        g.value, h.value = h.value, g.value


def _set(row: int, column: int, value: object) -> Callable[[openpyxl.Workbook], None]:
    def change(book: openpyxl.Workbook) -> None:
        book.worksheets[0].cell(row, column).value = value  # type: ignore[assignment]

    return change


def _insert_row(book: openpyxl.Workbook) -> None:
    book.worksheets[0].insert_rows(ROW_31)


def _delete_row(book: openpyxl.Workbook) -> None:
    book.worksheets[0].delete_rows(ROW_31)


def _merge(book: openpyxl.Workbook) -> None:
    book.worksheets[0].merge_cells(
        start_row=ROW_31, start_column=4, end_row=ROW_31 + 1, end_column=5
    )


def _rename(book: openpyxl.Workbook) -> None:
    book.worksheets[0].title = "Sheet1"


def _extra_sheet(book: openpyxl.Workbook) -> None:
    book.create_sheet("Ghi chú")


def _far_cell(book: openpyxl.Workbook) -> None:
    book.worksheets[0].cell(1_000_000, 1).value = "x"


def _wide_cell(book: openpyxl.Workbook) -> None:
    book.worksheets[0].cell(ROW_31, 16_000).value = "x"


CASES: dict[str, tuple[Callable[[openpyxl.Workbook], None], str]] = {
    "wrong sheet": (_rename, 'expected one sheet named "Tự đánh giá"'),
    "another sheet": (_extra_sheet, 'found "Tự đánh giá", "Ghi chú"'),
    "moved columns": (swap_columns, f"{SHEET}, row {FIRST_DATA_ROW - 1}, column G"),
    "renamed heading": (
        _set(FIRST_DATA_ROW - 1, 7, "Số liệu"),
        f"{SHEET}, row {FIRST_DATA_ROW - 1}, column G",
    ),
    "merged cells in the data area": (_merge, f"{SHEET}, row {ROW_31}, column D"),
    "a formula": (_set(ROW_31, 7, "=412/450*100"), f"{SHEET}, row {ROW_31}, column G"),
    "a date where a number goes": (
        _set(ROW_31, 7, dt.datetime(2024, 5, 1)),
        f"{SHEET}, row {ROW_31}, column G (Kết quả thực hiện)",
    ),
    "an inserted row": (_insert_row, f"{SHEET}, row {ROW_31}, column C"),
    "a deleted row": (_delete_row, f"{SHEET}, row {ROW_31}, column A"),
    "an edited code": (_set(ROW_31, 3, "3.9"), f"{SHEET}, row {ROW_31}, column C (Mã chỉ tiêu)"),
    "a result on a section row": (
        _set(ROW_31 - 1, 7, "Đạt"),
        f"{SHEET}, row {ROW_31 - 1}, column G",
    ),
    "something right of the table": (_set(ROW_31, 13, "?"), f"{SHEET}, row {ROW_31}, column M"),
    "a bad value": (
        _set(ROW_31, 7, "50 + 30"),
        f"{SHEET}, row {ROW_31}, column G (Kết quả thực hiện)",
    ),
    "an ambiguous number": (_set(ROW_31, 7, "1.234"), f"{SHEET}, row {ROW_31}, column G"),
    "counts over the whole": (_set(ROW_31, 7, "460/450"), f"{SHEET}, row {ROW_31}, column G"),
    "a boolean for a number": (_set(ROW_31, 7, True), f"{SHEET}, row {ROW_31}, column G"),
    "an unknown region": (_set(6, 3, "Sao Hỏa"), f"{SHEET}, row 6, column C (Vùng)"),
    "a year as a date": (
        _set(8, 3, dt.datetime(2025, 1, 1)),
        f"{SHEET}, row 8, column C (Năm số liệu)",
    ),
    "a year no edition covers": (_set(8, 3, 2031), f"{SHEET}, row 8, column C (Năm số liệu)"),
    "no commune": (_set(4, 3, None), f"{SHEET}, row 4, column C (Xã)"),
    "an unknown category": (_set(7, 3, "Xã giàu"), f"{SHEET}, row 7, column C (Diện xã (nếu có))"),
    "an unknown rulebook": (
        _set(9, 3, "vn.ntm.xa.2031"),
        f"{SHEET}, row 9, column C (Bộ tiêu chí)",
    ),
    "a moved label": (_set(5, 2, "Huyện"), f"{SHEET}, row 5, column B"),
    "not a commune sheet": (_set(1, 1, "BÁO CÁO"), f"{SHEET}, row 1, column A"),
    "a huge sheet": (_far_cell, f"{SHEET}, row {MAX_ROWS + 1}"),
    "a renamed criterion": (
        _set(ROW_31 - 1, 2, "Giao thông"),
        f"{SHEET}, row {ROW_31 - 1}, column B",
    ),
    "an error value": (_set(ROW_31, 7, "#DIV/0!"), f"{SHEET}, row {ROW_31}, column G"),
    "a row added below": (
        _set(FIRST_DATA_ROW + len(CODES) + 3, 4, "thêm"),
        f"row {FIRST_DATA_ROW + len(CODES) + 3}, column D",
    ),
    "a huge row": (_wide_cell, f"{SHEET}, row {ROW_31}, column "),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_workbook(case: str, tmp_path: Path) -> None:
    """Each bad workbook is refused, naming where."""
    change, where = CASES[case]
    assert where in first(edited(tmp_path, change))


def test_composite_given_twice(tmp_path: Path) -> None:
    """Đạt on a composite row and its parts below: one or the other."""
    row = FIRST_DATA_ROW + CODES.index("5")

    def change(book: openpyxl.Workbook) -> None:
        book.worksheets[0].cell(row, 7).value = "Đạt"
        book.worksheets[0].cell(row + 1, 7).value = 4

    assert f"{SHEET}, row {row}, column G" in first(edited(tmp_path, change))


def test_part_problems_name_the_part_row(tmp_path: Path) -> None:
    """More schools meeting a standard than schools: the part's own row is named."""
    row = FIRST_DATA_ROW + CODES.index("5.c")  # meeting facility level 1

    def change(book: openpyxl.Workbook) -> None:
        book.worksheets[0].cell(row - 2, 7).value = 3
        book.worksheets[0].cell(row, 7).value = 5

    assert f"{SHEET}, row {row}, column G" in first(edited(tmp_path, change))


def test_every_bad_value_is_reported_at_once(tmp_path: Path) -> None:
    """Several bad cells: several problems, each naming its cell."""

    def change(book: openpyxl.Workbook) -> None:
        sheet = book.worksheets[0]
        sheet.cell(ROW_31, 7).value = "tám mươi"
        sheet.cell(ROW_31 + 1, 7).value = "-5"
        sheet.cell(8, 3).value = "năm ngoái"

    found = problems_of(edited(tmp_path, change))
    assert [p.field for p in found] == [
        f"{SHEET}, row 8, column C (Năm số liệu)",
        f"{SHEET}, row {ROW_31}, column G (Kết quả thực hiện)",
        f"{SHEET}, row {ROW_31 + 1}, column G (Kết quả thực hiện)",
    ]


ZIPS: dict[str, tuple[Callable[[dict[str, bytes]], object], str]] = {
    "no content types": (
        lambda parts: parts.pop("[Content_Types].xml"),
        "without [Content_Types].xml",
    ),
    "a zip of something else": (
        lambda parts: [parts.pop(n) for n in list(parts) if n.startswith("xl/")],
        "a zip of something else",
    ),
    "a declared DTD": (
        lambda parts: parts.update(
            {
                "xl/sharedStrings.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><sst/>'
            }
        ),
        "declares a DTD",
    ),
    "a huge part": (
        lambda parts: parts.update({"xl/media/big.bin": b"\0" * (30 * 1024 * 1024)}),
        "too large once uncompressed",
    ),
    "a broken sheet": (
        lambda parts: parts.update({"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"}),
        "cannot read the workbook",
    ),
}


@pytest.mark.parametrize("case", ZIPS, ids=list(ZIPS))
def test_bad_zip(case: str, tmp_path: Path) -> None:
    """A zip that is not a workbook, or a dangerous one, is refused before openpyxl parses it."""
    change, reason = ZIPS[case]
    message = first(rezip(tmp_path, change))
    assert message.startswith('file "bad.xlsx"')
    assert reason in message


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"commune: A\n", "not a zip file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "an old Excel (.xls)"),
        (b"", "not a zip file"),
        (b"PK\x03\x04" + b"\0" * 40, "not an Excel workbook"),
    ],
)
def test_not_a_workbook(data: bytes, reason: str, tmp_path: Path) -> None:
    """Text, an old .xls, nothing, a truncated zip."""
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    assert reason in first(path)


def test_not_a_regular_file(tmp_path: Path) -> None:
    """A directory is refused before anything is read."""
    assert "not a regular file" in first(tmp_path)


def test_truncated_workbook(tmp_path: Path) -> None:
    """Half a workbook."""
    path = tmp_path / "bad.xlsx"
    path.write_bytes(good().read_bytes()[:3000])
    assert first(path).startswith('file "bad.xlsx"')


def _csv(tmp_path: Path, change: Callable[[list[list[str]]], None]) -> Path:
    rows = read_csv_rows(good("csv"))
    change(rows)
    path = tmp_path / "bad.csv"
    write_csv_rows(path, rows)
    return path


def test_bad_csv(tmp_path: Path) -> None:
    """A formula, a moved column, a huge file, not UTF-8."""

    def formula(rows: list[list[str]]) -> None:
        rows[ROW_31 - 1][6] = "=1+1"

    assert 'file "bad.csv", row' in first(_csv(tmp_path, formula))
    assert f"row {ROW_31}, column G" in first(_csv(tmp_path, formula))

    def moved(rows: list[list[str]]) -> None:
        for row in rows[FIRST_DATA_ROW - 2 :]:
            row[6], row[7] = row[7], row[6]

    assert f"row {FIRST_DATA_ROW - 1}, column G" in first(_csv(tmp_path, moved))

    def huge(rows: list[list[str]]) -> None:
        rows.extend([["x"]] * (MAX_ROWS + 10))

    assert f"row {MAX_ROWS + 1}" in first(_csv(tmp_path, huge))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"X\xe3,Thu L\xfbm\n")
    assert "not UTF-8" in first(latin)
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"a,\0b\n")
    assert 'file "nul.csv"' in first(nul)


def test_semicolon_csv_is_read(tmp_path: Path) -> None:
    """A Vietnamese-locale Excel saves with ';': read the same."""
    text = good("csv").read_text(encoding="utf-8-sig")
    rows = read_csv_rows(good("csv"))
    path = tmp_path / "semi.csv"
    buffer = io.StringIO()
    import csv  # noqa: PLC0415

    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    assert text
    assert load_sheet(path).profile == load_sheet(good("csv")).profile


def _wired() -> bool:
    actions = getattr(build_parser(), "_subparsers", None)
    choices = actions._group_actions[0].choices if actions is not None else {}
    return "template" in choices


@pytest.mark.skipif(not _wired(), reason="the CLI does not read workbooks yet")
@pytest.mark.parametrize("case", ["a formula", "merged cells in the data area", "a huge sheet"])
def test_cli_exits_2_naming_the_cell(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command line: exit 2, the cell named on stderr, no traceback, under 1 s."""
    change, where = CASES[case]
    path = edited(tmp_path, change)
    start = time.perf_counter()
    code = main(["evaluate", str(path)])
    elapsed = time.perf_counter() - start
    out, err = capsys.readouterr()
    assert code == 2
    assert where in err
    assert "Traceback" not in err
    assert out == ""
    assert elapsed < 1.0


def test_a_sheet_for_another_edition(tmp_path: Path) -> None:
    """Read against another edition than the header's: refused at the header cell."""
    with pytest.raises(InvalidInputError) as caught:
        load_sheet(good(), edition("vn.ntm.xa.2016_2020"))
    assert f"{SHEET}, row 9, column C" in str(caught.value.problems[0])


def test_unwritable_files_are_output_errors(tmp_path: Path) -> None:
    """A folder that does not exist: an error naming the file, for both formats (not input)."""
    for name in ("x.xlsx", "x.csv"):
        with pytest.raises(OutputError, match=f"cannot write .*{name}"):
            write_template(tmp_path / "missing" / name, BOOK)
        assert not (tmp_path / "missing").exists()


def test_too_many_parts_or_columns(tmp_path: Path) -> None:
    """A zip of hundreds of parts; a CSV row of 70 cells."""
    many = rezip(
        tmp_path, lambda parts: parts.update({f"xl/media/{n}.bin": b"x" for n in range(250)})
    )
    assert "more than 200 parts" in first(many)

    def wide(rows: list[list[str]]) -> None:
        rows[ROW_31 - 1].extend([""] * 60 + ["x"])

    assert f"row {ROW_31}, column " in first(_csv(tmp_path, wide))


def test_csv_writes_booleans_as_words() -> None:
    """A boolean cell is written as the achieved word of the language."""
    from ntm_rules.workbooks.csv import render_csv  # noqa: PLC0415
    from ntm_rules.workbooks.grid import Cell, Grid  # noqa: PLC0415

    grid = Grid("x", rows=[[Cell(True), Cell(False), Cell(1.5)]])
    assert render_csv([grid]) == '\ufeffĐạt,Chưa đạt,"1,5"\r\n'
    assert render_csv([grid], "en") == "\ufeffyes,no,1.5\r\n"
