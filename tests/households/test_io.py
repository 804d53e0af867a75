"""Every source reads the same, and every bad cell is named by row and field, the rest kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest

from ntm_rules import InvalidInputError
from ntm_rules.households.classify import HouseholdClass
from ntm_rules.households.review import classify_households

HEADER: list[Any] = ["household", "area", "members", "income_per_person_month", "uninsured_aged_6_plus",
          "water_source", "internet_users", "children_3_15", "children_3_15_at_school"]  # fmt: skip
ROWS: list[list[Any]] = [
    ["H1", "rural", 4, 1_500_000, 1, "surface_water", 0, 1, 1],  # 3 deprivations at the line: poor
    ["H2", "nông thôn", 3, 1_500_001, 0, "piped", 2, 0, 0],  # 1 VND above: average standard
    ["H3", "urban", 2, 3_000_001, 0, "piped", 1, 1, 0],  # above the urban band: other
]
EXPECTED = [HouseholdClass.POOR, HouseholdClass.AVERAGE, HouseholdClass.OTHER]


def _csv(path: Path, rows: list[list[Any]]) -> Path:
    lines = [",".join(HEADER)] + [",".join(str(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _classes(source: object) -> list[HouseholdClass]:
    return classify_households(source, year=2025).classes()


def test_every_kind_of_source_reads_the_same(tmp_path: Path) -> None:
    """CSV, Excel, Parquet, pyarrow, pandas, polars, a mapping and a YAML review agree."""
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    columns = {name: [row[n] for row in ROWS] for n, name in enumerate(HEADER)}
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, *ROWS]:
        sheet.append(list(row))
    book.save(tmp_path / "h.xlsx")
    pq.write_table(pa.table(columns), tmp_path / "h.parquet")
    review = tmp_path / "h.yaml"
    households = "\n".join(
        "  - {" + ", ".join(f"{k}: {v}" for k, v in zip(HEADER, row, strict=True)) + "}"
        for row in ROWS
    )
    review.write_text(
        f"schema: ntm_rules.households/1\nyear: 2025\nhouseholds:\n{households}\n", encoding="utf-8"
    )
    sources = [
        _csv(tmp_path / "h.csv", ROWS),
        tmp_path / "h.xlsx",
        tmp_path / "h.parquet",
        pa.table(columns),
        pd.DataFrame(columns),
        pl.DataFrame(columns),
        columns,
    ]
    for source in sources:
        assert _classes(source) == EXPECTED, source
    assert classify_households(review).classes() == EXPECTED


def test_bad_cells_are_named_by_row_and_column_and_the_rest_still_classified(
    tmp_path: Path,
) -> None:
    """A bad count, an ambiguous amount, a contradiction: each reported; the others classified."""
    rows = [
        ["H1", "rural", 4, 1_500_000, 1, "surface_water", 0, 1, 1],
        ["H2", "rural", "three", "1.234", 0, "piped", 1, 0, 0],
        ["H3", "rural", 2, 3_000_001, 0, "river", 1, 2, 3],
    ]
    result = classify_households(_csv(tmp_path / "bad.csv", rows), year=2025)
    found = {(p.row, p.column) for p in result.problems}
    assert found == {
        (3, "members"),
        (3, "income_per_person_month"),
        (4, "water_source"),
        (4, "children_3_15_at_school"),
    }
    messages = {p.column: p.message for p in result.problems}
    assert "ambiguous" in messages["income_per_person_month"]
    assert "more than children_3_15 (2)" in messages["children_3_15_at_school"]
    assert result.classes() == [
        HouseholdClass.POOR,
        HouseholdClass.CANNOT_CLASSIFY,
        HouseholdClass.OTHER,
    ]
    assert "income_per_person_month" in result.classification(1).missing


def test_a_household_of_no_members_and_unknown_columns(tmp_path: Path) -> None:
    """0 members is refused; an unknown heading is a header problem; the rest is read."""
    path = tmp_path / "h.csv"
    path.write_text(
        "household,area,members,colour,income_per_person_month\nA,rural,0,red,2000000\n",
        encoding="utf-8",
    )
    result = classify_households(path, year=2025)
    assert {(p.row, p.column) for p in result.problems} == {(None, "colour"), (2, "members")}
    assert result.classes() == [HouseholdClass.AVERAGE]


def test_a_table_without_any_fact_cannot_be_read(tmp_path: Path) -> None:
    """No column names a fact: the whole file is refused (exit 2 in the CLI)."""
    path = tmp_path / "h.csv"
    path.write_text("name,colour\nA,red\n", encoding="utf-8")
    with pytest.raises(InvalidInputError):
        classify_households(path, year=2025)
    with pytest.raises(InvalidInputError) as caught:
        classify_households({"members": [1]})
    assert caught.value.problems[0].field == "year"


def test_year_column_chooses_the_standard_and_other_years_are_reported(tmp_path: Path) -> None:
    """The review's year (the first row's) chooses 351/2025 for 2027; a 2026 row is reported."""
    path = tmp_path / "h.csv"
    path.write_text(
        "year,area,income_per_person_month\n2027,rural,2200000\n2026,rural,1\n", encoding="utf-8"
    )
    result = classify_households(path)
    assert result.standard.id == "vn.poverty.2027_2030"
    assert [(p.row, p.column) for p in result.problems] == [(3, "year")]


def test_duplicate_household_ids_are_reported(tmp_path: Path) -> None:
    """The same identifier twice: the second is reported, both classified."""
    result = classify_households(
        {"household": ["A", "A"], "area": ["rural"] * 2, "income_per_person_month": [3e6, 3e6]},
        year=2025,
    )
    assert [(p.row, p.column) for p in result.problems] == [(1, "household")]
    assert result.classes() == [HouseholdClass.OTHER] * 2


def test_excel_formulas_are_refused_per_cell(tmp_path: Path) -> None:
    """A formula is not a value: that cell is reported, the row kept."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["area", "members", "income_per_person_month"])
    sheet.append(["rural", "=1+1", 3_000_000])
    book.save(tmp_path / "f.xlsx")
    result = classify_households(tmp_path / "f.xlsx", year=2025)
    assert [(p.row, p.column) for p in result.problems] == [(2, "members")]
    assert result.classes() == [HouseholdClass.OTHER]


