"""Provincial and what-if tables as data."""

from pathlib import Path

import pytest

import ntm_rules
from ntm_rules import Status, Verification
from tests.assertions import profile

TABLE = {
    "schema": "ntm_rules.overrides/1",
    "id": "what-if",
    "citation": {"instrument": "What-if", "provision": "test"},
    "verification": "verified",
    "thresholds": {
        "17.1": {"all": 70},
        "10": {"TDMNPB": {"value": "38 million VND/person/year", "effective_from": "2025-01-01"}},
    },
}


def test_filling_an_unknown_threshold_makes_it_assessable() -> None:
    """17.1 is unknown nationally; the table fills it for every region."""
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), ntm_rules.load_overrides(TABLE))
    verdict = ntm_rules.evaluate(profile({"17.1": 69.9}), book).indicator("17.1")
    assert verdict.status is Status.FAIL
    assert verdict.verification is Verification.VERIFIED
    assert verdict.threshold is not None
    assert verdict.threshold.citation.instrument == "What-if"


def test_dated_override_applies_from_its_date() -> None:
    """A 2025 income level leaves 2022 on the national value."""
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), ntm_rules.load_overrides(TABLE))
    in_2025 = ntm_rules.evaluate(profile({"10": 37}), book).indicator("10")
    in_2022 = ntm_rules.evaluate(profile({"10": 37}, year=2022), book).indicator("10")
    assert in_2025.status is Status.FAIL
    assert in_2022.status is Status.PASS


def test_other_indicators_are_unchanged() -> None:
    """Only the overridden indicators differ from the national rulebook."""
    national = ntm_rules.default_rulebook()
    book = ntm_rules.apply_overrides(national, ntm_rules.load_overrides(TABLE))
    changed = [
        i.id for i, j in zip(national.indicators(), book.indicators(), strict=True) if i != j
    ]
    assert changed == ["10", "17.1"]
    assert book.derived_from == national.id


def test_override_file_via_load_rulebook(tmp_path: Path) -> None:
    """A YAML override file is a rulebook spec for the CLI and the API."""
    path = tmp_path / "lai-chau.yaml"
    path.write_text(
        "schema: ntm_rules.overrides/1\nid: lai-chau\ncitation: {instrument: 1487/QĐ-UBND}\n"
        'thresholds:\n  "2.2": {all: 50}\n',
        encoding="utf-8",
    )
    book = ntm_rules.load_rulebook(path)
    assert book.id == "lai-chau"
    assert book.indicator("2.2").thresholds.at(ntm_rules.Region.TN, book.as_of(2025)).value == 50


@pytest.mark.parametrize(
    ("thresholds", "fragment"),
    [
        ({"17.99": {"all": 1}}, "did you mean"),
        ({"17.1": {"Mars": 1}}, "unknown region"),
        ({"17.1": {"all": 120}}, "outside"),
        ({"19.2": {"all": 5}}, "achieved-type"),
    ],
)
def test_bad_tables(thresholds: dict[str, object], fragment: str) -> None:
    """Bad override tables raise a typed error naming the field."""
    table = ntm_rules.load_overrides({**TABLE, "thresholds": thresholds})
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
    assert fragment in str(caught.value)


def test_table_round_trips() -> None:
    """to_dict then load gives an equal table."""
    table = ntm_rules.load_overrides(TABLE)
    assert ntm_rules.load_overrides(table.to_dict()) == table
