"""The model commune (319/QĐ-TTg) and the tiers (``ntm_rules.tiers``).

Legal cases cite the reference: ``shared/reference/criteria-other-editions.md`` §B (and
``criteria-other-editions.yaml`` ``rulebooks.model_commune_2021_2025``): all four conditions
must hold — MC1 advanced standard met, MC2 income ≥ 1.10 × the advanced income threshold of
the same region and year (that threshold unknown: AC10.1), MC3 at least one smart-village
model, MC4 at least one standout field; all verified as rules.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import event, example, given
from hypothesis import strategies as st

import ntm_rules
from ntm_rules import Status, Verdict, Verification
from ntm_rules.criteria.commune_2021_2025_advanced._common import ADVANCED
from ntm_rules.criteria.commune_2021_2025_advanced.electricity import HouseholdPowerSupply
from ntm_rules.criteria.commune_2021_2025_advanced.income import RuralIncome
from ntm_rules.editions import edition_for_year
from ntm_rules.exceptions import DuplicateEntryError, UnknownIdentifierError, WrongKindError
from ntm_rules.rulebook import Criterion
from ntm_rules.tiers import (
    ModelFacts,
    ModelReason,
    TierNotEncodedError,
    evaluate_model,
    evaluate_tier,
    load_model_rules,
    model_rules,
)
from tests.test_reference_data import require_reference

REFERENCE = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "criteria-other-editions.yaml"
)
ADVANCED_BOOK = edition_for_year(2025, "advanced")
ALL_GOOD = ModelFacts(smart_village_models=2, standout_field_met=True)


def _profile(
    values: dict[str, Any] | None = None,
    region: str = "TDMNPB",
    year: int = 2025,
    categories: tuple[str, ...] = (),
    book: ntm_rules.Rulebook = ADVANCED_BOOK,
) -> ntm_rules.CommuneProfile:
    document = {
        "commune": "Test",
        "region": region,
        "year": year,
        "categories": list(categories),
        "values": values or {},
    }
    return ntm_rules.load_profile(document, book)


def _provincial(
    thresholds: dict[str, Any],
    verification: str = "verified",
    book: ntm_rules.Rulebook = ADVANCED_BOOK,
) -> ntm_rules.Rulebook:
    """A fixture provincial table over the advanced edition (not a real province's figures)."""
    table = ntm_rules.load_overrides(
        {
            "id": "fixture-province",
            "base": book.id,
            "citation": {"instrument": "Fixture/QĐ-UBND", "provision": "Phụ lục II"},
            "verification": verification,
            "thresholds": thresholds,
        }
    )
    return ntm_rules.apply_overrides(book, table)


def _model(
    profile: ntm_rules.CommuneProfile,
    facts: ModelFacts = ALL_GOOD,
    book: ntm_rules.Rulebook | None = None,
    verified_only: bool = False,
) -> Any:
    advanced = ntm_rules.evaluate(profile, book, verified_only=verified_only) if book else None
    return evaluate_model(profile, facts, advanced=advanced)


@cache
def _reference_model() -> dict[str, Any]:
    data = yaml.safe_load(require_reference(REFERENCE).read_text(encoding="utf-8"))
    return {"rules": data["rulebooks"]["model_commune_2021_2025"], "sources": data["sources"]}


# ----------------------------------------------------------------- the data against the reference


def test_the_figures_are_the_references() -> None:
    """1.10 (MC2's formula), at least 1 smart village (MC3), at least 1 field (MC4)."""
    reference = _reference_model()["rules"]
    conditions = {c["id"]: c for c in reference["conditions"]}
    formula = conditions["MC2"]["formula"]
    multiplier = re.search(r">=\s*([\d.]+)\s*\*", formula)
    assert multiplier is not None
    rules = model_rules()
    assert rules.conditions.income.multiplier == float(multiplier.group(1)) == 1.10
    assert rules.conditions.smart_village.minimum == conditions["MC3"]["threshold"] == 1
    assert rules.conditions.standout_field.minimum == conditions["MC4"]["threshold"] == 1
    for key in ("MC2", "MC3", "MC4"):
        assert conditions[key]["verification"] == "verified"
    for rule in attrs.astuple(rules.conditions, recurse=False):
        assert rule.verification is Verification.VERIFIED
        assert rule.citation.instrument == "319/QĐ-TTg"


def test_citations_are_the_references_sources() -> None:
    """Every URL cited is one of the sources of 319 in the reference (S07, S08, S09)."""
    reference = _reference_model()
    allowed = {reference["sources"][s]["url"] for s in reference["rules"]["legal_basis"]["source"]}
    rules = model_rules()
    for rule in attrs.astuple(rules.conditions, recurse=False):
        assert rule.citation.urls
        assert set(rule.citation.urls) <= allowed
    assert rules.instrument == "319/QĐ-TTg"
    assert rules.advanced_edition == ADVANCED_BOOK.id
    assert ADVANCED_BOOK.has_indicator(rules.income_indicator)


def test_the_advanced_income_threshold_is_unknown() -> None:
    """AC10.1 values null in the reference; the model figure therefore cannot be computed."""
    reference = yaml.safe_load(require_reference(REFERENCE).read_text(encoding="utf-8"))
    income = next(
        i
        for c in reference["rulebooks"]["advanced_commune_2021_2025"]["criteria"]
        if c["id"] == "AC10"
        for i in c["indicators"]
    )
    assert income["thresholds"]["values"] is None
    assert income["verification"] == "unknown"


# ----------------------------------------------------------------- the four conditions


def test_advanced_not_met_means_model_not_met() -> None:
    """MC1: households on the grid below the 2024 TDMNPB advanced level (98 %)."""
    result = evaluate_model(_profile({"4.2": 97}, year=2024), ALL_GOOD)
    assert result.advanced.verdict is Verdict.NOT_MET
    assert result.condition("advanced").status is Status.FAIL
    assert result.verdict is Verdict.NOT_MET


def test_advanced_unknown_means_model_cannot_conclude() -> None:
    """MC1 undecided: the shipped advanced set never concludes 'met'."""
    result = evaluate_model(_profile({"4.2": 100, "10.1": 200}), ALL_GOOD)
    assert result.advanced.verdict is Verdict.CANNOT_CONCLUDE
    advanced = result.condition("advanced")
    assert (advanced.status, advanced.reason) == (
        Status.UNKNOWN,
        ModelReason.ADVANCED_NOT_CONCLUDED,
    )
    assert result.verdict is Verdict.CANNOT_CONCLUDE
    assert [c.status for c in result.conditions[2:]] == [Status.PASS, Status.PASS]


def test_income_cannot_conclude_while_the_advanced_threshold_is_unknown() -> None:
    """MC2 with AC10.1 unknown: no figure, never a guess, whatever the income."""
    for income in (0, 55, 10_000):
        condition = evaluate_model(_profile({"10.1": income}), ALL_GOOD).condition("income")
        assert condition.status is Status.UNKNOWN
        assert condition.reason is ModelReason.UNKNOWN_THRESHOLD
        assert condition.figure is not None
        assert condition.figure.value is None
        assert condition.verification is Verification.UNKNOWN
        assert condition.basis is not None
        assert not condition.basis.is_known


@pytest.mark.parametrize(
    ("income", "status"),
    [(55, Status.PASS), (55.0, Status.PASS), ("55 triệu đồng/người/năm", Status.PASS),
     (54.9, Status.FAIL), (54.99999, Status.FAIL), (55.00001, Status.PASS), (80, Status.PASS)],
)  # fmt: skip
def test_income_decided_once_a_provincial_table_supplies_the_threshold(
    income: Any, status: Status
) -> None:
    """Fixture threshold 50: the model needs 1.10 × 50 = 55 exactly, and 55 passes."""
    book = _provincial({"10.1": {"TDMNPB": 50}})
    condition = _model(_profile({"10.1": income}), book=book).condition("income")
    assert condition.status is status
    assert condition.reason is ModelReason.COMPARED
    assert condition.figure is not None
    assert condition.figure.value == 55.0
    assert condition.figure.verification is Verification.VERIFIED
    assert condition.basis is not None
    assert condition.basis.value == 50
    assert "Fixture/QĐ-UBND" in condition.figure.citation.note
    assert condition.figure.citation.instrument == "319/QĐ-TTg"
    assert condition.gap == (0 if status is Status.PASS else pytest.approx(55 - float(income)))


def test_income_from_the_facts_when_the_profile_lacks_it() -> None:
    """The income fact stands in for 10.1; a different one beside it is an error."""
    book = _provincial({"10.1": {"all": 50}})
    facts = attrs.evolve(ALL_GOOD, income_per_capita=55.0)
    assert _model(_profile(), facts, book).condition("income").status is Status.PASS
    same = _model(_profile({"10.1": 55}), facts, book)
    assert same.condition("income").status is Status.PASS
    with pytest.raises(ntm_rules.InvalidInputError) as error:
        _model(_profile({"10.1": 60}), facts, book)
    assert isinstance(error.value.problems[0], DuplicateEntryError)
    assert error.value.problems[0].field == "facts.income_per_capita"
    missing = _model(_profile(), ALL_GOOD, book).condition("income")
    assert (missing.status, missing.reason) == (Status.UNKNOWN, ModelReason.NO_FACT)


def test_income_uses_the_same_year_and_column() -> None:
    """A 2025-only figure decides 2025, not 2024; a special commune uses the TDMNPB column."""
    book = _provincial(
        {"10.1": {"TDMNPB": {"value": 50, "effective_from": "2025-01-01"}, "DBSH": 70}}
    )
    assert _model(_profile({"10.1": 56}, year=2025), book=book).condition("income").status is (
        Status.PASS
    )
    earlier = _model(_profile({"10.1": 56}, year=2024), book=book).condition("income")
    assert earlier.reason is ModelReason.UNKNOWN_THRESHOLD
    own = _model(_profile({"10.1": 56}, region="DBSH"), book=book).condition("income")
    assert (own.status, own.figure and own.figure.value) == (Status.FAIL, 77.0)
    special = _profile({"10.1": 56}, region="DBSH", categories=("especially_difficult",))
    assert _model(special, book=book).condition("income").status is Status.PASS


def test_an_unverified_threshold_is_flagged_or_withheld() -> None:
    """An unverified advanced threshold makes the figure unverified: flagged, or withheld."""
    book = _provincial({"10.1": {"all": 50}}, verification="unverified")
    flagged = _model(_profile({"10.1": 60}), book=book)
    assert flagged.condition("income").verification is Verification.UNVERIFIED
    assert flagged.resting_on_unverified == ("income",)
    withheld = _model(_profile({"10.1": 60}), book=book, verified_only=True).condition("income")
    assert (withheld.status, withheld.reason) == (Status.UNKNOWN, ModelReason.UNVERIFIED_EXCLUDED)


@pytest.mark.parametrize(
    ("facts", "smart", "standout"),
    [
        (ModelFacts(), Status.UNKNOWN, Status.UNKNOWN),
        (ModelFacts(smart_village_models=0), Status.FAIL, Status.UNKNOWN),
        (ModelFacts(smart_village_models=1, standout_field_met=False), Status.PASS, Status.FAIL),
        (ModelFacts(smart_village_models=3, standout_field_met=True), Status.PASS, Status.PASS),
    ],
)
def test_smart_village_and_standout_field(
    facts: ModelFacts, smart: Status, standout: Status
) -> None:
    """MC3 at least 1 smart-village model; MC4 at least one standout field (yes/no fact)."""
    result = evaluate_model(_profile(), facts)
    assert result.condition("smart_village").status is smart
    assert result.condition("standout_field").status is standout
    if Status.FAIL in (smart, standout):
        assert result.verdict is Verdict.NOT_MET
    minimum = result.condition("smart_village").figure
    assert minimum is not None
    assert (minimum.value, minimum.verification) == (1, Verification.VERIFIED)


def test_every_condition_met_is_a_model_commune() -> None:
    """With an advanced set that can conclude (a fixture), all four holding means met."""
    book = _complete_advanced()
    profile = _profile({"4.2": 99, "10.1": 56}, book=book)
    result = evaluate_model(profile, ALL_GOOD, advanced=ntm_rules.evaluate(profile, book))
    assert [c.status for c in result.conditions] == [Status.PASS] * 4
    assert result.verdict is Verdict.MET
    assert [c.number for c in result.conditions] == [1, 2, 3, 4]
    assert result.blockers == ()


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"smart_village_models": -1}, "smart_village_models"),
        ({"smart_village_models": True}, "smart_village_models"),
        ({"smart_village_models": 1.5}, "smart_village_models"),
        ({"standout_field_met": 1}, "standout_field_met"),
        ({"income_per_capita": float("nan")}, "income_per_capita"),
        ({"income_per_capita": -3}, "income_per_capita"),
        ({"income_per_capita": "55"}, "income_per_capita"),
    ],
)
def test_bad_facts_are_typed_errors(facts: dict[str, Any], field: str) -> None:
    """Facts are checked when built: every problem names its field."""
    with pytest.raises(ntm_rules.InvalidInputError) as error:
        ModelFacts(**facts)
    assert [p.field for p in error.value.problems] == [field]