def test_member_lists_problems_name_the_member_and_field() -> None:
    """A member's bad age is reported at members[i].age; the household keeps its size."""
    document = {
        "schema": "ntm_rules.households/1",
        "year": 2025,
        "area": "rural",
        "households": [
            {
                "household": "A",
                "members": [{"age": "forty"}, {"age": 3}],
                "income_per_person_month": 4e6,
                "colour": 1,
            },
            {"household": "B", "members": [{"age": 30, "dependant": True}], "dependants": 0},
        ],
    }
    result = classify_households(document)
    assert {(p.row, p.column) for p in result.problems} == {
        (0, "members[0].age"),
        (0, "colour"),
        (1, "dependants"),
    }
    assert result.table.columns["members"].tolist() == [2.0, 1.0]
    assert np.isnan(result.table.columns["dependants"][1])
    assert result.classes()[0] is HouseholdClass.OTHER


def test_members_that_are_not_records_or_impossible_are_named() -> None:
    """A member that is not a mapping, an age no person has, an answer off its list."""
    document = {
        "schema": "ntm_rules.households/1",
        "year": 2025,
        "area": "rural",
        "households": [
            {
                "household": "A",
                "income_per_person_month": 1,
                "members": [None, 5, {"age": -5}, {"age": 10**9}, {"age": 30, "sex": "x"}],
            }
        ],
    }
    result = classify_households(document)
    found = {p.column: p.message for p in result.problems}
    assert set(found) == {
        "members[0]",
        "members[1]",
        "members[2].age",
        "members[3].age",
        "members[4].sex",
    }
    assert found["members[4].sex"] == "expected one of male, female"
    assert found.keys() >= {"members[0]"}
    assert all("ntm_rules" not in message for message in found.values())
    assert result.table.columns["members"].tolist() == [5.0]


def test_an_id_that_is_not_text_is_a_problem_not_a_new_id() -> None:
    """A household id given as a mapping was silently written "0"."""
    document = {
        "schema": "ntm_rules.households/1",
        "year": 2025,
        "households": [
            {"household": {"x": 1}, "area": "rural", "income_per_person_month": 1, "members": 2}
        ],
    }
    result = classify_households(document)
    assert [(p.row, p.column) for p in result.problems] == [(0, "household")]


def test_values_with_units_and_words() -> None:
    """Amounts with units, areas in m², yes/no in both languages, codes in any case."""
    result = classify_households(
        {
            "area": ["Đô thị"],
            "members": ["2"],
            "income_per_person_month": ["1,9 triệu đồng/người/tháng"],
            "floor_area": ["15,5 m²"],
            "walls_durable": ["không"],
            "roof_durable": ["no"],
            "water_source": ["Drilled well"],
        },
        year=2025,
    )
    assert not result.problems
    columns = result.table.columns
    assert columns["income_per_person_month"][0] == 1_900_000
    assert columns["floor_area"][0] == 15.5
    household = result.household(0)
    assert (household.area, household.walls_durable, household.water_source) == (
        "urban",
        False,
        "drilled_well",
    )
