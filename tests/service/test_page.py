"""The upload page in a real headless Chromium: an official uploads a sheet and reads the report.

Chromium is Debian's (``apt-get install chromium``), driven by playwright without a browser
download of its own. Set ``NTM_RULES_SCREENSHOT=docs/service-page.png`` to refresh the
screenshot the docs show.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ntm_rules.i18n import tr
from tests.service.live import Server, cli_json

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
VERDICTS = {
    "met": "the commune meets the NTM standard.",
    "not_met": "the commune does not meet the NTM standard.",
    "cannot_conclude": "cannot conclude whether the commune meets the NTM standard.",
}

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no system Chromium (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (the system's), through playwright."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _sheet(folder: Path) -> Path:
    """The example commune's filled sheet, as ``ntm-rules evaluate --format xlsx`` writes it."""
    sheet = folder / "thu-lum-2025.xlsx"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ntm_rules.cli",
            "evaluate",
            "--example",
            "thu-lum-2025",
            "--format",
            "xlsx",
            "-o",
            str(sheet),
        ],
        check=True,
        capture_output=True,
    )
    return sheet


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_uploaded_sheet_shows_its_report(
    browser: Any, server: Server, tmp_path: Path, lang: str
) -> None:
    """The browser posts the form; the report names the commune and the CLI's verdict."""
    expected = cli_json("evaluate", "--example", "thu-lum-2025", "--format", "json")
    summary = expected["summary"]  # type: ignore[index]
    verdict = tr(
        lang,
        "Criteria met: {met}/{total}",
        met=summary["criteria_met"],
        total=summary["criteria_total"],
    )
    verdict += "; " + tr(lang, VERDICTS[summary["verdict"]])
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{server.url}/?lang={lang}")
    assert page.inner_text("h1") == tr(lang, "Evaluate a commune sheet")
    page.set_input_files("#sheet", str(_sheet(tmp_path)))
    page.fill("#token", server.token)
    with page.expect_navigation():
        page.click("#evaluate")
    assert page.url.endswith("/report")
    assert "Thu Lũm" in page.inner_text("#commune")
    assert page.inner_text("#verdict") == verdict
    rows = page.locator("table").first.locator("tbody tr")
    assert rows.count() == summary["criteria_total"]
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=False)
    target = os.environ.get("NTM_RULES_SCREENSHOT")
    if target and lang == "vi":
        shutil.copyfile(shot, target)
    page.close()


def test_a_bad_sheet_lists_its_problems(browser: Any, server: Server, tmp_path: Path) -> None:
    """A CSV that is not a commune sheet answers the problems page, in the chosen language."""
    bad = tmp_path / "not-a-sheet.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    page = browser.new_page()
    page.goto(f"{server.url}/?lang=en")
    page.set_input_files("#sheet", str(bad))
    page.select_option("#lang", "en")
    page.fill("#token", server.token)
    with page.expect_navigation():
        page.click("#evaluate")
    assert page.inner_text("h1") == tr("en", "Problems in the sheet")
    problems = page.locator("#problems li")
    assert problems.count() >= 1
    assert "not-a-sheet.csv" in problems.first.inner_text()
    assert "/tmp" not in page.content()
    page.close()
