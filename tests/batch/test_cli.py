"""``ntm-rules batch``: bad rows, --strict, every output format, the summary, progress."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest

from ntm_rules.batch import evaluate_many
from ntm_rules.batch.progress import Progress
from ntm_rules.cli import main

TABLE = (
    "commune,province,region,year,3.1,3.2\n"
    "Thu Lũm,Lai Châu,TDMNPB,2024,85,Đạt\n"
    "Ka Lăng,Lai Châu,TDMNPB,2024,abc,Đạt\n"
    ",Lai Châu,TDMNPB,2024,85,Đạt\n"
    "Mù Cả,Điện Biên,XX,2024,79,maybe\n"
    ",,,,,\n"
    "Pa Tần,Điện Biên,TN,2024,79,Chưa đạt\n"
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "communes.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_bad_rows_are_reported_and_skipped(source: Path) -> None:
    result = evaluate_many(source)
    assert (result.read, result.evaluated, result.rejected) == (5, 2, 3)
    assert result.rows.tolist() == [2, 7]
    assert [str(p) for p in result.problems] == [
        "row 3, 3.1: 'abc' does not start with a number",
        "row 4, commune: the commune's name is required",
        "row 5, region: unknown region 'XX'",
        "row 5, 3.2: expected Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không "
        "(as assessed), or the checklist score in points (0–100), got the text 'maybe'",
    ]


def test_batch_writes_every_view_as_csv(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "batch", str(source), "-o", str(tmp_path / "r.csv"), "--lang", "en"
    )
    assert code == 0
    assert "2 communes evaluated, 3 rows rejected (5 read)" in out
    assert "met the standard: 0 (0.0 %); not met: 1; cannot conclude: 1" in out
    assert "QĐ 07/2022 bands: under 15: 2; 15–18: 0; all 19: 0" in out
    assert err.count("warning: row") == 4
    names = sorted(p.name for p in tmp_path.glob("r*.csv"))
    assert names == [
        "r.criteria.csv",
        "r.csv",
        "r.distribution.csv",
        "r.indicators.csv",
        "r.problems.csv",
        "r.summary.csv",
    ]
    communes = (tmp_path / "r.csv").read_bytes()
    assert communes.startswith(b"\xef\xbb\xbf")
    assert '"Thu Lũm","Lai Châu"' in communes.decode("utf-8-sig")
    problems = (tmp_path / "r.problems.csv").read_text(encoding="utf-8-sig")
    assert '3,"3.1","\'abc\' does not start with a number"' in problems


def test_vietnamese_summary(capsys: pytest.CaptureFixture[str], source: Path) -> None:
    code, out, _ = run(capsys, "batch", str(source))
    assert code == 0
    assert "đánh giá 2 xã, loại 3 dòng (đọc 5 dòng)" in out
    assert "đạt chuẩn: 0 (0,0 %)" in out


def test_strict_exits_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "r.csv"), "--strict")
    assert code == 2
    assert out == ""
    assert "error: row 3, 3.1: 'abc' does not start with a number" in err
    assert not list(tmp_path.glob("r*"))


def test_parquet_and_excel_outputs(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    assert run(capsys, "batch", str(source), "-o", str(tmp_path / "r.parquet"))[0] == 0
    communes = pq.read_table(tmp_path / "r.parquet")
    assert communes["3.1"].to_pylist() == ["pass", "fail"]
    assert pq.read_table(tmp_path / "r.summary.parquet")["communes"].to_pylist()[0] == 2
    openpyxl = pytest.importorskip("openpyxl")
    assert run(capsys, "batch", str(source), "-o", str(tmp_path / "r.xlsx"))[0] == 0
    book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert book.sheetnames == [
        "communes",
        "summary",
        "distribution",
        "criteria",
        "indicators",
        "problems",
    ]
    rows = list(book["communes"].iter_rows(values_only=True))
    assert rows[0][:3] == ("row", "commune", "province")
    assert rows[1][:3] == (2, "Thu Lũm", "Lai Châu")


def test_bad_arguments(capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "r.json"))
    assert code == 2
    assert "unknown output format .json" in err
    code, _, err = run(capsys, "batch", str(tmp_path / "none.csv"))
    assert code == 2
    assert "cannot read the file" in err
    code, _, err = run(capsys, "batch", str(source), "--tier", "model")
    assert code == 2
    assert "basic or advanced" in err
    code, _, err = run(capsys, "batch", str(source), "--rulebook", "2021-2025", "--edition", "x")
    assert code == 2
    code, _, err = run(capsys, "batch", str(source), "-o", str(tmp_path / "no" / "r.csv"))
    assert code == 1
    assert "cannot write" in err
    assert "r.csv" in err


def test_edition_and_engine_options(capsys: pytest.CaptureFixture[str], source: Path) -> None:
    code, out, _ = run(
        capsys, "batch", str(source), "--edition", "2021-2025", "--engine", "scalar", "--quiet"
    )
    assert code == 0
    assert out.startswith("vn.ntm.xa.2021_2025: đánh giá 2 xã")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with Progress(10, enabled=True, file=stream, delay=0) as advance:
            advance(10)
    assert "communes/s" in terminal.getvalue()
    assert pipe.getvalue() == ""
    quiet = _Terminal()
    with Progress(10, enabled=False, file=quiet, delay=0) as advance:
        advance(10)
    assert quiet.getvalue() == ""


def test_ntm_rules_imports_without_numpy(tmp_path: Path, source: Path) -> None:
    """Neither the library nor the other commands need the batch extra."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('numpy', 'pyarrow', 'narwhals', 'tqdm'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n",
        encoding="utf-8",
    )
    code = (
        "import ntm_rules, ntm_rules.cli, sys; "
        "assert 'numpy' not in sys.modules; "
        "code = ntm_rules.cli.main(['batch', sys.argv[1]]); "
        "print(code, ntm_rules.cli.main(['rulebook', '--region', 'TN']) )"
    )
    env = {"PYTHONPATH": f"{tmp_path}:{Path(__file__).resolve().parents[2] / 'src'}"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(source)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "2 0"
    assert "needs the batch extra: pip install 'ntm-rules[batch]'" in done.stderr
