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
    assert book.indicator("2.2").thresholds.at("TN", book.as_of(2025)).value == 50


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


def _table(thresholds: dict[str, object]) -> ntm_rules.OverrideTable:
    return ntm_rules.load_overrides({**TABLE, "thresholds": thresholds})


@pytest.mark.parametrize(
    "columns",
    [
        {"DBSH": 70, "Đồng bằng sông Hồng": 80},
        {"dbsh": 70, "ĐBSH": 80},
        {"TN": 70, "Tây Nguyên": 70},
    ],
)
def test_one_column_named_twice_is_an_error_naming_both(columns: dict[str, object]) -> None:
    """Two spellings of one region are not a silent last-wins: the error names both keys."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.apply_overrides(ntm_rules.default_rulebook(), _table({"17.1": columns}))
    message = str(caught.value)
    first, second = columns
    assert first in message
    assert second in message


def test_a_date_given_twice_for_one_column_is_an_error() -> None:
    """Two values from the same day for one column contradict each other."""
    dated = [
        {"value": 70, "effective_from": "2024-03-01"},
        {"value": 75, "effective_from": "2024-03-01"},
    ]
    with pytest.raises(ntm_rules.InvalidInputError, match="second 2024-03-01"):
        ntm_rules.apply_overrides(ntm_rules.default_rulebook(), _table({"17.1": {"TN": dated}}))


@pytest.mark.parametrize("order", [("all", "TN"), ("TN", "all")])
def test_a_specific_column_beats_all_whatever_the_order(order: tuple[str, str]) -> None:
    """{all: 70, TN: 90} gives TN 90 and the others 70, in either key order."""
    values = {"all": 70, "TN": 90}
    table = _table({"17.1": {key: values[key] for key in order}})
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
    thresholds = book.indicator("17.1").thresholds
    as_of = book.as_of(2025)
    assert thresholds.at("TN", as_of).value == 90
    assert thresholds.at("DBSH", as_of).value == 70


def test_a_dated_history_for_one_column() -> None:
    """A list of dated values: each holds from its date until the next."""
    history = [{"value": 50}, {"value": 60, "effective_from": "2024-03-01"}]
    book = ntm_rules.apply_overrides(
        ntm_rules.default_rulebook(), _table({"17.1": {"TDMNPB": history}})
    )
    thresholds = book.indicator("17.1").thresholds
    assert thresholds.at("TDMNPB", book.as_of(2023)).value == 50
    assert thresholds.at("TDMNPB", book.as_of(2024)).value == 60


def test_vietnamese_figures_and_blank_cells_in_tables() -> None:
    """A table's figures read like profile values; a blank cell leaves the figure unknown."""
    table = _table({"17.4": {"all": "2,5 m²/người"}, "17.1": {"TN": ""}, "17.3": {"all": "Đạt"}})
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
    as_of = book.as_of(2025)
    assert book.indicator("17.4").thresholds.at("TN", as_of).value == 2.5
    assert not book.indicator("17.1").thresholds.at("TN", as_of).is_known
    assert book.indicator("17.3").thresholds.at("TN", as_of).value is True
