"""Commune aggregates and the hand-off to indicators 10 and 11, against hand counts."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

import ntm_rules
from ntm_rules.citations import Verification
from ntm_rules.examples import example_households_path as example_path
from ntm_rules.examples import example_profile_path
from ntm_rules.households.classify import HouseholdClass
from ntm_rules.households.review import classify_households
from ntm_rules.households.summary import profile_values, with_household_values

SECTIONS = ("wages", "crops", "livestock", "forestry", "fishery", "non_farm", "other_income")
ZERO = dict.fromkeys(SECTIONS, 0)


def test_counts_rates_and_the_indicator_11_handoff() -> None:
    """2 poor-or-near-poor of 4: 50 %; a household whose split is open still counts."""
    table = {
        "area": ["rural", "rural", "rural", "urban"],
        "income_per_person_month": [1_000_000, 1_500_000, 1_500_001, 2_500_000],
        "uninsured_aged_6_plus": [1, 0, 0, 0],
        "internet_users": [0, 1, 1, 1],
        "water_source": ["surface_water", "piped", "piped", "piped"],
    }
    summary = classify_households(table, year=2025).summary()
    assert summary.households == 4
    assert summary.classes[HouseholdClass.POOR] == 1
    assert summary.classes[HouseholdClass.AVERAGE] == 2  # 1,500,001 rural; 2,500,000 urban
    assert summary.classes[HouseholdClass.CANNOT_CLASSIFY] == 1  # at the line, facts missing
    assert summary.poverty_rate == 50.0
    assert summary.class_rate(HouseholdClass.POOR) is None  # the open household may be poor
    assert profile_values(summary)["11"] == {"numerator": 2, "denominator": 4}
    water = next(r for r in summary.indicators if r.key == "water_source")
    assert (water.deprived, water.assessed, water.rate) == (1, 2, 50.0)


def test_under_351_the_rate_is_known_though_no_class_is() -> None:
    """Poor + near-poor are the households at or under the line: 1 of 2 in 2027."""
    summary = classify_households(
        {"area": ["rural", "urban"], "income_per_person_month": [2_200_000, 2_800_001]}, year=2027
    ).summary()
    assert summary.classes[HouseholdClass.CANNOT_CLASSIFY] == 1
    assert summary.classes[HouseholdClass.ABOVE_LINE] == 1
    assert profile_values(summary)["11"] == {"numerator": 1, "denominator": 2}


def test_no_indicator_11_while_a_line_is_unknown() -> None:
    """One household without an area: the rate cannot be given, and why is said."""
    summary = classify_households(
        {"area": ["rural", None], "income_per_person_month": [1, 1]}, year=2025
    ).summary()
    assert summary.poverty.value is None
    assert (summary.poverty.reason, summary.poverty.count) == ("line_unknown", 1)
    assert "11" not in profile_values(summary)


def test_income_per_person_per_year_with_and_without_weights() -> None:
    """(24 M + 36 M) over 5 residents is 12 M; weighted 3 and 1 it is (72 + 36) / (6 + 4)."""
    rows: dict[str, list[Any]] = {name: [0, 0] for name in SECTIONS}
    rows["wages"] = [24_000_000, 30_000_000]
    rows["crops"] = [0, 6_000_000]
    rows["members"] = [2, 3]
    rows["area"] = ["rural", "rural"]
    summary = classify_households(rows, year=2025).summary()
    assert summary.income.value == "12.00 million VND/person/year"
    assert summary.income.status is Verification.VERIFIED
    rows["members"] = [2, 4]
    rows["weight"] = [3, 1]
    weighted = classify_households(rows, year=2025).summary().income
    assert (weighted.numerator, weighted.denominator) == (108_000_000, 10)
    assert weighted.value == "10.80 million VND/person/year"
    assert weighted.status is Verification.UNVERIFIED  # QĐ 1245's weighting was not found


def test_income_needs_every_section_of_each_sample_household() -> None:
    """A household with some sections only: indicator 10 is not given, the count is said."""
    rows = {"area": ["rural"] * 2, "members": [2, 2], **{k: [1, None] for k in SECTIONS}}
    rows["wages"] = [1, 5]
    income = classify_households(rows, year=2025).summary().income
    assert (income.value, income.reason, income.count) == (None, "incomplete_sections", 1)


def _by_hand(path: Path) -> tuple[int, int, float]:
    """The example's poor + near-poor, households and income per person, counted here."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    totals = [sum(int(row[s]) for s in SECTIONS) for row in rows]
    members = [int(row["members"]) for row in rows]
    under = sum(total <= 1_500_000 * 12 * size for total, size in zip(totals, members, strict=True))
    return under, len(rows), sum(totals) / sum(members) / 1e6


