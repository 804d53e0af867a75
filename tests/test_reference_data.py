"""The encoded 2021–2025 thresholds agree with the project's reference, cell by cell.

The reference (``../shared/reference/criteria-2021-2025-commune.yaml``) records every value
with its status and source URLs. This test is skipped where that folder is not beside the
checkout.
"""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import ntm_rules

REFERENCE = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "criteria-2021-2025-commune.yaml"
)


def _expected(value: Any) -> Any:
    if value == "Đạt" or isinstance(value, dict):  # achieved, or a composite rule
        return True
    if value == "Không":  # "none may remain": at most 0
        return 0
    return value


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/reference is not beside the checkout")
def test_every_cell_matches_the_reference() -> None:
    """Value, verification status and source URLs of all 392 cells (2022 column)."""
    reference = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    book = ntm_rules.default_rulebook()
    cells = 0
    for criterion in reference["criteria"]:
        for entry in criterion["indicators"]:
            indicator = book.indicator(entry["id"])
            for region, cell in entry["regions"].items():
                value = indicator.thresholds.at(
                    ntm_rules.Region[region.upper()], date(2022, 12, 31)
                )
                where = f"{entry['id']} {region}"
                assert value.value == _expected(cell["value"]), where
                assert value.verification.value == cell["verification"], where
                assert set(value.citation.urls) == set(cell["source_urls"]), where
                cells += 1
    assert cells == 392
    assert len(book.indicator_ids) == len(
        {e["id"] for c in reference["criteria"] for e in c["indicators"]}
    )