def test_the_advanced_evaluation_must_fit() -> None:
    """A basic-tier evaluation, or one of another commune, is refused."""
    profile = _profile()
    basic = ntm_rules.evaluate(
        ntm_rules.load_profile({"commune": "B", "region": "TN", "year": 2025})
    )
    with pytest.raises(ntm_rules.InvalidInputError, match="advanced-tier"):
        evaluate_model(profile, ALL_GOOD, advanced=basic)
    other = ntm_rules.evaluate(_profile({"4.2": 99}), ADVANCED_BOOK)
    with pytest.raises(ntm_rules.InvalidInputError, match="another profile"):
        evaluate_model(profile, ALL_GOOD, advanced=other)


def test_a_rules_file_is_checked() -> None:
    """A rules document with a bad figure names it."""
    document = yaml.safe_load(Path(ntm_rules.tiers.MODEL_RULES).read_text(encoding="utf-8"))
    document["conditions"]["income"]["multiplier"] = 0
    with pytest.raises(ntm_rules.InvalidInputError, match=r"conditions\.income\.multiplier"):
        load_model_rules(document)
    document["schema"] = "other/1"
    with pytest.raises(ntm_rules.InvalidInputError, match="schema"):
        load_model_rules(document)


# ----------------------------------------------------------------- tiers


