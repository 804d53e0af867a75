"""The ntm-rules command line: outputs, JSON shapes and exit statuses."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ntm_rules
from ntm_rules.cli import main

REGIONS = {"TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_example_table_in_vietnamese_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    """The example prints 19 criteria, in Vietnamese by default and English with --lang en."""
    code, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025")
    assert code == 0
    assert "Quy hoạch" in out
    assert "Số tiêu chí đạt" in out
    code, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025", "--lang", "en")
    assert "Planning" in out
    assert "Criteria met" in out


def test_example_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON evaluation has the documented keys."""
    code, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert document["schema"] == "ntm_rules.evaluation/1"
    assert document["region_column"]["column"] == "TDMNPB"
    assert len(document["criteria"]) == 19
    indicator = document["criteria"][0]["indicators"][0]
    assert {"id", "status", "value", "threshold", "gap", "verification", "citation"} <= set(
        indicator
    )
    assert set(document["summary"]) >= {"criteria_met", "criteria_total", "standard_met"}


def test_rulebook_json_lists_every_indicator_and_region(capsys: pytest.CaptureFixture[str]) -> None:
    """Every indicator has both names, unit, direction and an entry for each region."""
    code, out, _ = run(capsys, "rulebook", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert len(document["criteria"]) == 19
    indicators = [i for c in document["criteria"] for i in c["indicators"]]
    assert len(indicators) == 56
    for indicator in indicators:
        assert indicator["name_vi"]
        assert indicator["name_en"]
        assert indicator["unit"]
        assert indicator["direction"] in {"at_least", "at_most", "achieved"}
        assert set(indicator["thresholds"]) == REGIONS
        for cell in indicator["thresholds"].values():
            assert cell["verification"] in {"verified", "unverified", "unknown"}
            assert cell["citation"]["instrument"]


def test_rulebook_table_for_one_region(capsys: pytest.CaptureFixture[str]) -> None:
    """--region restricts the columns."""
    code, out, _ = run(capsys, "rulebook", "--region", "tn", "--year", "2022", "--lang", "en")
    assert code == 0
    assert " TN" in out
    assert "DBSCL" not in out


def test_explain_with_example(capsys: pytest.CaptureFixture[str]) -> None:
    """explain prints the reasoning and the legal basis."""
    code, out, _ = run(capsys, "explain", "--example", "thu-lum-2025", "3.1", "--lang", "en")
    assert code == 0
    assert "legal basis" in out
    assert "QĐ 1680" in out


def test_explain_with_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """explain FILE ID works on a file."""
    path = tmp_path / "p.yaml"
    path.write_text('commune: A\nregion: TN\nyear: 2025\nvalues: {"3.1": 70}\n', encoding="utf-8")
    code, out, _ = run(capsys, "explain", str(path), "3.1")
    assert code == 0
    assert "Không đạt" in out


def test_bad_input_exits_2_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Bad input: exit 2, each problem on stderr naming its key, no traceback."""
    path = tmp_path / "bad.yaml"
    path.write_text(
        'commune: A\nregion: TN\nyear: 2025\nvalues: {"3.1": 120, "99": 1}\n', encoding="utf-8"
    )
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 2
    assert out == ""
    assert 'values."3.1": 120 % is outside 0–100 %' in err
    assert 'values."99"' in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("evaluate", "missing-file.yaml"),
        ("evaluate", "--example", "nowhere"),
        ("explain", "--example", "thu-lum-2025", "99.9"),
        ("rulebook", "--region", "Mars"),
        ("evaluate", "--example", "thu-lum-2025", "--rulebook", "no-such-book"),
        ("explain", "--example", "thu-lum-2025"),
    ],
)
def test_other_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """Unknown files, examples, indicators, regions and rulebooks exit 2."""
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "error:" in err


def _cli(*argv: str) -> subprocess.CompletedProcess[bytes]:
    """The installed command in a real process, as a shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "ntm_rules.cli", *argv], capture_output=True, timeout=60, check=False
    )


def test_a_closed_pipe_ends_quietly() -> None:
    """`ntm-rules … | head -1`: no traceback, no error, exit 0."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ntm_rules.cli", "rulebook", "--format", "json"],  # 260 kB
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # the reader goes away, as `head` does
    code = process.wait(timeout=60)
    errors = process.stderr.read()
    process.stderr.close()
    assert errors == b""
    assert code == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_1() -> None:
    """Writing to a full device: one error line, exit 1, no traceback."""
    with Path("/dev/full").open("wb") as full:
        process = subprocess.run(
            [sys.executable, "-m", "ntm_rules.cli", "rulebook"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    lines = process.stderr.decode().splitlines()
    assert process.returncode == 1
    assert lines == ["error: cannot write the output (No space left on device)"]


@pytest.mark.parametrize("year", ["0", "1999", "2031", "-5", "99999999999999999999"])
def test_rulebook_years_outside_the_edition(capsys: pytest.CaptureFixture[str], year: str) -> None:
    """A year the edition does not cover is an error, never a table printed as if in force."""
    code, out, err = run(capsys, "rulebook", "--year", year)
    assert code == 2
    assert out == ""
    assert err.startswith("error: --year:")
    assert "2022–2025" in err


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "/"])
def test_special_files_are_refused(capsys: pytest.CaptureFixture[str], special: str) -> None:
    """Only regular files are read: /dev/zero cannot make the command run forever."""
    code, out, err = run(capsys, "evaluate", special)
    assert (code, out) == (2, "")
    assert "not a regular file" in err


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A named pipe is refused before it is opened (opening it would block)."""
    fifo = tmp_path / "profile.yaml"
    os.mkfifo(fifo)
    process = _cli("evaluate", str(fifo))
    assert process.returncode == 2
    assert b"not a regular file" in process.stderr


