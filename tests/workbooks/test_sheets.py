"""The commune sheet: template, filling, reading back, evaluation output.

Done when the round trip template → filled (Vietnamese numbers, counts, ``Đạt``) → read →
evaluate gives the verdicts of the equivalent YAML profile, for every indicator of every
shipped edition that has indicators.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ntm_rules import Category, Region, evaluate, load_profile
from ntm_rules.editions import REGISTRY, edition, find_edition
from ntm_rules.evaluators.achieved import ScoredIndicator
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.examples import example_profile_path
from ntm_rules.measurements import Components
from ntm_rules.results import Evaluation, Status
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import Direction
from ntm_rules.workbooks import load_sheet, read_sheet, write_evaluation, write_template
from ntm_rules.workbooks.layout import COMMUNE_COLUMNS, part_code
from ntm_rules.workbooks.sheets import FIRST_DATA_ROW, HEADING_ROW, lines

from .filling import fill, header_row, read_csv_rows
from .fillings import every_form, filling

BOOKS = [edition(spec.id) for spec in REGISTRY]
WITH_VALUES = [book for book in BOOKS if book.indicator_ids]
FORMATS = ("xlsx", "csv")
_CACHE = Path(tempfile.mkdtemp(prefix="ntm-workbooks-"))
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def template(book: Rulebook, fmt: str, column: str | None = None) -> Path:
    """One template per edition, format and column, written once per session."""
    path = _CACHE / f"{book.id}-{column}.{fmt}"
    if not path.exists():
        write_template(path, book, column=column, year=book.first_year, fmt=fmt)
    return path


def verdicts(evaluation: Evaluation) -> list[tuple[str, Status, object]]:
    """Every indicator's and criterion's verdict, and the commune's."""
    found: list[tuple[str, Status, object]] = [
        (r.id, r.status, r.reason) for r in evaluation.indicators
    ]
    found += [(f"criterion {c.id}", c.status, c.reason) for c in evaluation.criteria]
    found.append(("commune", Status.PASS, evaluation.verdict))
    return found


def same_as_yaml(
    path: Path, book: Rulebook, header: dict[str, Any], yaml_values: dict[str, Any]
) -> None:
    """Reading the sheet gives the profile, and the verdicts, of the equivalent YAML document."""
    sheet = load_sheet(path)
    document = {
        "commune": header["commune"],
        "province": header.get("province", ""),
        "year": header["year"],
        "values": yaml_values,
        "categories": header.get("categories_yaml", []),
    }
    if book.columns.dimension == "region":
        document["region"] = header["region_yaml"]
    else:
        document["group"] = header["region_yaml"]
    profile = load_profile(document, book)
    assert sheet.profile == profile
    assert verdicts(evaluate(sheet.profile, sheet.rulebook)) == verdicts(evaluate(profile, book))


def _header(
    book: Rulebook, region: Region, year: int, categories: frozenset[Category]
) -> tuple[dict[str, Any], dict[str, Any]]:
    typed = {
        "commune": "Thu Lũm",
        "province": "Lai Châu",
        "dimension": region.label_vi,
        "year": year if year % 2 else str(year),
        "categories": "; ".join(c.name_vi for c in sorted(categories, key=lambda c: c.key)) or None,
    }
    meta = {
        "commune": "Thu Lũm",
        "province": "Lai Châu",
        "year": year,
        "region_yaml": region.code,
        "categories_yaml": sorted(c.key for c in categories),
    }
    return typed, meta


