"""The advanced commune set 2021–2025 (318/QĐ-TTg Phụ lục II) against the reference.

Reference: ``shared/reference/criteria-other-editions.{md,yaml}`` §A
(``rulebooks.advanced_commune_2021_2025``): 19 criteria (list high confidence), 75
indicators of which the reference names three (AC10.1, AC11.1, AC18.x_centralised_water),
every threshold unknown; and ``criteria-2021-2025-commune.yaml`` for the one national
figure, 4.2's advanced levels (QĐ 1327/QĐ-BCT, ``advanced_set_levels_for_context``).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import ntm_rules
from ntm_rules import Region, Status, Verdict, Verification
from ntm_rules.columns import REGION_COLUMNS
from ntm_rules.criteria import commune_2021_2025_advanced as package
from ntm_rules.editions import edition, edition_for_year
from ntm_rules.results import Reason
from ntm_rules.thresholds import Direction
from tests.test_reference_data import require_reference

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference"
BOOK = edition(package.SPEC.id)
WATER = "18.x_centralised_water"
YEARS = (2022, 2023, 2024, 2025)


@cache
def _reference(name: str) -> Any:
    return yaml.safe_load(require_reference(REFERENCE / name).read_text(encoding="utf-8"))


def _advanced() -> dict[str, Any]:
    rulebook: dict[str, Any] = _reference("criteria-other-editions.yaml")["rulebooks"][
        "advanced_commune_2021_2025"
    ]
    return rulebook


def _evaluate(
    values: dict[str, Any],
    region: str = "TDMNPB",
    year: int = 2025,
    categories: tuple[str, ...] = (),
    book: ntm_rules.Rulebook = BOOK,
) -> ntm_rules.Evaluation:
    profile = ntm_rules.load_profile(
        {
            "commune": "Test",
            "region": region,
            "year": year,
            "categories": list(categories),
            "values": values,
        },
        book,
    )
    return ntm_rules.evaluate(profile, book)


# ----------------------------------------------------------------- against the reference


def test_criteria_are_the_reference_list() -> None:
    """19 criteria, in the reference's order, with its Vietnamese and English names."""
    # the reference's key "no" reads as the boolean false in YAML 1.1: number from the id
    entries = _advanced()["criteria"]
    assert [entry[False] for entry in entries] == list(range(1, 20))
    expected = [(str(int(c["id"][2:])), c["name_vi"], c["name_en"]) for c in entries]
    assert [(c.id, c.name_vi, c.name_en) for c in BOOK.criteria] == expected
    assert len(expected) == _advanced()["counts"]["criteria"] == 19
    assert _advanced()["criteria_confidence"] == "high"


def test_indicators_are_those_the_reference_names() -> None:
    """AC10.1, AC11.1 and AC18.x (ids without the AC prefix), plus 4.2 of the basic table."""
    named = {
        i["id"].removeprefix("AC"): i
        for c in _advanced()["criteria"]
        for i in c.get("indicators") or []
    }
    assert BOOK.indicator_ids == ("4.2", *named)
    assert BOOK.indicator_ids == package.ENCODED_INDICATORS
    directions = {">=": Direction.AT_LEAST, "<=": Direction.AT_MOST}
    for key, entry in named.items():
        indicator = BOOK.indicator(key)
        assert (indicator.name_vi, indicator.name_en) == (entry["name_vi"], entry["name_en"])
        assert indicator.direction is directions[entry["direction"]]
    basic = {
        i["id"]: i
        for c in _reference("criteria-2021-2025-commune.yaml")["criteria"]
        for i in c["indicators"]
    }["4.2"]
    power = BOOK.indicator("4.2")
    assert (power.name_vi, power.name_en) == (basic["name_vi"], basic["name_en"])


def test_counts_and_what_is_missing_are_stated() -> None:
    """Official count 75 (reference), 4 encoded, and the notes say both."""
    assert BOOK.official_indicator_count == _advanced()["counts"]["indicators_national"] == 75
    assert len(BOOK.indicator_ids) == 4
    assert "75" in BOOK.notes[0]
    assert "4 are encoded" in BOOK.notes[0]
    assert "71" in BOOK.notes[0]


def test_unknown_figures_are_unknown_in_every_column_and_year() -> None:
    """10.1 (by region and year), 11.1 and the water indicator: no figure (reference null)."""
    by_id = {i["id"]: i for c in _advanced()["criteria"] for i in c.get("indicators") or []}
    assert by_id["AC10.1"]["thresholds"]["values"] is None
    assert by_id["AC10.1"]["thresholds"]["by"] == ["region", "year"]
    assert by_id["AC11.1"]["thresholds"]["values"] is None
    for key in ("10.1", "11.1", WATER):
        for code in REGION_COLUMNS.codes:
            for year in YEARS:
                value = BOOK.indicator(key).thresholds.at(code, date(year, 12, 31))
                assert value.value is None, (key, code, year)
                assert value.verification is Verification.UNKNOWN
                assert value.citation.instrument == "318/QĐ-TTg"


