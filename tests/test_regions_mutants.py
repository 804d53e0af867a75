"""Regions and commune categories as typed by officials (docs/mutation.md).

The seven socio-economic regions and the categories are those of the reference (§2 header
and §3). An unknown name is refused with the field, the kind of name and a suggestion.
"""

from collections.abc import Callable

import pytest

from ntm_rules.exceptions import UnknownIdentifierError
from ntm_rules.regions import Category, Region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("TN", Region.TN),
        ("Tây Nguyên", Region.TN),
        ("central highlands", Region.TN),
        ("ĐBSCL", Region.DBSCL),
    ],
)
def test_regions_by_code_or_name(text: str, region: Region) -> None:
    """A region is found by its code or either name."""
    assert Region.parse(text) is region


@pytest.mark.parametrize(
    ("call", "message", "field"),
    [
        (
            lambda: Region.parse("DBSX"),
            "region: unknown region 'DBSX'; did you mean 'DBSH'?",
            "region",
        ),
        (
            lambda: Region.parse("x", "profile.region"),
            "profile.region: unknown region 'x'",
            "profile.region",
        ),
        (
            lambda: Category.parse("especially_dificult"),
            "categories: unknown category 'especially_dificult'; did you mean "
            "'especially_difficult'?",
            "categories",
        ),
        (
            lambda: Category.parse("zzz", "categories[1]"),
            "categories[1]: unknown category 'zzz'",
            "categories[1]",
        ),
    ],
)
def test_unknown_names_are_refused_with_a_suggestion(
    call: Callable[[], object], message: str, field: str
) -> None:
    """The error names the field (by default "region" / "categories") and suggests a name."""
    with pytest.raises(UnknownIdentifierError) as caught:
        call()
    assert str(caught.value) == message
    assert caught.value.field == field


def test_categories_by_key_in_any_case() -> None:
    """A category key is read case- and separator-insensitively."""
    assert Category.parse("Especially Difficult") is Category.ESPECIALLY_DIFFICULT
    assert Category.parse("ethnic-minority-zone-ii") is Category.ETHNIC_MINORITY_ZONE_II
