"""Threshold tables as workbooks: the national layout, one column group per region or group.

``TT | Tên tiêu chí | Mã chỉ tiêu | Nội dung chỉ tiêu | Đơn vị tính | So sánh`` then, for each
column of the edition, ``Mức | Mức kiểm chứng | Căn cứ``; the rule figures of composite and
scored indicators on rows of their own (``5:minimum_share``). Unknown figures are empty and
marked. A province fills or corrects cells from its own decision, writes the decision's
number and date in the header, and the table reads back as the override mapping
:func:`~ntm_rules.overrides.load_overrides` takes: one entry for every cell whose figure,
status or citation differs from the edition's (the others keep the edition's, with their
dated history and sources). A changed cell whose status and citation are left as they were
rests on the decision (verified when a decision number is given).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from attrs import frozen

from ntm_rules.citations import Verification
from ntm_rules.evaluators.base import Indicator
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import ThresholdTable
from ntm_rules.workbooks import texts
from ntm_rules.workbooks.csv import write_csv
from ntm_rules.workbooks.grid import (
    Cell,
    CellValue,
    Grid,
)
from ntm_rules.workbooks.layout import (
    ACHIEVED_CHOICES,
    COMMUNE_COLUMNS,
    FIGURE_NAMES,
    VERIFICATION,
    Words,
    part_code,
)
from ntm_rules.workbooks.sheets import Line, format_of, lines
from ntm_rules.workbooks.xlsx import write_xlsx

SHEET = Words("Bảng ngưỡng", "Thresholds")
TITLE = Words(
    "BẢNG MỨC ĐẠT CHUẨN CÁC CHỈ TIÊU THEO CỘT ÁP DỤNG", "THRESHOLDS OF THE CRITERIA BY COLUMN"
)
LABELS = {
    "base": Words("Bộ tiêu chí gốc", "Base criteria set"),
    "year": Words("Năm áp dụng", "Year"),
    "id": Words("Mã bảng", "Table id"),
    "decision": Words("Số quyết định", "Decision number"),
    "decision_date": Words("Ngày ban hành", "Decision date"),
    "effective_from": Words("Áp dụng từ ngày", "In force from"),
    "counts": Words("Số ô", "Cells"),
}
HELP = {
    "base": Words("không sửa", "do not edit"),
    "year": Words("các mức hiện hành trong năm này", "the figures in force that year"),
    "id": Words("tên ngắn của bảng, ví dụ lai-chau-1487", "a short id, e.g. lai-chau-1487"),
    "decision": Words("ví dụ 1487/QĐ-UBND", "e.g. 1487/QĐ-UBND"),
    "decision_date": Words("ngày/tháng/năm", "day/month/year"),
    "effective_from": Words(
        "để trống: ô đã sửa thay cả lịch sử mức của cột",
        "blank: an edited cell replaces the column's history",
    ),
}
KEYS = tuple(LABELS)
FIRST_HEADER_ROW = 4
VALUE_COLUMN = 3
HEADING_ROW = FIRST_HEADER_ROW + len(KEYS) + 1
FIRST_DATA_ROW = HEADING_ROW + 2
FIXED = (*COMMUNE_COLUMNS[:5], None)
DIRECTION = Words("So sánh", "Comparison")
SUB = (
    Words("Mức", "Figure"),
    Words("Mức kiểm chứng", "Verification"),
    Words("Căn cứ", "Legal basis"),
)
SUB_WIDTHS = (10.0, 12.0, 16.0)


@frozen
class Completeness:
    """How many figure cells of a table are verified, unverified and unknown."""

    verified: int
    unverified: int
    unknown: int

    def describe(self, lang: str = "vi") -> str:
        """One line, e.g. ``65 đã kiểm chứng, 228 chưa kiểm chứng, 106 chưa biết``."""
        counts = (self.verified, self.unverified, self.unknown)
        names = [VERIFICATION[v].in_(lang).lower() for v in Verification]
        return ", ".join(f"{n} {name}" for n, name in zip(counts, names, strict=True))


def _figures(indicator: Indicator) -> list[tuple[str | None, ThresholdTable]]:
    return [
        (None, indicator.thresholds),
        *((n, indicator.parameters[n]) for n in indicator.parameter_names),
    ]


def completeness(rulebook: Rulebook, year: int | None = None) -> Completeness:
    """Count the figure cells (thresholds and rule figures, every column) in force in ``year``."""
    as_of = rulebook.as_of(year if year is not None else rulebook.last_year)
    counts = dict.fromkeys(Verification, 0)
    for indicator in rulebook.indicators():
        for _, table in _figures(indicator):
            for code in rulebook.columns.codes:
                counts[table.at(code, as_of).verification] += 1
    return Completeness(*(counts[v] for v in Verification))


def table_rows(rulebook: Rulebook) -> list[Line]:
    """The table's rows: sections, indicators, and the rule figures below their indicator."""
    found: list[Line] = []
    for line in lines(rulebook):
        if line.kind == "part":
            continue
        found.append(line)
        if line.kind == "indicator" and line.indicator is not None:
            for index, name in enumerate(line.indicator.parameter_names):
                code = part_code(line.indicator.id, index)
                found.append(Line("figure", "", code, None, line.criterion, line.indicator, name))
    return found