@pytest.mark.parametrize("book", BOOKS, ids=lambda b: b.short_name)
def test_template_shape(book: Rulebook, tmp_path: Path) -> None:
    """Headings, header block, one row per section, indicator and part, in rulebook order."""
    path = tmp_path / "t.xlsx"
    write_template(path, book)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "Tự đánh giá"
    assert [sheet.cell(HEADING_ROW, n).value for n in range(1, 13)] == [
        h.words.vi for h in COMMUNE_COLUMNS
    ]
    expected = lines(book)
    assert [sheet.cell(FIRST_DATA_ROW + n, 3).value or None for n in range(len(expected))] == [
        line.code or None for line in expected
    ]
    assert sheet.cell(FIRST_DATA_ROW + len(expected), 1).value is None
    assert sheet.cell(header_row("rulebook"), 3).value == book.id
    assert sheet.freeze_panes == f"A{FIRST_DATA_ROW}"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.column_dimensions["D"].width == COMMUNE_COLUMNS[3].width
    result_cells = {
        sheet.cell(FIRST_DATA_ROW + n, 7).coordinate
        for n, line in enumerate(expected)
        if line.kind in ("indicator", "part")
    }
    for cell in result_cells:
        assert sheet[cell].value is None
    strict = {
        str(cells)
        for v in sheet.data_validations.dataValidation
        if v.formula1 == '"Đạt,Chưa đạt"' and v.showErrorMessage
        for cells in v.sqref.ranges
    }
    wanted = {
        sheet.cell(FIRST_DATA_ROW + n, 7).coordinate
        for n, line in enumerate(expected)
        if line.kind == "indicator"
        and line.indicator is not None
        and line.indicator.direction is Direction.ACHIEVED
        and (
            isinstance(line.indicator, CompositeIndicator)
            or not isinstance(line.indicator, ScoredIndicator)
        )
    }
    assert wanted <= strict


def test_template_of_the_2026_2030_edition_has_its_ten_criteria(tmp_path: Path) -> None:
    """No indicator is known: ten criterion rows under a commune-group header."""
    book = find_edition("2026-2030")
    assert book is not None
    path = write_template_path(tmp_path / "t.xlsx", book, column="2")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.cell(header_row("dimension"), 2).value == "Nhóm xã"
    assert sheet.cell(header_row("dimension"), 3).value == "Xã nhóm 2"
    assert [sheet.cell(FIRST_DATA_ROW + n, 1).value for n in range(11)] == [
        *(str(n) for n in range(1, 11)),
        None,
    ]
    evaluated = tmp_path / "e.xlsx"
    profile = load_profile({"commune": "A", "group": "2", "year": 2026}, book)
    write_evaluation(evaluated, evaluate(profile, book))
    assert load_sheet(evaluated).profile == profile


def write_template_path(path: Path, book: Rulebook, **options: Any) -> Path:
    write_template(path, book, **options)
    return path


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("book", WITH_VALUES, ids=lambda b: b.short_name)
def test_every_indicator_in_every_form(book: Rulebook, fmt: str, tmp_path: Path) -> None:
    """Each form of each indicator, filled in turn, reads as its YAML equivalent."""
    forms = {indicator.id: every_form(indicator) for indicator in book.indicators()}
    for round_ in range(max(len(f) for f in forms.values())):
        cells: dict[str, Any] = {}
        values: dict[str, Any] = {}
        for indicator_id, options in forms.items():
            typed, value = options[round_ % len(options)]
            cells.update(typed)
            values[indicator_id] = value
        typed_header, meta = _header(book, Region.TN, book.first_year, frozenset())
        path = fill(template(book, fmt), tmp_path / f"f{round_}.{fmt}", typed_header, cells)
        same_as_yaml(path, book, meta, values)


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_filled_sheets_read_as_their_yaml_profile(data: st.DataObject) -> None:
    """Any filling of any edition's sheet (xlsx or CSV) gives the YAML profile's verdicts."""
    book = data.draw(st.sampled_from(WITH_VALUES), label="edition")
    fmt = data.draw(st.sampled_from(FORMATS), label="format")
    region = data.draw(st.sampled_from(list(Region)), label="region")
    year = data.draw(st.integers(book.first_year, book.last_year), label="year")
    categories = data.draw(st.frozensets(st.sampled_from(list(Category)), max_size=2))
    column = data.draw(st.sampled_from([None, region.code]), label="template column")
    cells: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for indicator in book.indicators():
        drawn = data.draw(st.none() | filling(indicator), label=indicator.id)
        if drawn is not None:
            cells.update(drawn[0])
            values[indicator.id] = drawn[1]
    typed_header, meta = _header(book, region, year, categories)
    with tempfile.TemporaryDirectory() as directory:
        path = fill(template(book, fmt, column), Path(directory) / f"f.{fmt}", typed_header, cells)
        same_as_yaml(path, book, meta, values)