def test_each_tier_gives_its_own_verdict() -> None:
    """basic and advanced are editions by year; model is the 319 composite."""
    basic = evaluate_tier(
        ntm_rules.load_profile({"commune": "A", "region": "TN", "year": 2025}), "basic"
    )
    assert isinstance(basic, ntm_rules.Evaluation)
    assert (basic.rulebook.tier, basic.edition_basis) == ("basic", "year")
    advanced = evaluate_tier(_profile({"4.2": 97}, year=2024), "advanced")
    assert isinstance(advanced, ntm_rules.Evaluation)
    assert (advanced.rulebook.id, advanced.verdict) == (ADVANCED_BOOK.id, Verdict.NOT_MET)
    model = evaluate_tier(_profile(), " Model ", facts=ALL_GOOD)
    assert isinstance(model, ntm_rules.tiers.ModelResult)
    assert model.verdict is Verdict.CANNOT_CONCLUDE


def test_modern_is_the_2026_2030_pilot_known_by_structure_only() -> None:
    """'modern' is named, not encoded: a typed error on the field tier."""
    with pytest.raises(ntm_rules.InvalidInputError) as error:
        evaluate_tier(_profile(), "modern")
    (problem,) = error.value.problems
    assert isinstance(problem, TierNotEncodedError)
    assert problem.field == "tier"
    assert "2026–2030" in problem.reason
    assert "structure" in problem.reason