def write_rulebook_table(
    path: str | Path,
    rulebook: Rulebook,
    year: int | None = None,
    fmt: str | None = None,
    lang: str = "vi",
) -> Completeness:
    """Write the threshold table of an edition (or of a provincial table) for a year.

    Returns:
        the completeness of the table written.
    """
    year = year if year is not None else rulebook.last_year
    as_of = rulebook.as_of(year)
    columns = rulebook.columns.columns
    grid = Grid(
        SHEET.in_(lang),
        widths=[*(h.width for h in COMMUNE_COLUMNS[:5]), 8, *SUB_WIDTHS * len(columns)],
    )
    width = 6 + 3 * len(columns)
    grid.choices = {"status": (tuple(VERIFICATION[v].in_(lang) for v in Verification), True)}
    grid.merge_row(grid.add(Cell(TITLE.in_(lang), "title")), 1, width)
    title = rulebook.title(lang)
    grid.merge_row(grid.add(Cell(f"{title} ({rulebook.id})", "subtitle")), 1, width)
    grid.add()
    counts = completeness(rulebook, year)
    citation = rulebook.derivation_citation
    date = re.search(r"\d{1,2}/\d{1,2}/\d{4}", citation.provision) if citation is not None else None
    header: dict[str, CellValue] = {
        "base": rulebook.derived_from or rulebook.id,
        "year": year,
        "id": rulebook.id
        if rulebook.derived_from
        else f"{rulebook.short_name or rulebook.id}-tinh",
        "decision": citation.instrument if citation is not None else None,
        "decision_date": date.group(0) if date else None,
        "effective_from": None,
        "counts": counts.describe(lang),
    }
    for key in KEYS:
        fixed = key in ("base", "counts")
        row = grid.add(
            None,
            Cell(LABELS[key].in_(lang), "label"),
            Cell(header[key], "text" if fixed else "value"),
            None,
            None,
            None,
            Cell(HELP[key].in_(lang) if key in HELP else None, "help"),
        )
        grid.merge_row(row, VALUE_COLUMN, 6)
    grid.add()
    first = [Cell(h.words.in_(lang) if h else DIRECTION.in_(lang), "heading") for h in FIXED]
    top = grid.add(
        *first,
        *(Cell(c.label_in(lang) if k == 0 else None, "heading") for c in columns for k in range(3)),
    )
    grid.add(
        *(Cell(None, "heading") for _ in FIXED),
        *(Cell(s.in_(lang), "heading") for _ in columns for s in SUB),
    )
    for n in range(1, 7):
        grid.merges.append((top, n, top + 1, n))
    for k in range(len(columns)):
        grid.merge_row(top, 7 + 3 * k, 9 + 3 * k)
    grid.freeze_row, grid.title_rows = FIRST_DATA_ROW, (top, top + 1)
    for line in table_rows(rulebook):
        grid.add(*_line_cells(line, rulebook, as_of, lang))
    _write(path, grid, fmt, lang)
    return counts


def _line_cells(line: Line, rulebook: Rulebook, as_of: dt.date, lang: str) -> list[Cell]:
    n = 6 + 3 * len(rulebook.columns.codes)
    if line.kind in ("group", "criterion"):
        cells = [Cell(None, line.kind) for _ in range(n)]
        cells[0], cells[1] = (
            Cell(line.tt, line.kind),
            Cell(line.name.in_(lang) if line.name else None, line.kind),
        )
        return cells
    indicator = line.indicator
    assert indicator is not None
    cells = [Cell(None, "text") for _ in range(n)]
    cells[0], cells[2] = Cell(line.tt or None, "text"), Cell(line.code, "text")
    if line.kind == "figure" and line.part is not None:
        name = FIGURE_NAMES.get(line.part)
        cells[3] = Cell(f"– {name.in_(lang) if name else line.part}", "text")
        table = indicator.parameters[line.part]
    else:
        cells[3] = Cell(indicator.name(lang), "text")
        cells[4] = Cell(texts.unit_text(indicator, lang), "text")
        cells[5] = Cell(indicator.direction.symbol, "text")
        table = indicator.thresholds
    for k, code in enumerate(rulebook.columns.codes):
        value = table.at(code, as_of)
        known = value.is_known
        shown_value: CellValue = None
        if value.value is True:
            shown_value = ACHIEVED_CHOICES["vi"][0] if lang != "en" else "yes"
        elif value.value is not None:
            shown_value = float(value.value)
        style = "text" if known else "marked"
        cells[6 + 3 * k] = Cell(shown_value, "input" if known else "marked")
        cells[7 + 3 * k] = Cell(VERIFICATION[value.verification].in_(lang), style, "status")
        cells[8 + 3 * k] = Cell(str(value.citation), "text")
    return cells


def _write(path: str | Path, grid: Grid, fmt: str | None, lang: str) -> None:
    if (fmt or format_of(path)) == "csv":
        write_csv(path, [grid], lang)
    else:
        write_xlsx(path, [grid])