def thu_lum() -> Evaluation:
    return evaluate(load_profile(example_profile_path("thu-lum-2025")))


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_evaluation_sheet_reads_back_as_its_profile(fmt: str, lang: str, tmp_path: Path) -> None:
    """An evaluated sheet is a filled sheet too: reading it gives the same profile."""
    evaluation = thu_lum()
    path = tmp_path / f"e.{fmt}"
    write_evaluation(path, evaluation, fmt, lang)
    sheet = load_sheet(path)
    assert sheet.profile.values == evaluation.profile.values
    assert verdicts(evaluate(sheet.profile, sheet.rulebook)) == verdicts(evaluation)
    document, hint = read_sheet(path)
    assert hint == evaluation.rulebook.id
    assert document["commune"] == "Thu Lũm"


def _rows_by_code(path: Path) -> dict[str, list[Any]]:
    if path.suffix == ".csv":
        rows: list[list[Any]] = [list(r) for r in read_csv_rows(path)]
    else:
        sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
    return {str(row[2]): row for row in rows[FIRST_DATA_ROW - 1 :] if len(row) > 2 and row[2]}


def test_evaluation_says_the_verdict_the_gap_and_what_blocks(tmp_path: Path) -> None:
    """Đánh giá holds the verdict and the gap with its unit; the summary the three states."""
    evaluation = thu_lum()
    path = tmp_path / "e.xlsx"
    write_evaluation(path, evaluation)
    rows = _rows_by_code(path)
    assert rows["1.1"][7] == "Đạt"
    assert rows["15.3"][7] == "Chưa đạt: vượt 2,4 điểm %"
    assert rows["6.3"][7].startswith("Chưa đạt: còn thiếu 8,33 điểm %; cần thêm 1 thôn, bản")
    assert rows["2.2"][7].startswith("Chưa đủ căn cứ đánh giá: chưa biết ngưỡng")
    assert rows["3.1"][6] == "412/450"
    sheet = openpyxl.load_workbook(path).worksheets[0]
    texts = [[c.value for c in row] for row in sheet.iter_rows()]
    summary = {str(row[1]): str(row[3]) for row in texts if row[1] and row[3]}
    assert summary["Số tiêu chí đạt"] == f"{evaluation.criteria_met}/19"
    assert summary["Kết luận"] == "Xã chưa đạt chuẩn nông thôn mới"
    assert "6.2" in summary["Chỉ tiêu chưa đạt"]
    assert "chưa biết ngưỡng" in summary["Chưa đánh giá được"]
    fills = {
        sheet.cell(r, 3).value: sheet.cell(r, 8).fill.fgColor.rgb
        for r in range(FIRST_DATA_ROW, sheet.max_row + 1)
        if sheet.cell(r, 3).value
    }
    assert fills["15.3"] != fills["1.1"] != fills["2.2"] != fills["15.3"]


def test_notes_and_sources_survive_evaluation(tmp_path: Path) -> None:
    """The sources and notes an official writes come out in the evaluated sheet."""
    book = edition(REGISTRY[1].id)
    typed, _ = _header(book, Region.TN, 2024, frozenset())
    cells = {
        (
            FIRST_DATA_ROW + [line.code for line in lines(book)].index("3.1"),
            11,
        ): "Báo cáo thống kê 2024"
    }
    path = fill(template(book, "xlsx"), tmp_path / "f.xlsx", typed, {"3.1": "85,5"}, cells)
    sheet = load_sheet(path)
    assert sheet.notes == {"3.1": ("Báo cáo thống kê 2024", "")}
    out = tmp_path / "e.csv"
    write_evaluation(out, evaluate(sheet.profile, sheet.rulebook), notes=sheet.notes)
    assert _rows_by_code(out)["3.1"][10] == "Báo cáo thống kê 2024"