def test_the_thanh_hoa_water_figure_is_noted_not_applied() -> None:
    """The reference records 55 % as unverified, low confidence, region not visible."""
    water = next(
        i
        for c in _advanced()["criteria"]
        for i in c.get("indicators") or []
        if i["id"] == "AC18.x_centralised_water"
    )
    assert water["verification"] == "unverified"
    assert water["confidence"] == "low"
    assert water["thresholds"]["values"]["reported_value_advanced"] == 55
    assert "55 %" in BOOK.indicator(WATER).notes
    assert any("55 %" in note for note in BOOK.notes)


def test_electricity_levels_match_the_reference_from_2024() -> None:
    """4.2: the QĐ 1327/QĐ-BCT levels (verified, with the URL) from 01/3/2024; unknown before."""
    criterion = next(
        c for c in _reference("criteria-2021-2025-commune.yaml")["criteria"] if c["id"] == 4
    )
    levels = next(i for i in criterion["indicators"] if i["id"] == "4.2")[
        "advanced_set_levels_for_context"
    ]["regions"]
    table = BOOK.indicator("4.2").thresholds
    for region, cell in levels.items():
        for year in (2024, 2025):
            value = table.at(region.upper(), date(year, 12, 31))
            assert value.value == cell["value"], region
            assert value.verification.value == cell["verification"] == "verified"
            assert set(value.citation.urls) == set(cell["source_urls"])
            assert value.effective_from == date(2024, 3, 1)
        for year in (2022, 2023):
            assert table.at(region.upper(), date(year, 12, 31)).verification is (
                Verification.UNKNOWN
            )
    assert len(levels) == 7


def test_figures_by_status() -> None:
    """Counted over the 2025 column: 7 verified (4.2), 0 unverified, 21 unknown."""
    counts = dict.fromkeys(Verification, 0)
    for indicator in BOOK.indicators():
        for code in REGION_COLUMNS.codes:
            counts[indicator.thresholds.at(code, date(2025, 12, 31)).verification] += 1
    assert counts == {
        Verification.VERIFIED: 7,
        Verification.UNVERIFIED: 0,
        Verification.UNKNOWN: 21,
    }


def test_column_rules_are_the_basic_sets() -> None:
    """318 Art. 1 and 211/QĐ-TTg apply to both sets: the same rules, caveats and citations."""
    basic = ntm_rules.default_rulebook()
    assert BOOK.column_rules == basic.column_rules
    assert {r.citation.instrument for r in BOOK.column_rules.describe_rules()} == {  # type: ignore[attr-defined]
        "318/QĐ-TTg",
        "211/QĐ-TTg",
    }
    applies = _reference("criteria-other-editions.yaml")["regions_2021_2025"]["special_rule"]
    assert "advanced_commune_2021_2025" in applies["applies_to"]


def test_the_edition_is_the_advanced_tier_for_2022_to_2025() -> None:
    """Declared identity, and the edition in force for the advanced tier by year."""
    spec = package.SPEC
    assert (spec.id, spec.short_name, spec.tier) == (
        "vn.ntm.xa.2021_2025.advanced",
        "2021-2025-advanced",
        "advanced",
    )
    assert (BOOK.first_year, BOOK.last_year, BOOK.tier) == (2022, 2025, "advanced")
    assert BOOK.columns == REGION_COLUMNS
    for year in YEARS:
        assert edition_for_year(year, "advanced") is BOOK
        assert edition_for_year(year) is not BOOK
    with pytest.raises(ntm_rules.InvalidInputError, match="no advanced edition covers 2026"):
        edition_for_year(2026, "advanced")
    assert ntm_rules.load_rulebook("2021-2025-advanced") is BOOK


# ----------------------------------------------------------------- hand-written cases


@pytest.mark.parametrize(
    ("region", "year", "value", "status"),
    [
        ("TDMNPB", 2024, 97.9, Status.FAIL),
        ("TDMNPB", 2024, 98, Status.PASS),
        ("TN", 2025, "98 %", Status.PASS),
        ("DBSH", 2025, 99.9, Status.FAIL),
        ("DBSH", 2025, 100, Status.PASS),
        ("DNB", 2024, "449/450", Status.FAIL),
        ("BTB", 2024, "99 %", Status.PASS),
        ("DHNTB", 2025, 98.99, Status.FAIL),
        ("DBSCL", 2024, {"numerator": 396, "denominator": 400}, Status.PASS),
        ("TDMNPB", 2023, 100, Status.UNKNOWN),
        ("DBSH", 2022, 100, Status.UNKNOWN),
    ],
)
def test_household_electricity(region: str, year: int, value: Any, status: Status) -> None:
    """4.2 at the 1327 levels: the boundary passes; 2022–2023 has no known level."""
    result = _evaluate({"4.2": value}, region, year).indicator("4.2")
    assert result.status is status
    if status is Status.UNKNOWN:
        assert result.reason is Reason.UNKNOWN_THRESHOLD