def test_the_example_feeds_thu_lum_2025_indicators_10_and_11() -> None:
    """The illustrative review's counts become the profile's 10 and 11, and are evaluated."""
    under, households, income = _by_hand(example_path("households-2025-csv"))
    summary = classify_households(example_path("households-2025")).summary()
    assert profile_values(summary) == {
        "10": f"{income:.2f} million VND/person/year",
        "11": {"numerator": under, "denominator": households},
    }
    document = yaml.safe_load(example_profile_path("thu-lum-2025").read_text(encoding="utf-8"))
    profile = ntm_rules.load_profile(with_household_values(document, summary))
    evaluation = ntm_rules.evaluate(profile)
    rate = evaluation.indicator("11").measurement
    assert (rate.numerator, rate.denominator) == (under, households)  # type: ignore[union-attr]
    assert round(float(evaluation.indicator("10").measurement.value), 2) == round(income, 2)  # type: ignore[union-attr, arg-type]
    assert document["values"]["11"] == {"numerator": 412, "denominator": 1180}  # untouched


def test_the_example_is_marked_illustrative_and_its_two_forms_agree() -> None:
    """The YAML says illustrative; CSV rows say so; both classify every household alike."""
    document = classify_households(example_path("households-2025"))
    table = classify_households(example_path("households-2025-csv"))
    assert document.table.meta.illustrative
    assert document.table.length >= 300
    assert (document.codes.classes == table.codes.classes).all()
    assert (document.codes.statuses == table.codes.statuses).all()
    assert not document.problems
    assert not table.problems
    with example_path("households-2025-csv").open(encoding="utf-8") as handle:
        assert all("illustrative" in row["note"] for row in csv.DictReader(handle))


def test_the_shipped_example_is_what_the_seeded_script_writes(tmp_path: Path) -> None:
    """scripts/make_households_example.py reproduces both shipped files byte for byte."""
    import importlib.util  # noqa: PLC0415

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_households_example.py"
    spec = importlib.util.spec_from_file_location("make_households_example", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    setattr(module, "DATA", tmp_path)  # noqa: B010 - a module loaded from a file
    module.main()
    for name in ("households-2025", "households-2025-csv"):
        shipped = example_path(name)
        assert (tmp_path / shipped.name).read_bytes() == shipped.read_bytes()


def test_class_shares_are_unknown_while_some_households_cannot_be_classified() -> None:
    """0 % poor is not known of a review in which a household cannot be classified yet."""
    from ntm_rules.households.review import classify_households  # noqa: PLC0415

    known = {"household": "A", "area": "rural", "income_per_person_month": 9e6, "members": 3}
    unknown = {"household": "B", "area": "rural", "members": 2}
    for households, expected in (
        ([known, unknown], {"cannot_classify": 50.0}),
        ([known], {"other": 100.0}),
    ):
        document = {"schema": "ntm_rules.households/1", "year": 2025, "households": households}
        table = classify_households(document).views("en")["summary"]
        shares = dict(
            zip(
                table.column("class").to_pylist(),
                table.column("share_percent").to_pylist(),
                strict=True,
            )
        )
        assert {name: share for name, share in shares.items() if share} == expected
        if len(households) == 2:
            assert shares["poor"] is None
