"""The documentation cannot go stale: the criteria page matches the rulebook."""

from pathlib import Path

import ntm_rules
from ntm_rules.report import rulebook_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_criteria_page_matches_the_rulebook() -> None:
    """docs/criteria.md is what rulebook_markdown renders today (regenerate it if not)."""
    expected = rulebook_markdown(ntm_rules.default_rulebook())
    assert (DOCS / "criteria.md").read_text(encoding="utf-8") == expected


def test_readme_counts_match_the_data() -> None:
    """The verified / unverified / unknown counts quoted in the README are the data's."""
    counts = {"verified": 0, "unverified": 0, "unknown": 0}
    book = ntm_rules.default_rulebook()
    for indicator in book.indicators():
        for region in ntm_rules.Region:
            # the 2022 column, as the reference counts it
            counts[indicator.thresholds.at(region.code, book.as_of(2022)).verification.value] += 1
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert f"{counts['verified']} are shown by a cited public source" in readme
    assert f"{counts['unverified']} are recorded figures" in readme
    assert f"{counts['unknown']} are" in readme