def test_a_failing_known_indicator_fails_the_criterion_and_the_set() -> None:
    """97 % of households in TDMNPB, 2024: criterion 4 fails, the commune is not advanced."""
    evaluation = _evaluate({"4.2": 97}, "TDMNPB", 2024)
    assert evaluation.criteria[3].status is Status.FAIL
    assert evaluation.verdict is Verdict.NOT_MET
    assert [i.id for i in evaluation.failing] == ["4.2"]


def test_passing_the_known_indicators_never_meets_a_criterion() -> None:
    """4.2 passes, but the criterion's other indicators are not known: cannot assess."""
    evaluation = _evaluate({"4.2": 100}, "DBSH", 2025)
    assert evaluation.indicator("4.2").status is Status.PASS
    assert evaluation.criteria[3].status is Status.UNKNOWN
    assert evaluation.criteria[3].reason is Reason.INDICATORS_INCOMPLETE
    assert evaluation.criteria_met == 0
    assert evaluation.verdict is Verdict.CANNOT_CONCLUDE


def test_nothing_known_cannot_conclude() -> None:
    """An empty profile: 15 criteria have no indicator, the others lack data."""
    evaluation = _evaluate({})
    assert evaluation.verdict is Verdict.CANNOT_CONCLUDE
    assert evaluation.criteria_without_indicators == (
        "1", "2", "3", "5", "6", "7", "8", "9", "12", "13", "14", "15", "16", "17", "19",
    )  # fmt: skip
    assert {i.reason for i in evaluation.blockers} == {
        Reason.UNKNOWN_THRESHOLD,
        Reason.NO_INPUT,
    }


@pytest.mark.parametrize(
    ("region", "categories", "year", "column"),
    [
        ("DBSH", ("especially_difficult",), 2024, "TDMNPB"),
        ("DNB", ("safety_zone",), 2025, "TDMNPB"),
        ("BTB", ("ethnic_minority_zone_iii",), 2024, "TDMNPB"),
        ("BTB", ("ethnic_minority_zone_iii",), 2023, "BTB"),
        ("DBSH", (), 2024, "DBSH"),
    ],
)
def test_special_communes_use_the_tdmnpb_levels(
    region: str, categories: tuple[str, ...], year: int, column: str
) -> None:
    """318 Art. 1 (2022) and 211/QĐ-TTg (from 01/3/2024) send these communes to TDMNPB."""
    evaluation = _evaluate({"4.2": 98.5}, region, year, categories)
    assert evaluation.column.column.code == column
    if year >= 2024:
        expected = Status.PASS if column in ("TDMNPB", "TN") else Status.FAIL
        assert evaluation.indicator("4.2").status is expected


def test_a_provincial_table_fills_the_unknown_figures() -> None:
    """Lai Châu-style table: income and poverty decided, the criteria still only fail."""
    table = ntm_rules.load_overrides(
        {
            "id": "fixture-province",
            "base": package.SPEC.id,
            "citation": {"instrument": "Fixture/QĐ-UBND"},
            "verification": "verified",
            "thresholds": {"10.1": {"TDMNPB": 50}, "11.1": {"all": 8}},
        }
    )
    book = ntm_rules.apply_overrides(BOOK, table)
    assert book.tier == "advanced"
    good = _evaluate({"10.1": 50, "11.1": 8}, book=book)
    assert [good.indicator(i).status for i in ("10.1", "11.1")] == [Status.PASS] * 2
    assert {good.criteria[9].status, good.criteria[10].status} == {Status.UNKNOWN}
    bad = _evaluate({"10.1": "49,9 triệu đồng/người/năm", "11.1": 8.1}, book=book)
    assert bad.criteria[9].status is Status.FAIL
    assert bad.criteria[10].status is Status.FAIL
    assert bad.verdict is Verdict.NOT_MET
    other = _evaluate({"10.1": 80}, region="DBSH", book=book)
    assert other.indicator("10.1").status is Status.UNKNOWN


def test_profiles_use_the_advanced_ids() -> None:
    """The advanced ids are accepted; a basic-only id is an error naming it."""
    evaluation = _evaluate({WATER: "60 %", "10.1": 45})
    assert evaluation.indicator(WATER).status is Status.UNKNOWN
    with pytest.raises(ntm_rules.InvalidInputError, match=r'values\."17\.1"'):
        _evaluate({"17.1": 80})


def test_labels_are_nfc_and_every_region_has_a_cell() -> None:
    """Names in NFC; every indicator has an entry for all seven regions."""
    for criterion in BOOK.criteria:
        assert unicodedata.is_normalized("NFC", criterion.name_vi)
    for indicator in BOOK.indicators():
        assert set(indicator.thresholds.cells) == {r.code for r in Region}
