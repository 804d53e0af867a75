"""Edition files as workbooks: the same edition as the YAML file, every problem at its cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

import ntm_rules
from ntm_rules import Verdict
from ntm_rules.cli import main
from ntm_rules.criteria.commune_2016_2020.environment_food_safety import HygienicWater
from ntm_rules.examples import example_profile_path
from ntm_rules.workbooks import (
    load_edition_workbook,
    read_edition_workbook,
    write_edition_workbook,
)
from tests.strategies import profile_documents

BUILT_IN = ntm_rules.load_rulebook("2021-2025")


@pytest.fixture(scope="module")
def copy_2021(tmp_path_factory: pytest.TempPathFactory) -> ntm_rules.Rulebook:
    path = tmp_path_factory.mktemp("edition") / "2021.xlsx"
    write_edition_workbook(path, BUILT_IN)
    return load_edition_workbook(path)


def _signature(evaluation: ntm_rules.Evaluation) -> list[tuple[object, ...]]:
    return [
        (r.id, r.status, r.gap, r.count_needed, r.verification, r.reason)
        for r in evaluation.indicators
    ]


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(document=profile_documents())
def test_a_workbook_copy_gives_identical_verdicts(
    copy_2021: ntm_rules.Rulebook, document: dict[str, Any]
) -> None:
    """The 2021–2025 edition written as a workbook and read back judges every profile alike."""
    ours = ntm_rules.evaluate(ntm_rules.load_profile(document, BUILT_IN), BUILT_IN)
    theirs = ntm_rules.evaluate(ntm_rules.load_profile(document, copy_2021), copy_2021)
    assert _signature(ours) == _signature(theirs)
    assert ours.verdict is theirs.verdict
    assert ours.column.column == theirs.column.column


def test_every_figure_keeps_its_status_citation_and_date(copy_2021: ntm_rules.Rulebook) -> None:
    """Thresholds and rule figures, with their dated histories, survive the workbook."""
    for ours, theirs in zip(BUILT_IN.indicators(), copy_2021.indicators(), strict=True):
        assert ours.thresholds.cells == theirs.thresholds.cells, ours.id
        assert ours.parameters.keys() == theirs.parameters.keys()
        for name, table in ours.parameters.items():
            assert table.cells == theirs.parameters[name].cells, (ours.id, name)
    assert copy_2021.column_rules == BUILT_IN.column_rules


def test_the_2016_2020_edition_round_trips(tmp_path: Path) -> None:
    """Its composite water rule (two shares) is named by its key, so it loads back."""
    book = ntm_rules.load_rulebook("2016-2020")
    write_edition_workbook(tmp_path / "2016.xlsx", book)
    copy = load_edition_workbook(tmp_path / "2016.xlsx")
    water = next(i for i in copy.indicators() if i.id == "17.1")
    assert isinstance(water, HygienicWater)
    profile = example_profile_path("thu-lum-2020")
    ours = ntm_rules.evaluate(ntm_rules.load_profile(profile, book), book)
    theirs = ntm_rules.evaluate(ntm_rules.load_profile(profile, copy), copy)
    assert _signature(ours) == _signature(theirs)


def _fill_2026(path: Path, *, value: str = "70,5 %") -> None:
    """The 2026–2030 workbook filled as a province would (a fixture, not real figures)."""
    book = openpyxl.load_workbook(path)
    indicators = book["Chỉ tiêu"]
    for row in range(2, indicators.max_row + 1):
        indicators.cell(row, 6).value = f"Chỉ tiêu thử {indicators.cell(row, 5).value}"
        indicators.cell(row, 7).value = f"Test indicator {indicators.cell(row, 5).value}"
    figures = book["Ngưỡng"]
    group_values: dict[str, int | str] = {"1": 90, "2": "80 %", "3": value}
    for row in range(2, figures.max_row + 1):
        figures.cell(row, 4).value = group_values[str(figures.cell(row, 3).value)]
        figures.cell(row, 6).value = "Chưa kiểm chứng"
        figures.cell(row, 7).value = "Test fixture (not a real decision)"
    book["Ấn bản"].cell(3, 3).value = "fixture-2026"
    book.save(path)


def test_the_cli_writes_a_2026_workbook_that_evaluates_once_filled(tmp_path: Path) -> None:
    """`rulebook template -o x.xlsx` writes the workbook; filled, `--rulebook` uses it."""
    path = tmp_path / "2026.xlsx"
    assert main(["rulebook", "template", "--edition", "2026-2030", "-o", str(path)]) == 0
    _fill_2026(path)
    book = ntm_rules.load_rulebook(str(path))
    assert book.derived_from == "vn.ntm.xa.2026_2030"
    values = {f"{n}.1": 70.5 for n in range(1, 11)}
    group_3 = {"commune": "A", "year": 2026, "categories": ["ethnic_minority_zone_iii"]}
    met = ntm_rules.evaluate(ntm_rules.load_profile({**group_3, "values": values}, book), book)
    assert met.column.column.code == "3"
    assert met.verdict is Verdict.MET  # 70.5 % meets a 70,5 % bar exactly
    short = ntm_rules.evaluate(
        ntm_rules.load_profile({"commune": "A", "year": 2026, "values": values}, book), book
    )
    assert short.verdict is Verdict.NOT_MET  # group 2 needs 80 %
    profile = tmp_path / "p.yaml"
    profile.write_text("commune: A\nyear: 2026\ngroup: 1\nvalues: {'1.1': 95}\n", encoding="utf-8")
    assert main(["evaluate", str(profile), "--rulebook", str(path), "--format", "json"]) == 0


def test_the_unfilled_workbook_names_every_cell_to_fill(tmp_path: Path) -> None:
    path = tmp_path / "2026.xlsx"
    write_edition_workbook(path, ntm_rules.load_rulebook("2026-2030"))
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_edition_workbook(path)
    fields = [problem.field for problem in caught.value.problems]
    assert len(fields) == 20
    assert 'sheet "Chỉ tiêu", row 2, column F (Nội dung chỉ tiêu)' in fields


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    book = openpyxl.load_workbook(path)
    book[sheet][cell].value = value
    book.save(path)


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "where", "says"),
    [
        ("Chỉ tiêu", "H2", "guess", "row 2, column H", "unknown kind"),
        ("Ngưỡng", "D2", "80 %%", "row 2, column D", ""),
        ("Ngưỡng", "D3", dt.date(2026, 1, 1), "row 3, column D", "date"),
        ("Ngưỡng", "F2", "maybe", "row 2, column F", ""),
        ("Ngưỡng", "A2", 1.1, "row 2, column A", "format the cell as text"),
        ("Ngưỡng", "A2", "99.9", "row 2, column A", "not an indicator"),
        ("Ngưỡng", "E2", "31/02/2026", "row 2, column E", "date"),
        ("Ấn bản", "B3", "nonsense", "row 3, column B", "unknown key"),
        ("Chỉ tiêu", "Q1", "Extra", "row 1, column Q", "unknown or repeated heading"),
        ("Chỉ tiêu", "A3", "1", "row 3, column B", "differs"),
    ],
)
def test_bad_cells_are_named_by_sheet_row_and_column(  # noqa: PLR0917 - one case per row
    tmp_path: Path, sheet: str, cell: str, value: object, where: str, says: str
) -> None:
    path = tmp_path / "2026.xlsx"
    write_edition_workbook(path, ntm_rules.load_rulebook("2026-2030"))
    _fill_2026(path)
    _edit(path, sheet, cell, value)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_edition_workbook(path)
    problems = caught.value.problems
    assert any(f'sheet "{sheet}", {where}' in p.field and says in p.reason for p in problems), (
        problems
    )


def test_structure_problems_name_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "2026.xlsx"
    write_edition_workbook(path, ntm_rules.load_rulebook("2026-2030"))
    book = openpyxl.load_workbook(path)
    del book["Ngưỡng"]
    book.create_sheet("Notes")
    book["Chỉ tiêu"].merge_cells("A2:B2")
    book.save(path)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        read_edition_workbook(path)
    text = str(caught.value)
    assert 'sheet "Notes": an unknown sheet' in text
    assert 'no sheet "Ngưỡng"' in text
    assert "merged cells" in text


def test_a_merge_is_blamed_on_its_own_sheet_only(tmp_path: Path) -> None:
    """One merged range: one problem, on that sheet; no other sheet blamed or called missing."""
    path = tmp_path / "2026.xlsx"
    write_edition_workbook(path, ntm_rules.load_rulebook("2026-2030"))
    book = openpyxl.load_workbook(path)
    book["Ngưỡng"].merge_cells("M5:N5")
    book.save(path)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        read_edition_workbook(path)
    fields = [problem.field for problem in caught.value.problems]
    assert fields == ['sheet "Ngưỡng"'], caught.value.problems


def test_english_sheets_and_headings_are_read_alike(tmp_path: Path) -> None:
    """A workbook written with --lang en loads to the same edition."""
    path = tmp_path / "en.xlsx"
    write_edition_workbook(path, BUILT_IN, "en")
    assert openpyxl.load_workbook(path).sheetnames[0] == "Edition"
    copy = load_edition_workbook(path)
    assert [i.thresholds.cells for i in copy.indicators()] == [
        i.thresholds.cells for i in BUILT_IN.indicators()
    ]


def test_a_bad_citation_cell_is_one_problem(tmp_path: Path) -> None:
    """A figure's citation is read once, though the loader may name the figure two ways."""
    path = tmp_path / "2026.xlsx"
    write_edition_workbook(path, ntm_rules.load_rulebook("2026-2030"))
    _fill_2026(path)
    _edit(path, "Ngưỡng", "G2", True)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_edition_workbook(path)
    at_cell = [p for p in caught.value.problems if 'sheet "Ngưỡng", row 2, column G' in p.field]
    assert len(at_cell) == 1, caught.value.problems


def test_a_sheet_of_bad_cells_reports_the_first_hundred(tmp_path: Path) -> None:
    """483 bad statuses: 100 problems, each at its row, then "… and N more" (bounded output)."""
    path = tmp_path / "2021.xlsx"
    write_edition_workbook(path, BUILT_IN)
    book = openpyxl.load_workbook(path)
    sheet = book["Ngưỡng"]
    status = [cell.value for cell in sheet[1]].index("Mức kiểm chứng") + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, status, "chắc chắn")
    book.save(path)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        read_edition_workbook(path)
    problems = caught.value.problems
    assert len(problems) == 101
    assert all('sheet "Ngưỡng", row' in problem.field for problem in problems[:100])
    assert f"and {sheet.max_row - 1 - 100} more" in str(problems[-1])
