"""Command-line conventions: version, shell completion, and a README tour that runs."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ntm_rules import __version__
from ntm_rules.cli import main
from tests.test_reference_data import REFERENCE, require_reference

ROOT = Path(__file__).resolve().parents[1]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"ntm-rules {__version__}"


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completes_commands_and_options(tmp_path: Path) -> None:
    """The script `completion bash` prints makes bash offer the commands and their options."""
    script = tmp_path / "ntm-rules.bash"
    script.write_text(
        subprocess.run(
            [sys.executable, "-m", "ntm_rules.cli", "completion", "bash"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout,
        encoding="utf-8",
    )

    def offered(*words: str) -> set[str]:
        line = " ".join(["ntm-rules", *words])
        probe = (
            f"source {shlex.quote(str(script))}; COMP_WORDS=({line}); "
            f"COMP_CWORD={len(words)}; COMP_LINE={shlex.quote(line)}; COMP_POINT=${{#COMP_LINE}}; "
            "_shtab_ntm_rules ntm-rules; printf '%s\\n' \"${COMPREPLY[@]}\""
        )
        out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
        return set(out.stdout.split())

    assert {"evaluate", "explain", "batch"} <= offered("")
    assert "evaluate" in offered("ev")
    assert "--fail-on" in offered("evaluate", "--fa")


def _tour() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## A quick tour", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [re.split(r"\s#\s", line, maxsplit=1)[0].strip() for line in block.strip().splitlines()]


@pytest.mark.parametrize("command", _tour())
def test_every_tour_command_runs(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command of the README tour exits 0 from the repository's root, files included."""
    words = shlex.split(command)
    assert words[0] == "ntm-rules"
    for word in words[1:]:
        if re.fullmatch(r"[A-Z_]+\.\w+", word):
            pytest.fail(f"the tour names a file the repository does not ship: {word}")
    monkeypatch.chdir(tmp_path)
    os.symlink(ROOT / "examples", tmp_path / "examples")
    os.symlink(ROOT / "src", tmp_path / "src")
    assert main(words[1:]) == 0


@pytest.mark.parametrize(
    ("args", "vi"),
    [
        (["evaluate", "--format", "x"], "tham số --format: lựa chọn không hợp lệ 'x'"),
        (["rulebook", "--year", "abc"], "tham số --year: giá trị không hợp lệ 'abc'"),
        (["template"], "thiếu tham số bắt buộc: -o/--output"),
        (["evaluate", "--nonsense"], "tham số không nhận ra: --nonsense"),
    ],
)
def test_usage_errors_are_in_the_language_asked(
    args: list[str], vi: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse's own errors: one `error:` line, Vietnamese with --lang vi, English without."""
    assert main([*args, "--lang", "vi"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {vi}"), err
    assert main(args) == 2
    assert "tham số" not in capsys.readouterr().err


def test_locations_are_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sheet "…", row 4, column H` in English; `trang tính "…", dòng 4, cột H` in Vietnamese."""
    table = tmp_path / "communes.csv"
    table.write_text("commune,region,year,3.1\nA,TDMNPB,2024,abc\n", encoding="utf-8")
    assert main(["batch", str(table), "--quiet", "--strict", "--lang", "vi"]) == 2
    assert "error: dòng 2, 3.1: 'abc' không bắt đầu bằng một số" in capsys.readouterr().err
    assert main(["batch", str(table), "--quiet", "--strict"]) == 2
    assert "error: row 2, 3.1: 'abc' does not start with a number" in capsys.readouterr().err


def test_project_urls_are_the_legal_texts_of_the_reference() -> None:
    """The metadata links (issue 13, point 6) are real: each is a source the reference cites.

    The project has no public home yet, so its links are the legal texts it encodes; none
    may be made up.
    """
    reference = require_reference(REFERENCE).parent
    cited = "\n".join(path.read_text(encoding="utf-8") for path in reference.glob("*.md"))
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    urls = project["project"]["urls"]
    assert urls
    for label, url in urls.items():
        assert url.startswith("https://"), label
        assert url in cited, f"{label}: {url} is not cited in shared/reference"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["--lang", "en", "rulebook", "--lang=vi"], "vi"),
        (["--lang", "en", "rulebook", "--lang", "vi"], "vi"),
        (["--lang", "en", "rulebook"], "en"),
        (["rulebook", "--lang=en"], "en"),
        (["rulebook"], "vi"),
    ],
)
def test_the_commands_language_wins_in_either_spelling(
    words: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command's own --lang (``--lang vi`` or ``--lang=vi``) beats the one before it."""
    assert main(words) == 0
    heading = capsys.readouterr().out.splitlines()[0]
    english = "national" in heading.lower() or "criteria" in heading.lower()
    assert english == (expected == "en"), heading
