"""The page's words come from the catalogues, complete in Vietnamese and English."""

from __future__ import annotations

import pytest

from ntm_rules import i18n
from ntm_rules.engine import evaluate
from ntm_rules.examples import example_profile_path
from ntm_rules.exceptions import WrongKindError
from ntm_rules.profile import load_profile
from ntm_rules.service.page import problems_page, report_page, upload_page


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_word_of_the_page_is_in_the_catalogue(lang: str) -> None:
    """Rendering the form, a report and a problems page asks only for known messages."""
    i18n.MISSING.clear()
    evaluation = evaluate(load_profile(example_profile_path()))
    upload_page(lang, token=True, books=["vn.province.x"])
    report_page(evaluation, lang)
    problems_page(
        [WrongKindError("token", "missing or wrong access token")], lang, "Access refused"
    )
    problems_page([], lang, "Problems in the sheet")
    problems_page([], lang, "File too large")
    assert not {m for m in i18n.MISSING if m[0] == lang}


def test_the_report_escapes_what_the_sheet_says() -> None:
    """A commune name is shown as text, never as markup."""
    profile = load_profile(
        {"commune": "<script>alert(1)</script>", "region": "TN", "year": 2024, "values": {}}
    )
    page = report_page(evaluate(profile), "vi")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
