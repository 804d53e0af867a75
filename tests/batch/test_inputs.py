"""Every input a batch reads gives the same results: CSV, Excel, Parquet, frames, Arrow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest

from ntm_rules import InvalidInputError
from ntm_rules.batch import RowProblem, evaluate_many, read_table
from ntm_rules.editions import edition

HEADER = ["commune", "province", "region", "year", "categories", "3.1", "3.2", "17.1"]
ROWS = [
    ["Thu Lũm", "Lai Châu", "TDMNPB", "2024", "especially_difficult", "85", "Đạt", "412/450"],
    ["Ka Lăng", "Lai Châu", "TDMNPB", "2024", "", "79,5", "Chưa đạt", ""],
    ["Mù Cả", "Điện Biên", "TN", "2025", "", "", "x", "90 %"],
]
EXPECTED = [("3.1", ["pass", "fail", "unknown"]), ("3.2", ["pass", "fail", "pass"])]


def _statuses(source: object, **options: Any) -> list[tuple[str, list[str]]]:
    result = evaluate_many(source, "2021-2025", **options)
    table = result.communes_table()
    return [(key, table[key].to_pylist()) for key, _ in EXPECTED]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    lines = [delimiter.join(f'"{cell}"' for cell in row) for row in [HEADER, *rows]]
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + "\n".join(lines).encode("utf-8"))
    return path


def test_csv_with_commas_semicolons_tabs_and_a_byte_order_mark(tmp_path: Path) -> None:
    assert _statuses(_csv(tmp_path / "a.csv", ROWS)) == EXPECTED
    assert _statuses(_csv(tmp_path / "b.csv", ROWS, ";", bom=True)) == EXPECTED
    assert _statuses(_csv(tmp_path / "c.tsv", ROWS, "\t")) == EXPECTED


def test_csv_cells_stay_text(tmp_path: Path) -> None:
    """1.234 is refused as ambiguous, as in a profile, not read as a float by the parser."""
    path = tmp_path / "t.csv"
    path.write_text("commune,region,year,3.1\nA,TN,2024,1.234\nB,TN,2024,12\n", encoding="utf-8")
    result = evaluate_many(path)
    assert result.evaluated == 1
    assert result.problems[0].row == 2
    assert result.problems[0].column == "3.1"
    assert "ambiguous" in result.problems[0].message


def test_csv_rows_are_numbered_as_the_file_shows_them(tmp_path: Path) -> None:
    text = (
        'commune,region,year,3.1\n\nA,TN,2024,85\n"B\nline two",TN,2024,85\n'
        "C,TN,2024,85,extra\nD,TN,2024,abc\n"
    )
    path = tmp_path / "odd.csv"
    path.write_text(text, encoding="utf-8")
    result = evaluate_many(path)
    assert result.rows.tolist() == [3, 4]
    assert result.communes.to_pylist() == ["A", "B\nline two"]
    assert [(p.row, p.column) for p in result.problems] == [(6, ""), (7, "3.1")]
    assert "5 fields where the header has 4" in result.problems[0].message
    assert (result.read, result.rejected, result.evaluated) == (4, 2, 2)


def test_plain_csv_rows_are_numbered_from_2(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("commune,region,year,3.1\nA,TN,2024,85\nB,TN,2024,200\n", encoding="utf-8")
    result = evaluate_many(path)
    assert result.rows.tolist() == [2]
    assert result.problems == (RowProblem(3, "3.1", "200 % is outside 0–100 %"),)


def test_parquet_and_arrow(tmp_path: Path) -> None:
    columns = list(zip(*ROWS, strict=True))
    table = pa.table({name: list(values) for name, values in zip(HEADER, columns, strict=True)})
    pq.write_table(table, tmp_path / "t.parquet")
    assert _statuses(tmp_path / "t.parquet") == EXPECTED
    assert _statuses(table) == EXPECTED
    assert _statuses(table.to_batches()[0]) == EXPECTED


def test_typed_columns_keep_their_kind() -> None:
    """A float column is read as numbers, a boolean one as answers, decimals exactly."""
    from decimal import Decimal  # noqa: PLC0415

    table = pa.table(
        {
            "commune": ["A", "B"],
            "region": ["TN", "TN"],
            "year": pa.array([2024, 2024], pa.int16()),
            "3.1": pa.array([Decimal("80.00"), Decimal("79.99")], pa.decimal128(5, 2)),
            "3.2": [True, False],
            "2.1": pa.array([100.0, None]),
            "categories": pa.array([["especially_difficult"], []]),
        }
    )
    result = evaluate_many(table)
    communes = result.communes_table()
    assert communes["3.1"].to_pylist() == ["pass", "fail"]
    assert communes["3.2"].to_pylist() == ["pass", "fail"]
    assert communes["2.1"].to_pylist()[1] == "unknown"
    assert communes["column"].to_pylist() == ["TDMNPB", "TN"]


def test_pandas_and_polars() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    data = {
        name: list(values) for name, values in zip(HEADER, zip(*ROWS, strict=True), strict=True)
    }
    assert _statuses(pd.DataFrame(data)) == EXPECTED
    assert _statuses(pl.DataFrame(data)) == EXPECTED
    mixed = pd.DataFrame(
        {"commune": ["A", "B"], "region": ["TN", "TN"], "year": [2024, 2024], "3.1": [85, "79,5"]}
    )
    mixed.loc[1, "3.2"] = float("nan")
    table = evaluate_many(mixed).communes_table()
    assert table["3.1"].to_pylist() == ["pass", "fail"]
    assert table["3.2"].to_pylist() == ["unknown", "unknown"]


def test_excel(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([])  # an empty first row: the headings are on row 2
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([int(c) if c.isdigit() else c for c in row])
    sheet.append(["Formula", "Lai Châu", "TN", 2024, "", "=80+5", "Đạt", ""])
    path = tmp_path / "t.xlsx"
    book.save(path)
    result = evaluate_many(path)
    table = result.communes_table()
    assert [(key, table[key].to_pylist()) for key, _ in EXPECTED] == EXPECTED
    assert result.rows.tolist() == [3, 4, 5]
    assert result.problems == (RowProblem(6, "3.1", "a formula: enter the value itself"),)


def test_headings_by_name_and_counts_in_two_columns() -> None:
    book = edition("vn.ntm.xa.2021_2025")
    name = book.indicator("3.1").name_vi
    table = {
        "Xã": ["A", "B", "C"],
        "Vùng": ["TN", "TN", "TN"],
        "Năm": [2024, 2024, 2024],
        name.upper(): ["85", "70", ""],
        "2.1.numerator": [10, 1, None],
        "2.1.tử số": [None, None, None],
        "2.1.mẫu số": [10, 2, None],
        "5.schools": [4, 4, None],
        "5.meeting_minimum": [4, 1, None],
        "5.meeting_level_1": [4, 0, None],
        "STT": [1, 2, 3],
    }
    result = evaluate_many(table, book)
    communes = result.communes_table()
    assert result.problems == (
        RowProblem(None, "2.1.tử số", "repeats the column '2.1.numerator'; not read"),
    )
    assert communes["3.1"].to_pylist() == ["pass", "fail", "unknown"]
    assert communes["2.1"].to_pylist() == ["pass", "fail", "unknown"]  # 100 % of the roads
    assert communes["5"].to_pylist() == ["pass", "fail", "unknown"]


def test_column_problems_are_reported_and_the_rows_still_read() -> None:
    table = {
        "commune": ["A"],
        "region": ["TN"],
        "year": [2024],
        "3.1": [85],
        "3,1": [1],
        "3.11": [1],
        "17.1.numerator": [3],
        "region ": ["TN"],
        "": [None],
    }
    result = evaluate_many(table, "2021-2025")
    assert result.evaluated == 1
    messages = {(p.column, p.message.split(";")[0]) for p in result.problems}
    assert ("3.11", "unknown column '3.11'") in messages
    assert ("17.1.numerator", "needs the column 17.1.denominator beside it") in messages
    assert ("region ", "repeats the column 'region'") in messages
    assert all(p.row is None for p in result.problems)


def test_a_table_without_commune_or_year_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="no commune column"):
        evaluate_many({"region": ["TN"], "year": [2024]})
    with pytest.raises(InvalidInputError, match="no region column"):
        evaluate_many({"commune": ["A"], "year": [2024]})
    with pytest.raises(InvalidInputError, match="no row has a year"):
        evaluate_many({"commune": ["A"], "region": ["TN"], "year": [1990]})


def test_unreadable_inputs(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_bytes(b"commune,year\n\xff\xfe,2024\n")
    (tmp_path / "t.parquet").write_bytes(b"not parquet")
    (tmp_path / "t.xlsx").write_bytes(b"not a zip")
    (tmp_path / "t.json").write_text("{}", encoding="utf-8")
    (tmp_path / "empty.csv").write_text("\n\n", encoding="utf-8")
    for name, message in [
        ("t.csv", "not UTF-8"),
        ("t.parquet", "not a Parquet file"),
        ("t.xlsx", "not an Excel"),
        ("t.json", "unknown table format"),
        ("empty.csv", "headings, is empty"),
        ("missing.csv", "cannot read the file"),
    ]:
        with pytest.raises(InvalidInputError, match=message):
            read_table(tmp_path / name)
    with pytest.raises(InvalidInputError, match="expected a file path"):
        evaluate_many(42)
    with pytest.raises(InvalidInputError, match="different lengths"):
        evaluate_many({"commune": ["A"], "year": [2024, 2025]})


def test_frames_go_through_narwhals() -> None:
    """The frame path, with the one frame library always present: pyarrow's own table."""
    from ntm_rules.batch import table as table_module  # noqa: PLC0415

    columns = {
        name: list(values) for name, values in zip(HEADER, zip(*ROWS, strict=True), strict=True)
    }
    raw = table_module._from_frame(pa.table(columns))
    assert raw.source == "data frame"
    assert raw.names == tuple(HEADER)
    assert raw.columns[5].to_pylist() == ["85", "79,5", ""]
    assert table_module._frame_value(float("nan")) is None
    assert table_module._frame_value("x") == "x"
