"""Excel (.xlsx) files through openpyxl (the optional extra ``ntm-rules[excel]``).

Writing renders :class:`~ntm_rules.workbooks.grid.Grid` objects. Reading is defensive: the
file is a bounded regular file, then a real xlsx (a zip holding ``[Content_Types].xml`` and
an ``xl/workbook`` part, no encrypted or oversized members, no DTD), then it is parsed by
openpyxl in read-only mode, row by row up to :data:`~ntm_rules.workbooks.grid.MAX_ROWS`.
Formulas and error values are refused by cell; merged ranges are read from the sheet XML
(read-only mode does not report them) so that the callers can refuse them in the data area.
"""

from __future__ import annotations

import io
import math
import re
import warnings
import zipfile
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ntm_rules._extras import require
from ntm_rules.exceptions import InputProblem, InvalidInputError, NtmRulesError, OutputError
from ntm_rules.files import read_bytes
from ntm_rules.messages import Message
from ntm_rules.reading import excerpt
from ntm_rules.workbooks.grid import (
    MAX_COLUMNS,
    MAX_ROWS,
    Grid,
    RawSheet,
    ReadValue,
    WorkbookError,
    column_letter,
)
from ntm_rules.workbooks.layout import Words, vi_number

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

_T = TypeVar("_T")

MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 24 * 1024 * 1024
"""The largest part of a workbook, uncompressed (a commune sheet's is about 100 KiB)."""
MAX_TOTAL_BYTES = 48 * 1024 * 1024
MAX_PROBLEMS = 50
_MERGE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?\""
)
_WORKBOOK_PART = re.compile(r"xl/workbook\d*\.xml")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_FILLS = {
    "value": "FFF2CC",
    "input": "FFF2CC",
    "heading": "D9E1F2",
    "group": "D9D9D9",
    "criterion": "EDEDED",
    "pass": "E2EFDA",
    "fail": "F8CBAD",
    "unknown": "FFE699",
    "marked": "FFE699",
    "summary_label": "EDEDED",
}
_BOLD = {"title", "label", "heading", "group", "criterion", "fail", "summary_label", "verdict"}
_BORDERED = {
    "heading",
    "group",
    "criterion",
    "text",
    "input",
    "pass",
    "fail",
    "unknown",
    "marked",
    "summary_label",
    "summary",
    "verdict",
}


_ONE_LINE = {"title", "subtitle", "label", "help", "group", "criterion"}
"""Styles whose text runs on into the empty cells beside it rather than wrapping."""


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide."""
    usable = max((width - 1) * 1.2, 1.0)  # Times New Roman is narrower than the width unit
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n"))


def _openpyxl() -> Any:
    return require(
        "openpyxl",
        "Excel files need openpyxl: pip install 'ntm-rules[excel]' (or use --format csv)",
    )


def write_xlsx(path: str | Path, grids: Sequence[Grid]) -> None:
    """Write the grids as the sheets of one workbook.

    Raises:
        InvalidInputError: the file cannot be written (named).
    """
    openpyxl = _openpyxl()
    book = openpyxl.Workbook()
    book.remove(book.active)
    styles: dict[str, Any] = {}
    for grid in grids:
        _render(book, book.create_sheet(grid.name), grid, styles)
    save(book, path)


def save(book: Any, path: str | Path) -> None:
    """Write a workbook whole, or nothing but an error naming the file.

    Saved in memory first: openpyxl writing to a file that fails half-way (a full disk)
    leaves a zip file whose clean-up prints a traceback.

    Raises:
        OutputError: the file cannot be written.
    """
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        Path(path).write_bytes(buffer.getvalue())
    except OSError as error:
        raise OutputError(path, error) from None


def _style(name: str) -> Any:
    """The named style of a cell style (built once per workbook)."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side  # noqa: PLC0415

    style = NamedStyle(name=f"ntm {name or 'plain'}")
    style.font = Font(
        name="Times New Roman",
        size=14 if name == "title" else 9 if name == "help" else 11,
        bold=name in _BOLD,
        italic=name in ("subtitle", "help", "unknown", "marked"),
        color="C00000" if name == "fail" else "595959" if name == "help" else None,
    )
    if name in _FILLS:
        style.fill = PatternFill("solid", fgColor=_FILLS[name])
    if name in _BORDERED:
        thin = Side(style="thin", color="808080")
        style.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centred = name in ("title", "subtitle", "heading")
    style.alignment = Alignment(
        horizontal="center" if centred else None,
        vertical="center" if centred else "top",
        wrap_text=name not in _ONE_LINE,
    )
    return style