@pytest.mark.parametrize("tier", ["gold", "nâng cao", "", 3])
def test_other_tiers_are_refused(tier: Any) -> None:
    """Anything else is an unknown tier, with a suggestion where one is close."""
    with pytest.raises(ntm_rules.InvalidInputError) as error:
        evaluate_tier(_profile(), tier)
    (problem,) = error.value.problems
    assert isinstance(problem, UnknownIdentifierError)
    assert problem.field == "tier"


def test_facts_belong_to_the_model_tier() -> None:
    """Facts given for a criteria tier would be silently ignored: refused instead."""
    with pytest.raises(ntm_rules.InvalidInputError) as error:
        evaluate_tier(_profile(), "advanced", facts=ALL_GOOD)
    assert isinstance(error.value.problems[0], WrongKindError)
    assert error.value.problems[0].field == "facts"


def test_years_outside_the_advanced_set() -> None:
    """2026 has no advanced edition: the error names the year."""
    profile = ntm_rules.load_profile({"commune": "A", "group": "2", "year": 2026})
    with pytest.raises(ntm_rules.InvalidInputError, match="year"):
        evaluate_tier(profile, "advanced")
    with pytest.raises(ntm_rules.InvalidInputError, match="year"):
        evaluate_tier(profile, "model")


# ----------------------------------------------------------------- properties


