"""The encoded 2021–2025 thresholds agree with the project's reference, cell by cell.

The reference (``../shared/reference/criteria-2021-2025-commune.yaml``) records every value
with its status and source URLs. Where that folder is not beside the checkout the test is
skipped, except under CI (the ``CI`` environment variable set, as CI runs with ``shared/``
beside the clone): there a missing reference fails the test instead of hiding it.
"""

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import ntm_rules

REFERENCE = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "criteria-2021-2025-commune.yaml"
)


def _under_ci() -> bool:
    """Whether the ``CI`` environment variable is set (to anything but empty/false/0/no)."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def require_reference(path: Path = REFERENCE) -> Path:
    """The reference file; a missing one skips the test, or fails it under CI."""
    if not path.exists():
        if _under_ci():
            pytest.fail(
                f"{path} is missing: under CI the shared reference must be beside the clone"
            )
        pytest.skip("shared/reference is not beside the checkout")
    return path


def _expected(value: Any) -> Any:
    if value == "Đạt" or isinstance(value, dict):  # achieved, or a composite rule
        return True
    if value == "Không":  # "none may remain": at most 0
        return 0
    return value


def test_every_cell_matches_the_reference() -> None:
    """Value, verification status and source URLs of all 392 cells (2022 column)."""
    reference = yaml.safe_load(require_reference().read_text(encoding="utf-8"))
    book = ntm_rules.default_rulebook()
    cells = 0
    for criterion in reference["criteria"]:
        for entry in criterion["indicators"]:
            indicator = book.indicator(entry["id"])
            for region, cell in entry["regions"].items():
                value = indicator.thresholds.at(region.upper(), date(2022, 12, 31))
                where = f"{entry['id']} {region}"
                assert value.value == _expected(cell["value"]), where
                assert value.verification.value == cell["verification"], where
                assert set(value.citation.urls) == set(cell["source_urls"]), where
                cells += 1
    assert cells == 392
    assert len(book.indicator_ids) == len(
        {e["id"] for c in reference["criteria"] for e in c["indicators"]}
    )


@pytest.mark.parametrize("value", ["true", "1", "yes", "True"])
def test_a_missing_reference_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    """With CI set, a missing reference is a failure, not a skip."""
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="missing"):
        require_reference(tmp_path / "absent.yaml")


@pytest.mark.parametrize("value", [None, "", "false", "0"])
def test_a_missing_reference_skips_outside_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str | None
) -> None:
    """Without CI (unset, empty or false), a missing reference skips the test."""
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.skip.Exception):
        require_reference(tmp_path / "absent.yaml")


def test_a_present_reference_is_returned(tmp_path: Path) -> None:
    """An existing reference file is handed back unchanged, CI or not."""
    present = tmp_path / "present.yaml"
    present.write_text("criteria: []\n", encoding="utf-8")
    assert require_reference(present) == present