def _render(book: Any, sheet: Worksheet, grid: Grid, styles: dict[str, Any]) -> None:
    spans = {(r, c): (c2 - c + 1) for r, c, r2, c2 in grid.merges if r == r2}
    ranges: dict[str, list[str]] = {}
    for r, row in enumerate(grid.rows, start=1):
        lines = 1
        for c, spec in enumerate(row, start=1):
            if spec.value is None and not spec.style:
                continue
            if isinstance(spec.value, str) and spec.style not in _ONE_LINE:
                width = sum(grid.widths[c - 1 : c - 1 + spans.get((r, c), 1)]) or 10
                lines = max(lines, _lines(spec.value, width))
            cell = sheet.cell(row=r, column=c)
            cell.value = spec.value
            if isinstance(spec.value, str):
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            if spec.style not in styles:
                styles[spec.style] = _style(spec.style)
                book.add_named_style(styles[spec.style])
            cell.style = styles[spec.style].name
            if spec.choices is not None:
                ranges.setdefault(spec.choices, []).append(f"{column_letter(c)}{r}")
        if lines > 1:
            sheet.row_dimensions[r].height = 15 * min(lines, 12)
    _validations(sheet, grid, ranges)
    _layout(sheet, grid)


def _validations(sheet: Worksheet, grid: Grid, ranges: dict[str, list[str]]) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    for key, cells in ranges.items():
        options, strict = grid.choices[key]
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(options) + '"',
            allow_blank=True,
            showErrorMessage=strict,
        )
        validation.errorTitle = "ntm-rules"
        validation.error = " / ".join(options)
        sheet.add_data_validation(validation)
        for coordinate in cells:
            validation.add(coordinate)


def _layout(sheet: Worksheet, grid: Grid) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415

    for n, width in enumerate(grid.widths, start=1):
        sheet.column_dimensions[column_letter(n)].width = width
    for first_row, first_column, last_row, last_column in grid.merges:
        sheet.merge_cells(
            start_row=first_row,
            start_column=first_column,
            end_row=last_row,
            end_column=last_column,
        )
    if grid.freeze_row is not None:
        sheet.freeze_panes = f"A{grid.freeze_row}"
    if grid.title_rows is not None:
        sheet.print_title_rows = f"{grid.title_rows[0]}:{grid.title_rows[1]}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.print_options.horizontalCentered = True
    footer = sheet.oddFooter
    if footer is not None and footer.center is not None:
        footer.center.text = "&P / &N"


def read_xlsx(path: str | Path, names: Sequence[Words]) -> RawSheet:
    """The one sheet of a workbook, which must be named as one of ``names`` (either language).

    Raises:
        InvalidInputError: the file is not a readable xlsx, has other sheets, or holds
            formulas or error values; every problem names the file or the cell.
    """
    return _with_book(path, lambda book, merges, label: _read_sheet(book, names, merges, label))


def read_xlsx_sheets(path: str | Path, most: int = 16) -> list[tuple[str, RawSheet]]:
    """Every worksheet of a workbook, by name, in order (at most ``most`` of them).

    Merged cells are reported with each sheet, whichever sheet they are in: a reader of a
    workbook with several sheets refuses them all.

    Raises:
        InvalidInputError: as :func:`read_xlsx`, or more than ``most`` sheets.
    """

    def read_all(book: Any, merges: _Merges, label: str) -> list[tuple[str, RawSheet]]:
        names = list(book.sheetnames)
        if len(names) > most:
            problem = WorkbookError(
                label,
                Message("more than {most} sheets: not a workbook this tool writes", most=most),
            )
            raise InvalidInputError([problem], label)
        return [(name, _worksheet(book, name, merges, label)) for name in names]

    return _with_book(path, read_all)


_Merges = dict[str, tuple[tuple[int, int, int, int], ...]]
"""Merged ranges (first row, column, last row, column) by worksheet part name."""


def _with_book(path: str | Path, read: Callable[[Any, _Merges, str], _T]) -> _T:
    """``read(book, merges, label)`` on the checked, opened workbook at ``path``."""
    path = Path(path)
    label = f'file "{excerpt(path.name)[1:-1]}"'
    try:
        data = read_bytes(path)
    except InputProblem as problem:
        raise InvalidInputError([problem], label) from None
    archive = _checked_zip(data, label)
    merges = _merges(archive)
    openpyxl = _openpyxl()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops
            book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=False, keep_links=False
            )
            try:
                return read(book, merges, label)
            finally:
                book.close()
    except InvalidInputError:
        raise
    except Exception as error:  # openpyxl and zipfile raise many kinds on a broken file
        if isinstance(error, NtmRulesError):  # pragma: no cover - none is raised inside
            raise
        reason = " ".join(str(error).split())[:200]
        broken = WorkbookError(
            label,
            Message(
                "cannot read the workbook ({error_type}: {reason})",
                error_type=type(error).__name__,
                reason=reason,
            ),
        )
        raise InvalidInputError([broken], label) from None