def test_an_undecodable_file_name_is_escaped(tmp_path: Path) -> None:
    """A file name that is not UTF-8 is shown escaped in the error, not a crash."""
    process = subprocess.run(
        [sys.executable.encode(), b"-m", b"ntm_rules.cli", b"evaluate", b"\xff\xfe.yaml"],
        capture_output=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert process.returncode == 2
    assert b"Traceback" not in process.stderr
    assert process.stderr.startswith(b"error: ")


def test_summary_names_the_failing_indicators(capsys: pytest.CaptureFixture[str]) -> None:
    """The summary says which indicators fail, not only which rest on unverified figures."""
    _, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025", "--lang", "en")
    assert "Indicators not met: 5, 6.2" in out
    _, out, _ = run(capsys, "evaluate", "--example", "thu-lum-2025")
    assert "Chỉ tiêu không đạt: 5, 6.2" in out
    assert "xã chưa đạt chuẩn nông thôn mới" in out


@pytest.mark.parametrize(
    ("example", "edition"),
    [
        ("thu-lum-2020", "vn.ntm.xa.2016_2020"),
        ("thu-lum-2025", "vn.ntm.xa.2021_2025"),
        ("thu-lum-2026", "vn.ntm.xa.2026_2030"),
    ],
)
def test_each_edition_evaluates_its_example(
    capsys: pytest.CaptureFixture[str], example: str, edition: str
) -> None:
    """The edition in force for the example's year judges it, and the document says why."""
    code, out, _ = run(capsys, "evaluate", "--example", example, "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert document["rulebook"] == edition
    assert document["edition_basis"] == "year"


def test_tiers_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--tier advanced and --tier model judge the advanced example; modern is refused."""
    args = ("evaluate", "--example", "thu-lum-2025-advanced")
    code, out, _ = run(capsys, *args, "--tier", "advanced", "--format", "json")
    assert (code, json.loads(out)["rulebook"]) == (0, "vn.ntm.xa.2021_2025.advanced")
    facts = tmp_path / "facts.yaml"
    facts.write_text("smart_village_models: 0\nstandout_field_met: true\n", encoding="utf-8")
    code, out, _ = run(capsys, *args, "--tier", "model", "--facts", str(facts), "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert document["verdict"] == "not_met"  # no smart village: 319 asks for at least one
    assert {c["key"]: c["status"] for c in document["conditions"]}["smart_village"] == "fail"
    code, _, err = run(capsys, *args, "--tier", "modern")
    assert code == 2
    assert "tier" in err


@pytest.mark.parametrize(
    "command",
    [
        "evaluate --example thu-lum-2025 --detail",
        "rulebook",
        "plan progress --example thu-lum-2025",
        "plan show --example thu-lum-2025",
    ],
)
def test_terminal_output_fits_100_columns(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Long names wrap instead of being cut; --width widens the tables."""
    for lang in ("vi", "en"):
        code, out, _ = run(capsys, *command.split(), "--lang", lang)
        assert code == 0
        assert max(len(line) for line in out.splitlines()) <= 100, (command, lang)
    code, out, _ = run(capsys, *command.split(), "--width", "160")
    assert max(len(line) for line in out.splitlines()) <= 160
    if command.endswith("--detail"):
        # 5's name ends "…đạt tiêu chuẩn cơ sở vật chất theo quy định": wrapped, not cut
        assert "theo quy định" in out


def test_version_explain_several_and_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    """--version, explain of several indicators, and --fail-on for scripted checks."""
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"ntm-rules {ntm_rules.__version__}")
    code, out, _ = run(capsys, "explain", "--example", "thu-lum-2025", "3.1", "5", "--lang", "en")
    assert code == 0
    assert out.startswith("3.1 ")
    assert "\n\n5 " in out
    assert run(capsys, "evaluate", "--example", "thu-lum-2025", "--fail-on", "not-met")[0] == 3
    assert run(capsys, "evaluate", "--example", "thu-lum-2026", "--fail-on", "not-met")[0] == 0
    failing = ("evaluate", "--example", "thu-lum-2026", "--fail-on", "cannot-conclude")
    assert run(capsys, *failing)[0] == 3


def test_output_goes_to_the_file_named_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o FILE`` writes JSON and the table too (it was ignored for them)."""
    document, table = tmp_path / "out.json", tmp_path / "out.txt"
    assert (
        main(["evaluate", "--example", "thu-lum-2025", "--format", "json", "-o", str(document)])
        == 0
    )
    assert main(["evaluate", "--example", "thu-lum-2025", "-o", str(table), "--lang", "en"]) == 0
    out, _ = capsys.readouterr()
    assert out == ""
    assert ntm_rules.load_evaluation(document).commune == "Thu Lũm"
    assert "Met" in table.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["json", "xlsx", "csv"])
def test_an_output_that_cannot_be_written_exits_1_without_a_traceback(
    fmt: str, capfd: pytest.CaptureFixture[str]
) -> None:
    """A full disk is no bad input (2): status 1, one line naming the file."""
    target = "/dev/full" if Path("/dev/full").exists() else "/nonexistent-folder/out"
    assert main(["evaluate", "--example", "thu-lum-2025", "--format", fmt, "-o", target]) == 1
    _, err = capfd.readouterr()
    assert err.startswith("error: ")
    assert target in err
    assert "Traceback" not in err
