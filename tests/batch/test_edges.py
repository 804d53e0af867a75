"""Less common inputs and rulebooks: each gives the scalar verdicts or a named problem."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pytest
from attrs import evolve

import ntm_rules
from ntm_rules import InvalidInputError
from ntm_rules.batch import RowProblem, evaluate_many, read_table
from ntm_rules.batch import output as output_module
from ntm_rules.batch import table as table_module
from ntm_rules.batch.cells import Reader
from ntm_rules.batch.columns import Kind, kind_of, supports
from ntm_rules.batch.distinct import encode, value_key
from ntm_rules.batch.header import layout
from ntm_rules.batch.scalar import evaluate_rows
from ntm_rules.cli import main
from ntm_rules.editions import edition
from ntm_rules.evaluators.base import Context
from ntm_rules.measurements import Measurement
from ntm_rules.results import IndicatorResult

BOOK = edition("vn.ntm.xa.2021_2025")
BASE: dict[str, list[Any]] = {"commune": ["A", "B"], "region": ["TN", "TN"], "year": [2024, 2024]}


def _same(table: Any, book: ntm_rules.Rulebook = BOOK, **options: Any) -> Any:
    vector = evaluate_many(table, book, engine="vector", **options)
    scalar = evaluate_many(table, book, engine="scalar", **options)
    assert np.array_equal(vector.outcome.indicators, scalar.outcome.indicators)
    assert np.array_equal(vector.outcome.criteria, scalar.outcome.criteria)
    assert vector.problems == scalar.problems
    return vector


def test_an_indicator_class_that_evaluates_its_own_way() -> None:
    base = type(BOOK.indicator("3.1"))

    class Own(base):  # type: ignore[valid-type,misc]
        def evaluate(self, measurement: Measurement | None, context: Context) -> IndicatorResult:
            result: IndicatorResult = super().evaluate(measurement, context)
            return result

    own = Own(BOOK.indicator("3.1").thresholds)
    book = BOOK.with_indicators({"3.1": own})
    assert kind_of(own) is Kind.SCALAR
    result = _same({**BASE, "3.1": ["85", None]}, book)
    assert result.communes_table()["3.1"].to_pylist() == ["pass", "unknown"]


def test_criteria_that_compose_their_own_way_take_the_scalar_path() -> None:
    first = BOOK.criteria[0]

    class Own(type(first)):  # type: ignore[misc]
        def evaluate(self, values: Any, context: Context) -> Any:
            return super().evaluate(values, context)

    book = evolve(BOOK, criteria=(Own(first.indicators), *BOOK.criteria[1:]))
    assert not supports(book)
    rows = {key: list(value) * 300 for key, value in BASE.items()}
    assert evaluate_many(rows, book).engine == "scalar"
    with pytest.raises(InvalidInputError, match="compose their own way"):
        evaluate_many(BASE, book, engine="vector")


def test_composites_given_by_their_parts() -> None:
    table = {
        **BASE,
        "5": [{"schools": 4, "meeting_minimum": 4, "meeting_level_1": 3}, "Đạt"],
        "14.1": [{"grade_1_entry_rate": 99}, None],
    }
    result = _same(table)
    assert result.communes_table()["5"].to_pylist() == ["pass", "pass"]
    assert result.communes_table()["14.1"].to_pylist()[0] == "unknown"  # parts missing


def test_arrow_kinds() -> None:
    table = pa.table(
        {
            "commune": pa.array(["A", "B"]).dictionary_encode(),
            "region": pa.array(["TN", "TN"], pa.large_string()),
            "year": pa.array([2024.0, 2024.0]),
            "3.1": pa.array(
                [{"numerator": 9, "denominator": 10}, {"numerator": 1, "denominator": 2}]
            ),
            "3.2": pa.chunked_array([["Đạt"], ["x"]]),
        }
    )
    result = _same(table)
    assert result.communes_table()["3.1"].to_pylist() == ["pass", "fail"]
    assert result.communes_table()["3.2"].to_pylist() == ["pass", "pass"]


def test_text_that_is_not_clean_is_refused() -> None:
    table = {**BASE, "commune": ["A\x07", "B"], "province": ["P", 3]}
    result = evaluate_many(table)
    assert result.problems == (
        RowProblem(0, "commune", "text contains control characters"),
        RowProblem(1, "province", "expected text, got int 3"),
    )
    arrow = evaluate_many(pa.table({**BASE, "commune": ["A\x07", " "]}))
    assert [p.message for p in arrow.problems] == [
        "text contains control characters",
        "the commune's name is required",
    ]


def test_head_fields_as_frames_give_them() -> None:
    table = {
        "commune": ["A", "B", "C", "D"],
        "group": [2.0, None, "x", 1],
        "year": [2026, 2026, 2026, 2026],
        "agriculture_share": [None, "abc", None, None],
        "planned_urban": [None, None, None, "có"],
    }
    result = evaluate_many(table)
    assert result.rulebook.id == "vn.ntm.xa.2026_2030"
    assert result.communes_table()["column"].to_pylist() == ["2", "1"]
    assert [(p.row, p.column) for p in result.problems] == [
        (1, "agriculture_share"),
        (2, "group"),
    ]


def test_the_edition_comes_from_the_first_year_an_edition_covers() -> None:
    table = {
        "commune": ["A", "B", "C", "D"],
        "region": ["TN"] * 4,
        "year": [None, True, 1990, "2024"],
    }
    result = evaluate_many(table)
    assert result.rulebook.id == "vn.ntm.xa.2021_2025"
    assert result.rows.tolist() == [3]
    assert evaluate_many({**table, "year": [2024.0] * 4}).rulebook.id == "vn.ntm.xa.2021_2025"
    assert evaluate_many({**table, "year": [2024.5] * 4}, "2021-2025").evaluated == 0


def test_headings() -> None:
    name = BOOK.indicator("3.1").name_vi
    table = {
        **BASE,
        f"3.1. {name}": ["85", "70"],
        "3.1.numerator": [1, 1],
        "3.1.denominator": [1, 1],
        "1.1.numerator": [1, 1],
        "3.2.foo": [1, 1],
        "": ["x", None],
    }
    result = evaluate_many(table, BOOK)
    assert result.communes_table()["3.1"].to_pylist() == ["pass", "fail"]
    assert [(p.column, p.message.split(";")[0]) for p in result.problems] == [
        ("3.1.numerator", "3.1 is given whole in another column"),
        ("3.1.denominator", "3.1 is given whole in another column"),
        ("1.1.numerator", "unknown column '1.1.numerator'"),
        ("3.2.foo", "unknown column '3.2.foo'"),
        ("", "column 9 has no heading"),
    ]


def test_values_of_every_python_kind_are_keyed_apart() -> None:
    assert value_key(1) != value_key(1.0) != value_key(True)
    assert value_key({"a": [1]}) == value_key({"a": [1]})
    assert value_key({"a": {1, 2}}) is None
    assert value_key({1, 2}) is None
    column = encode([{"x": {1}}, {"x": {1}}, np.int64(3), 3, None])
    assert column.codes.tolist() == [0, 1, 2, 2, -1]


def test_mapping_inputs() -> None:
    with pytest.raises(InvalidInputError, match="column names are text"):
        read_table({1: [1]})
    with pytest.raises(InvalidInputError, match="expected a sequence"):
        read_table({"commune": "A"})
    table = read_table({"commune": np.array(["A"]), "year": pa.chunked_array([[2024]])})
    assert table.columns[0] == ["A"]


def test_scalar_progress_counts_every_row() -> None:
    book = edition("vn.ntm.xa.2021_2025.advanced")
    rows = {"commune": ["A"] * 2500, "region": ["TN"] * 2500, "year": [2024] * 2500}
    raw = read_table(rows)
    reader = Reader(book, layout(raw.names, book, lambda position: True))
    counted: list[int] = []
    evaluate_rows(book, reader.read(raw, 0, raw.length), reader, advance=counted.append)
    assert sum(counted) == 2500


def test_more_problems_than_are_printed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_text("commune,region,year\n" + "A,XX,2024\n" * 60, encoding="utf-8")
    assert main(["batch", str(source), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: row") == 50
    assert "10 more problems: see the problems view" in err


def test_excel_limits(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(output_module, "EXCEL_ROWS", 1)
    with pytest.raises(InvalidInputError, match="more than a sheet holds"):
        evaluate_many(BASE).write(tmp_path / "r.xlsx")


def test_csv_with_a_bare_carriage_return_and_an_open_quote(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b'commune,region,year\r\nA,TN,2024\r\r\n"B,TN,2024\n')
    table = read_table(path)
    assert table.row_numbers.tolist() == [2]
    assert table.problems == (
        RowProblem(4, "", "1 fields where the header has 3; the row is not read"),
    )


def _xlsx(files: dict[str, bytes], *, encrypted: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    data = bytearray(buffer.getvalue())
    if encrypted:  # set the "encrypted" bit of the central directory entry
        entry = data.index(b"PK\x01\x02")
        data[entry + 8] |= 0x1
    return bytes(data)


def test_bad_workbooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("openpyxl")
    monkeypatch.setattr(table_module, "MAX_XLSX_UNPACKED", 100)
    (tmp_path / "big.xlsx").write_bytes(_xlsx({"a": b"x" * 101}))
    with pytest.raises(InvalidInputError, match="unpacks to more than"):
        read_table(tmp_path / "big.xlsx")
    monkeypatch.undo()
    cases = {
        "encrypted.xlsx": (_xlsx({"a": b"x"}, encrypted=True), "encrypted"),
        "other.xlsx": (_xlsx({"a": b"x"}), "not a readable Excel workbook"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InvalidInputError, match=message):
            read_table(tmp_path / name)


def test_sheets(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    path = tmp_path / "empty.xlsx"
    book.save(path)
    with pytest.raises(InvalidInputError, match="the first sheet is empty"):
        read_table(path)
    sheet = book.active
    sheet.append(["commune", "region", "year", 3.1])
    sheet.append(["A", "TN", 2024, 85])
    sheet.append(["B", "TN", 2024, "=1/0"])
    sheet["D3"].value = "#DIV/0!"
    sheet["D3"].data_type = "e"
    sheet.append(["C", "TN", 2024, 70, "extra"])
    book.save(path)
    result = evaluate_many(path)
    assert result.rows.tolist() == [2, 4]
    assert [str(p) for p in result.problems] == [
        "header, 3.1: a number in the sheet, read as 3.1 (17.10 would be 17.1): type headings "
        "as text",
        "header: column 5 has no heading; not read",
        "row 3, 3.1: the error value #DIV/0!: enter the value itself",
    ]
    assert (result.read, result.rejected) == (3, 1)


def test_refused_cells_in_head_fields_and_parts(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["commune", "region", "year", "3.1.numerator", "3.1.denominator"])
    sheet.append(["A", "=B1", 2024, 1, 2])
    sheet.append(["B", "TN", 2024, "=1", 2])
    sheet.append(["=C1", "TN", 2024, 1, 2])
    path = tmp_path / "refused.xlsx"
    book.save(path)
    result = evaluate_many(path)
    assert [str(p) for p in result.problems] == [
        "row 2, region: a formula: enter the value itself",
        "row 3, 3.1.numerator: a formula: enter the value itself",
        "row 4, commune: a formula: enter the value itself",
    ]


def test_an_indicator_class_that_judges_its_own_way() -> None:
    base = type(BOOK.indicator("1.1"))

    class Own(base):  # type: ignore[valid-type,misc]
        def judge(self, measurement: Measurement, threshold: Any, context: Context) -> Any:
            return super().judge(measurement, threshold, context)

    own = Own(BOOK.indicator("1.1").thresholds)
    assert kind_of(own) is Kind.SCALAR
    result = _same({**BASE, "1.1": ["Đạt", "Chưa đạt"]}, BOOK.with_indicators({"1.1": own}))
    assert result.communes_table()["1.1"].to_pylist() == ["pass", "fail"]


def test_an_empty_table() -> None:
    result = evaluate_many({"commune": [], "region": [], "year": []}, BOOK)
    assert (result.read, result.evaluated) == (0, 0)
    assert result.communes_table().num_rows == 0
    assert result.aggregates()["summary"]["communes"].to_pylist() == [0]


def test_csv_shapes(tmp_path: Path) -> None:
    short = tmp_path / "short.csv"
    short.write_text("commune,region,year\nA,TN,2024\nB,TN\n", encoding="utf-8")
    assert read_table(short).problems == (
        RowProblem(3, "", "2 fields where the header has 3; the row is not read"),
    )
    quoted = tmp_path / "quoted.csv"
    quoted.write_text('commune,region,year\n"A\nB",TN,2024\nC,TN,2024\n', encoding="utf-8")
    assert read_table(quoted).row_numbers.tolist() == [2, 4]


def test_parts_and_lists_read_across_slices() -> None:
    table = {
        "commune": ["A", "-", "C", "D"],
        "region": ["TN"] * 4,
        "year": [2024] * 4,
        "2.1.numerator": [1, 1, 1, 2],
        "2.1.denominator": [1, 1, 1, 2],
    }
    result = evaluate_many(table, BOOK, chunk_rows=1)
    assert result.communes_table()["2.1"].to_pylist() == ["pass", "pass", "pass"]
    assert result.problems == (RowProblem(1, "commune", "the commune's name is required"),)


def test_pandas_missing_marks() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "commune": ["A", "B", "C"],
            "region": ["TN", "TN", "TN"],
            "year": [2024, 2024, 2024],
            "3.1": pd.Series([85, float("nan"), "79,5"], dtype=object),
            "3.2": pd.Series(["Đạt", 1, pd.NA], dtype=object),
        }
    )
    result = evaluate_many(frame)
    assert result.problems == ()
    assert result.communes_table()["3.1"].to_pylist() == ["pass", "unknown", "fail"]
    assert result.communes_table()["3.2"].to_pylist() == ["pass", "fail", "unknown"]
