"""The workbooks open in LibreOffice: converted to PDF headless, and re-saved ones read back.

Skipped where LibreOffice is not installed, unless the environment variable ``CI`` is set:
then a missing ``soffice`` fails the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ntm_rules import evaluate, load_profile
from ntm_rules.editions import edition
from ntm_rules.examples import example_plan_path, example_profile_path
from ntm_rules.overrides import load_rulebook
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.progress import progress
from ntm_rules.workbooks import (
    load_rulebook_table,
    load_sheet,
    write_evaluation,
    write_progress,
    write_rulebook_table,
    write_template,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice (soffice) is not installed"
)


def convert(paths: list[Path], to: str, out: Path, profile: Path) -> list[Path]:
    """Convert files with LibreOffice headless; return the converted files."""
    if SOFFICE is None:
        pytest.fail("CI is set but LibreOffice (soffice) is not installed")
    command = [
        SOFFICE,
        "--headless",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        to,
        "--outdir",
        str(out),
        *map(str, paths),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=240)
    return [out / f"{path.stem}.{to}" for path in paths]


def test_workbooks_convert_to_pdf_and_read_back(tmp_path: Path) -> None:
    """Template, evaluated sheet, threshold table and progress report all open in LibreOffice."""
    book = edition("vn.ntm.xa.2021_2025")
    evaluation = evaluate(load_profile(example_profile_path("thu-lum-2025")))
    plan = load_plan(example_plan_path("thu-lum-2025"))
    rulebook = load_rulebook(plan.rulebook)
    files = [
        tmp_path / name
        for name in ("template.xlsx", "evaluated.xlsx", "table.xlsx", "progress.xlsx")
    ]
    write_template(files[0], book, column="TDMNPB", year=2025)
    write_evaluation(files[1], evaluation)
    write_rulebook_table(files[2], book, 2025)
    write_progress(
        files[3],
        progress(
            plan, evaluate(load_profile(example_profile_path("thu-lum-2025"), rulebook), rulebook)
        ),
    )
    pdfs = convert(files, "pdf", tmp_path / "pdf", tmp_path / "profile")
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        assert data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 1
    saved = convert(files[1:3], "xlsx", tmp_path / "saved", tmp_path / "profile")
    assert load_sheet(saved[0]).profile.values == evaluation.profile.values
    again = load_rulebook_table(saved[1])
    assert [i.thresholds for i in again.indicators()] == [i.thresholds for i in book.indicators()]


def test_an_edition_workbook_saved_by_libreoffice_loads_alike(tmp_path: Path) -> None:
    """An edition workbook re-saved by LibreOffice still defines the same edition."""
    from ntm_rules.workbooks import load_edition_workbook, write_edition_workbook  # noqa: PLC0415

    book = edition("vn.ntm.xa.2021_2025")
    path = tmp_path / "edition.xlsx"
    write_edition_workbook(path, book)
    [saved] = convert([path], "xlsx", tmp_path / "saved", tmp_path / "profile")
    copy = load_edition_workbook(saved)
    assert [i.thresholds.cells for i in copy.indicators()] == [
        i.thresholds.cells for i in book.indicators()
    ]