def test_percent_formatted_cells_are_percentages(tmp_path: Path) -> None:
    """A cell typed 85% holds 0.85 with a percent format: it reads as 85 %."""
    book = edition(REGISTRY[1].id)
    typed, _ = _header(book, Region.TN, 2024, frozenset())
    path = fill(template(book, "xlsx"), tmp_path / "f.xlsx", typed, {"3.1": 0.855})
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    row = FIRST_DATA_ROW + [line.code for line in lines(book)].index("3.1")
    sheet.cell(row, 7).number_format = "0.0%"
    workbook.save(path)
    assert load_sheet(path).profile.values["3.1"].value == 85.5


def test_csv_is_utf8_with_a_bom_and_escapes_formulas(tmp_path: Path) -> None:
    """Excel shows the diacritics; a commune named like a formula stays text both ways."""
    profile = load_profile(
        {"commune": "=HYPERLINK(1)", "region": "TN", "year": 2024}, edition(REGISTRY[1].id)
    )
    path = tmp_path / "e.csv"
    write_evaluation(path, evaluate(profile))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK(1)" in raw.decode("utf-8-sig")
    assert load_sheet(path).profile.commune == "=HYPERLINK(1)"
    xlsx = tmp_path / "e.xlsx"
    write_evaluation(xlsx, evaluate(profile))
    assert load_sheet(xlsx).profile.commune == "=HYPERLINK(1)"


def test_a_provincial_table_derived_from_the_sheet_edition_is_accepted(tmp_path: Path) -> None:
    """A sheet made for the national set can be evaluated against a province's table."""
    from ntm_rules.overrides import apply_overrides, load_overrides  # noqa: PLC0415

    book = edition(REGISTRY[1].id)
    table = load_overrides(
        {
            "id": "lai-chau",
            "citation": {"instrument": "1487/QĐ-UBND"},
            "thresholds": {"3.1": {"all": 90}},
        }
    )
    provincial = apply_overrides(book, table)
    typed, _ = _header(book, Region.TN, 2024, frozenset())
    path = fill(template(book, "csv"), tmp_path / "f.csv", typed, {"3.1": "85,5"})
    sheet = load_sheet(path, provincial)
    assert sheet.rulebook is provincial
    assert evaluate(sheet.profile, provincial).indicator("3.1").status is Status.FAIL


def test_part_codes_name_composite_rows() -> None:
    """Parts are listed under their indicator, lettered: 5.a schools, 5.b, 5.c."""
    book = edition(REGISTRY[1].id)
    codes = [line.code for line in lines(book)]
    assert codes[codes.index("5") + 1 : codes.index("5") + 4] == ["5.a", "5.b", "5.c"]
    assert part_code("5", 2) == "5.c"


def test_a_sheet_with_the_old_part_codes_is_still_read(tmp_path: Path) -> None:
    """Sheets written before parts were lettered (``5:schools``) load as before."""
    book = edition(REGISTRY[1].id)
    old = tmp_path / "old.csv"
    write_template(old, book, column="TDMNPB", year=2025)
    text = old.read_text(encoding="utf-8-sig")
    for letter, name in zip("abc", ("schools", "meeting_minimum", "meeting_level_1"), strict=True):
        assert f",5.{letter}," in text
        text = text.replace(f",5.{letter},", f",5:{name},")
    old.write_text(text, encoding="utf-8-sig")
    header = {"commune": "Thu Lũm", "province": "Lai Châu", "dimension": "TDMNPB", "year": 2025}
    parts = {"5:schools": 4, "5:meeting_minimum": 4, "5:meeting_level_1": 2}
    sheet = load_sheet(fill(old, tmp_path / "filled.csv", header, parts))
    schools = sheet.profile.values["5"]
    assert isinstance(schools, Components)
    assert schools.parts == {
        "schools": 4,
        "meeting_minimum": 4,
        "meeting_level_1": 2,
    }