def _checked_zip(data: bytes, label: str) -> zipfile.ZipFile:
    def refuse(reason: str) -> InvalidInputError:
        return InvalidInputError([WorkbookError(label, reason)], label)

    if data.startswith(_OLE):
        raise refuse(
            "an old Excel (.xls) or a password-protected workbook: save it as an unprotected .xlsx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise refuse(Message("not an Excel workbook (.xlsx): {error}", error=error)) from None
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names:
        raise refuse("not an Excel workbook (.xlsx): a zip without [Content_Types].xml")
    if not any(_WORKBOOK_PART.fullmatch(name) for name in names):
        raise refuse("not an Excel workbook (.xlsx): a zip of something else (no xl/workbook part)")
    if len(members) > MAX_MEMBERS:
        raise refuse(
            Message(
                "more than {max_members} parts: not a workbook this tool writes",
                max_members=MAX_MEMBERS,
            )
        )
    total = 0
    for member in members:
        total += member.file_size
        if member.flag_bits & 0x1:
            raise refuse(
                Message("the part {filename} is encrypted", filename=excerpt(member.filename))
            )
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise refuse(
                Message(
                    "too large once uncompressed (the part {filename}); a commune sheet is well under a megabyte",
                    filename=excerpt(member.filename),
                )
            )
    for member in members:
        if member.filename.endswith((".xml", ".rels", ".vml")):
            try:
                text = archive.read(member)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError) as error:
                raise refuse(
                    Message(
                        "a damaged part {filename} ({error})",
                        filename=excerpt(member.filename),
                        error=error,
                    )
                ) from None
            if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
                raise refuse(
                    Message(
                        "the part {filename} declares a DTD (not allowed)",
                        filename=excerpt(member.filename),
                    )
                )
    return archive


def _merges(archive: zipfile.ZipFile) -> _Merges:
    """Each worksheet part's merged ranges (read-only openpyxl does not read them)."""
    return {
        name: _part_merges(archive.read(name))
        for name in archive.namelist()
        if name.startswith("xl/worksheets/") and name.endswith(".xml")
    }


def _part_merges(xml: bytes) -> tuple[tuple[int, int, int, int], ...]:
    from openpyxl.utils import column_index_from_string  # noqa: PLC0415

    found = []
    for match in _MERGE.finditer(xml):
        first_column, first_row, last_column, last_row = (
            g.decode("ascii") if g else None for g in match.groups()
        )
        top = (int(first_row or 0), column_index_from_string(first_column or "A"))
        bottom = (
            (int(last_row), column_index_from_string(last_column))
            if last_row and last_column
            else top
        )
        found.append((top[0], top[1], bottom[0], bottom[1]))
    return tuple(found)


def _read_sheet(book: Any, names: Sequence[Words], merges: _Merges, label: str) -> RawSheet:
    sheet_names = list(book.sheetnames)
    wanted = " or ".join(f'"{w.vi}"' for w in names)
    if len(sheet_names) != 1 or not any(w.matches(sheet_names[0]) for w in names):
        found = ", ".join(f'"{excerpt(n)[1:-1]}"' for n in sheet_names[:5]) or "none"
        english = " / ".join(f'"{w.en}"' for w in names)
        problem = WorkbookError(
            label,
            Message(
                "expected one sheet named {wanted} (or {english} in English); found {found}",
                wanted=wanted,
                english=english,
                found=found,
            ),
        )
        raise InvalidInputError([problem], label)
    return _worksheet(book, sheet_names[0], merges, label)


def _worksheet(book: Any, title: str, merges: _Merges, label: str) -> RawSheet:
    where = f'sheet "{excerpt(title)[1:-1]}"'
    worksheet = book[title]
    if not hasattr(worksheet, "reset_dimensions"):
        problem = WorkbookError(where, "not a worksheet (a chart sheet?)")
        raise InvalidInputError([problem], label)
    # The sheet's own merges; an openpyxl without the part's name gives every sheet's.
    part = getattr(worksheet, "_worksheet_path", None)
    own = merges[part] if part in merges else tuple(m for ms in merges.values() for m in ms)
    worksheet.reset_dimensions()  # a wrong <dimension> must not hide rows
    rows: list[tuple[ReadValue, ...]] = []
    problems: list[InputProblem] = []
    for number, cells in enumerate(worksheet.iter_rows(), start=1):
        if number > MAX_ROWS:
            problems.append(
                WorkbookError(
                    f"{where}, row {number}",
                    Message("more than {max_rows} rows: not a commune sheet", max_rows=MAX_ROWS),
                )
            )
            break
        rows.append(
            tuple(
                _value(cell, where, number, column, problems)
                for column, cell in enumerate(cells, start=1)
            )
        )
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise InvalidInputError(problems, where)
    return RawSheet(where, rows, own)


def _value(cell: Any, where: str, row: int, column: int, problems: list[InputProblem]) -> ReadValue:
    value = getattr(cell, "value", None)
    if value is None:
        return None
    at = f"{where}, row {row}, column {column_letter(column)}"
    if column > MAX_COLUMNS:
        problems.append(
            WorkbookError(
                at,
                Message("the sheet uses more than {max_columns} columns", max_columns=MAX_COLUMNS),
            )
        )
        return None
    kind = cell.data_type
    refused = {
        "f": Message(
            "a formula ({value}): type the value itself, not a formula", value=excerpt(str(value))
        ),
        "e": Message("an error value {value}", value=excerpt(str(value))),
    }.get(kind)
    if refused is not None:
        problems.append(WorkbookError(at, refused))
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value  # text, or a date refused by the caller
    if "%" in (cell.number_format or ""):  # a "95%" cell holds 0.95
        return f"{vi_number(float(Decimal(repr(float(value))) * 100))} %"
    return value
