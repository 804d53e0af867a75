"""Evaluating a commune: the refusals, pinned where mutation testing found them loose.

A profile that does not fit the rulebook is refused with every problem at once, each naming
its field (issue 7). The 2016–2020 set (1980/QĐ-TTg) is replaced by 318/QĐ-TTg for data
from 2022 on, and has no indicator 17.10 (the reference's §2 lists 17.10 only in the
2021–2025 set).
"""

import attrs
import pytest

import ntm_rules
from ntm_rules.editions import find_edition
from ntm_rules.exceptions import OutOfRangeError, UnknownIdentifierError


def profile(year: int = 2024, **values: object) -> ntm_rules.CommuneProfile:
    """A Central Highlands commune of ``year`` with these values (ids with dots as ``_``)."""
    return ntm_rules.load_profile(
        {
            "commune": "Test",
            "region": "TN",
            "year": year,
            "values": {key.replace("_", "."): value for key, value in values.items()},
        }
    )


def test_every_misfit_is_reported_at_once() -> None:
    """A 2024 profile against the 2016–2020 set: the year and the unknown 17.10, together."""
    old = find_edition("2016-2020")
    assert old is not None
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.evaluate(profile(**{"17_10": 90, "3_1": 90}), old)
    error = caught.value
    assert error.what == "profile"
    year, unknown = error.problems
    assert isinstance(year, OutOfRangeError)
    assert year.field == "year"
    assert year.reason == f"2024 is outside {old.id} ({old.first_year}–{old.last_year})"
    assert isinstance(unknown, UnknownIdentifierError)
    assert unknown.field == 'values."17.10"'
    assert unknown.reason == "unknown indicator '17.10'; did you mean '17.1'?"
    assert str(error).startswith("2 problem(s) in profile:\n  year: 2024 is outside")


def test_a_region_edition_needs_a_region() -> None:
    """The 2021–2025 thresholds are by region: a profile without one is refused."""
    regionless = attrs.evolve(profile(), region=None)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.evaluate(regionless)
    assert caught.value.what == "profile"
    (problem,) = caught.value.problems
    assert problem.field == "region"
    assert problem.reason == "this edition's thresholds are by region: give it"


def test_the_evaluation_says_how_its_edition_was_chosen() -> None:
    """By the data year when none is given; "given" when the caller names one."""
    commune = profile()
    assert ntm_rules.evaluate(commune).edition_basis == "year"
    given = ntm_rules.evaluate(commune, ntm_rules.default_rulebook())
    assert given.edition_basis == "given"