class _Power(Criterion):
    id = "4"
    name_vi = "Điện"
    name_en = "Electricity"
    group = ADVANCED
    indicator_types = (HouseholdPowerSupply,)


class _Income(Criterion):
    id = "10"
    name_vi = "Thu nhập"
    name_en = "Income"
    group = ADVANCED
    indicator_types = (RuralIncome,)


@cache
def _complete_advanced() -> ntm_rules.Rulebook:
    """A fixture advanced-tier edition that can conclude 'met': two complete criteria."""
    power, income = (ADVANCED_BOOK.indicator(i) for i in ("4.2", "10.1"))
    book = attrs.evolve(ADVANCED_BOOK, criteria=(_Power((power,)), _Income((income,))))
    return _provincial({"4.2": {"all": 98}, "10.1": {"all": 50}}, book=book)


def _mostly(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``strategy`` four times in five, else ``None`` (not given)."""
    return st.one_of(st.none(), *[strategy] * 4)


facts_strategy = st.builds(
    ModelFacts,
    smart_village_models=_mostly(st.integers(min_value=0, max_value=3)),
    standout_field_met=_mostly(st.booleans()),
)


@given(
    power=_mostly(st.floats(min_value=97, max_value=100)),
    income=_mostly(st.floats(min_value=50, max_value=70)),
    facts=facts_strategy,
    region=st.sampled_from(["TDMNPB", "DBSH", "TN"]),
    year=st.integers(min_value=2022, max_value=2025),
    complete=st.booleans(),
    verified_only=st.booleans(),
)
@example(
    power=99, income=55, facts=ALL_GOOD, region="DBSH", year=2024, complete=True, verified_only=True
)
def test_model_is_never_met_unless_advanced_is_met(
    *,
    power: float | None,
    income: float | None,
    facts: ModelFacts,
    region: str,
    year: int,
    complete: bool,
    verified_only: bool,
) -> None:
    """Model met ⇒ advanced met; advanced not met ⇒ model not met; undecided never met."""
    book = _complete_advanced() if complete else ADVANCED_BOOK
    values = {k: v for k, v in (("4.2", power), ("10.1", income)) if v is not None}
    profile = _profile(values, region=region, year=year, book=book)
    advanced = ntm_rules.evaluate(profile, book, verified_only=verified_only)
    result = evaluate_model(profile, facts, advanced=advanced)
    event(f"advanced {advanced.verdict.value}, model {result.verdict.value}")
    if result.verdict is Verdict.MET:
        assert advanced.verdict is Verdict.MET
        assert all(c.status is Status.PASS for c in result.conditions)
    if advanced.verdict is Verdict.NOT_MET:
        assert result.verdict is Verdict.NOT_MET
    if not complete:
        assert result.verdict is not Verdict.MET
    assert (result.verdict is Verdict.CANNOT_CONCLUDE) == (
        Status.FAIL not in {c.status for c in result.conditions} and bool(result.blockers)
    )
